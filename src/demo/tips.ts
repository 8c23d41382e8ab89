import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { communityThreads } from '../db/schema/index.ts';
import { seedTip } from '../features/tips/index.ts';
import { demoLookups } from './lookups.ts';
import { DAY } from './tandem-specs.ts';
import { demoTips } from './tips-specs.ts';

/** Writes the demo's Praxistipps once, each state reviewed by its programme's demo coordinator. */
export async function seedDemoTips(tx: Tx, now: Date) {
  const { people, programme: programmeOf, topicIds } = await demoLookups(tx);
  const reviewerId = people.get('koordination.klimaschutz@demo.klimatandem.example');
  for (const spec of demoTips) {
    const programme = programmeOf(spec.programme);
    const authorId = people.get(spec.author);
    if (!authorId || programme === undefined) continue;
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
      topicIds: await topicIds(programme?.id ?? null, spec.topics),
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
