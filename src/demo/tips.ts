import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { communityThreads, programmes, topics, users } from '../db/schema/index.ts';
import { seedTip } from '../features/tips/index.ts';
import { DAY } from './tandem-specs.ts';
import { demoTips } from './tips-specs.ts';

/** Writes the demo's Praxistipps once, each state reviewed by its programme's demo coordinator. */
export async function seedDemoTips(tx: Tx, now: Date) {
  const people = new Map(
    (await tx.select({ id: users.id, email: users.email }).from(users)).map((u) => [u.email, u.id]),
  );
  const reviewerId = people.get('koordination.klimaschutz@demo.klimatandem.example');
  const all = await tx.select().from(programmes);
  for (const spec of demoTips) {
    const programme = spec.programme ? all.find((p) => p.slug === spec.programme) : null;
    const authorId = people.get(spec.author);
    if (!authorId || programme === undefined) continue;
    const list = programme
      ? (await tx.select().from(topics).where(eq(topics.programmeId, programme.id))).sort(
          (a, b) => a.position - b.position,
        )
      : [];
    const [source] = spec.fromQuestion
      ? await tx
          .select({ postId: communityThreads.solutionPostId })
          .from(communityThreads)
          .where(eq(communityThreads.title, spec.fromQuestion.title))
      : [];
    await seedTip(tx, {
      programmeId: programme?.id ?? null,
      authorId,
      state: spec.state,
      title: spec.title,
      summary: spec.summary,
      body: spec.body,
      topicIds: spec.topics.flatMap((i) => (list[i] ? [list[i].id] : [])),
      context: spec.context,
      reviewerId,
      reviewNote: spec.reviewNote,
      proposedBy: spec.fromQuestion ? people.get(spec.fromQuestion.proposedBy) : undefined,
      sourcePostId: source?.postId ?? undefined,
      helpfulBy: spec.helpfulBy.flatMap((e) => (people.has(e) ? [people.get(e)!] : [])),
      at: new Date(now.getTime() - spec.daysAgo * DAY),
    });
  }
}
