import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { tandemFeedback } from '../../../db/schema/index.ts';

/** Fewer answers than this show no figures: single people must not be recognisable. */
export const MIN_ANSWERS = 5;

export interface FeedbackFigures {
  answers: number;
  meanSatisfaction: number;
  satisfaction: number[];
  goals: Record<'yes' | 'partly' | 'no', number>;
  recommend: number;
  mentor: Record<'yes' | 'maybe' | 'no', number>;
}

/**
 * Aggregates of a programme's feedback; the figures only from MIN_ANSWERS answers on. Comments are in
 * feedbackComments.
 */
export async function feedbackFigures(
  db: Db,
  programmeId: string,
): Promise<FeedbackFigures | { answers: number }> {
  const rows = await db
    .select({
      satisfaction: tandemFeedback.satisfaction,
      goalsReached: tandemFeedback.goalsReached,
      wouldRecommend: tandemFeedback.wouldRecommend,
      wouldMentor: tandemFeedback.wouldMentor,
    })
    .from(tandemFeedback)
    .where(eq(tandemFeedback.programmeId, programmeId));
  if (rows.length < MIN_ANSWERS) return { answers: rows.length };
  const satisfaction = [1, 2, 3, 4, 5].map((n) => rows.filter((r) => r.satisfaction === n).length);
  return {
    answers: rows.length,
    meanSatisfaction: rows.reduce((s, r) => s + r.satisfaction, 0) / rows.length,
    satisfaction,
    goals: {
      yes: rows.filter((r) => r.goalsReached === 'yes').length,
      partly: rows.filter((r) => r.goalsReached === 'partly').length,
      no: rows.filter((r) => r.goalsReached === 'no').length,
    },
    recommend: rows.filter((r) => r.wouldRecommend).length,
    mentor: {
      yes: rows.filter((r) => r.wouldMentor === 'yes').length,
      maybe: rows.filter((r) => r.wouldMentor === 'maybe').length,
      no: rows.filter((r) => r.wouldMentor === 'no').length,
    },
  };
}

/**
 * The comments their authors shared with the coordinators (the form says so), from MIN_ANSWERS answers
 * of the programme on, as the figures: without name, side, date or tandem, alphabetically ordered so
 * that the order reveals nothing.
 */
export async function feedbackComments(db: Db, programmeId: string): Promise<string[]> {
  const rows = await db
    .select({ comment: tandemFeedback.comment, shared: tandemFeedback.commentShared })
    .from(tandemFeedback)
    .where(eq(tandemFeedback.programmeId, programmeId));
  if (rows.length < MIN_ANSWERS) return [];
  return rows
    .filter((r) => r.shared && r.comment.trim() !== '')
    .map((r) => r.comment)
    .sort((a, b) => a.localeCompare(b, 'de'));
}
