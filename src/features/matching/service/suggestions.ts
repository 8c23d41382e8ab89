import type { Weights } from '../../../matching-engine/criteria.ts';
import { type Explanation, explain } from '../../../matching-engine/explain.ts';
import { compilePool } from '../../../matching-engine/pool.ts';
import type { MatchProfile, MentorProfile } from '../../../matching-engine/profile.ts';
import type { PoolData } from '../queries.ts';
import type { SuggestionFilters } from '../schema.ts';

export const SUGGESTION_COUNT = 10;

export interface Suggestion {
  mentor: MentorProfile;
  explanation: Explanation;
}

export interface Suggestions {
  mentee: MatchProfile;
  /** The best mentors, best first, after the filters. */
  top: Suggestion[];
  /** Every allowed mentor with the score, for the manual pick; best first. */
  allowed: { mentor: MentorProfile; score: number }[];
  /** The mentors among the unfiltered top ten: picking one of them needs no reason. */
  topIds: Set<string>;
}

/** Ranked mentors for one mentee of the pool; null when the mentee is not (or no longer) in it. */
export function suggest(
  pool: Pick<PoolData, 'mentees' | 'mentors' | 'declined'>,
  menteeId: string,
  ctx: { weights: Weights; year: number },
  filters: SuggestionFilters = {},
): Suggestions | null {
  const mentee = pool.mentees.find((m) => m.id === menteeId);
  if (!mentee) return null;
  const excluded = pool.declined.filter(([e]) => e === menteeId);
  const compiled = compilePool([mentee], pool.mentors, { ...ctx, excluded });
  const scores = new Float64Array(pool.mentors.length);
  compiled.scoreRow(0, scores);
  for (let j = 0; j < scores.length; j++) if (scores[j]! >= 0) scores[j]! /= 10;
  // Best first; equal scores keep the pool's order (who registered first).
  const order = [...scores.keys()]
    .filter((j) => scores[j]! >= 0)
    .sort((a, b) => scores[b]! - scores[a]! || a - b);
  const passes = (m: MentorProfile, score: number) =>
    (filters.bundesland === undefined || m.bundesland === filters.bundesland) &&
    (filters.format === undefined || m.formats.includes(filters.format)) &&
    (filters.thema === undefined || m.topics.includes(filters.thema)) &&
    (filters.mindestpunktzahl === undefined || score >= filters.mindestpunktzahl);
  const top = order
    .filter((j) => passes(pool.mentors[j]!, scores[j]!))
    .slice(0, SUGGESTION_COUNT)
    .map((j) => {
      const mentor = pool.mentors[j]!;
      return { mentor, explanation: explain(mentee, mentor, ctx) };
    });
  return {
    mentee,
    top,
    allowed: order.map((j) => ({ mentor: pool.mentors[j]!, score: scores[j]! })),
    topIds: new Set(order.slice(0, SUGGESTION_COUNT).map((j) => pool.mentors[j]!.id)),
  };
}

/** How the top three change for the first mentees of the pool under other weights. */
export function previewWeights(
  pool: Pick<PoolData, 'mentees' | 'mentors' | 'declined'>,
  year: number,
  current: Weights,
  proposed: Weights,
  mentees = 5,
) {
  return pool.mentees.slice(0, mentees).map((mentee) => {
    const top = (weights: Weights) =>
      (suggest(pool, mentee.id, { weights, year })?.top ?? [])
        .slice(0, 3)
        .map((s) => ({ mentorId: s.mentor.id, score: s.explanation.score }));
    return { menteeId: mentee.id, current: top(current), proposed: top(proposed) };
  });
}
