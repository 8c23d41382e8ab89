import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { programmes, topics, users } from '../db/schema/index.ts';
import { seedThread } from '../features/community/index.ts';
import { demoThreads } from './community-specs.ts';
import { DAY } from './tandem-specs.ts';

/** Writes the demo's questions and discussions once (a title already there is left as it is). */
export async function seedDemoCommunity(tx: Tx, now: Date) {
  const people = new Map(
    (await tx.select({ id: users.id, email: users.email }).from(users)).map((u) => [u.email, u.id]),
  );
  const all = await tx.select().from(programmes);
  for (const spec of demoThreads) {
    const programme = spec.programme ? all.find((p) => p.slug === spec.programme) : null;
    const authorId = people.get(spec.author);
    if (!authorId || programme === undefined) continue;
    const list = programme
      ? (await tx.select().from(topics).where(eq(topics.programmeId, programme.id))).sort(
          (a, b) => a.position - b.position,
        )
      : [];
    await seedThread(tx, {
      programmeId: programme?.id ?? null,
      kind: spec.kind,
      title: spec.title,
      body: spec.body,
      authorId,
      topicIds: spec.topics.flatMap((i) => (list[i] ? [list[i].id] : [])),
      answers: spec.answers.flatMap((a) => {
        const id = people.get(a.author);
        return id ? [{ authorId: id, body: a.body, solution: a.solution }] : [];
      }),
      at: new Date(now.getTime() - spec.daysAgo * DAY),
    });
  }
}
