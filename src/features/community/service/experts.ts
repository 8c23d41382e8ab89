import { and, eq, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { communityPreferences, participations } from '../../../db/schema/index.ts';
import { tell, type WriteContext } from './context.ts';

/** At most this many mentors are asked about one question. */
export const EXPERTS_PER_QUESTION = 5;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Asks up to five mentors whose offered topics match the question's: accepted mentors of the
 * space's programme (of any programme in the shared space), not the asker, who did not switch it
 * off, and, if they chose "at most one a week", were not asked in the last seven days. Those with
 * the most matching topics first, then those asked longest ago.
 */
export async function notifyExperts(ctx: WriteContext, topicIds: string[]) {
  if (topicIds.length === 0) return;
  const topicArray = sql`array[${sql.join(
    topicIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}]`;
  const overlap = sql<number>`cardinality(array(select unnest(${participations.topicsOffered}) intersect select unnest(${topicArray})))`;
  const weekAgo = new Date(ctx.now.getTime() - WEEK_MS);
  const experts = await ctx.tx
    .selectDistinctOn([participations.userId], { userId: participations.userId, overlap })
    .from(participations)
    .leftJoin(communityPreferences, eq(communityPreferences.userId, participations.userId))
    .where(
      and(
        eq(participations.role, 'mentor'),
        eq(participations.status, 'accepted'),
        ne(participations.userId, ctx.actorId),
        ctx.space.programmeId ? eq(participations.programmeId, ctx.space.programmeId) : undefined,
        sql`${participations.topicsOffered} && ${topicArray}`,
        or(
          isNull(communityPreferences.userId),
          eq(communityPreferences.expertQuestions, 'on'),
          and(
            eq(communityPreferences.expertQuestions, 'weekly'),
            or(isNull(communityPreferences.lastExpertAt), lt(communityPreferences.lastExpertAt, weekAgo)),
          ),
        ),
      ),
    )
    .orderBy(participations.userId, sql`${overlap} desc`);
  const chosen = experts
    .sort((a, b) => Number(b.overlap) - Number(a.overlap))
    .slice(0, EXPERTS_PER_QUESTION)
    .map((e) => e.userId);
  if (chosen.length === 0) return;
  for (const userId of chosen) {
    await ctx.tx
      .insert(communityPreferences)
      .values({ userId, lastExpertAt: ctx.now })
      .onConflictDoUpdate({ target: communityPreferences.userId, set: { lastExpertAt: ctx.now } });
  }
  await tell(
    ctx,
    chosen.map((userId) => ({ userId, kind: 'expert_question' as const })),
  );
}
