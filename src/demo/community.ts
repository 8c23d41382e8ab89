import type { Tx } from '../db/client.ts';
import { seedThread } from '../features/community/index.ts';
import { demoThreads } from './community-specs.ts';
import { demoLookups } from './lookups.ts';
import { DAY } from './tandem-specs.ts';

/** Writes the demo's questions and discussions once (a title already there is left as it is). */
export async function seedDemoCommunity(tx: Tx, now: Date) {
  const { people, programme: programmeOf, topicIds } = await demoLookups(tx);
  for (const spec of demoThreads) {
    const programme = programmeOf(spec.programme);
    const authorId = people.get(spec.author);
    if (!authorId || programme === undefined) continue;
    await seedThread(tx, {
      programmeId: programme?.id ?? null,
      kind: spec.kind,
      title: spec.title,
      body: spec.body,
      authorId,
      topicIds: await topicIds(programme?.id ?? null, spec.topics),
      answers: spec.answers.flatMap((a) => {
        const id = people.get(a.author);
        return id ? [{ authorId: id, body: a.body, solution: a.solution }] : [];
      }),
      at: new Date(now.getTime() - spec.daysAgo * DAY),
    });
  }
}
