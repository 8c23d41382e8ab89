import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { loadTandemMembers } from '../../../access/index.ts';
import type { Db } from '../../../db/client.ts';
import {
  participations,
  programmes,
  supportCaseNotes,
  supportCases,
  tandemFeedback,
  tandems,
  users,
} from '../../../db/schema/index.ts';
import type { Side } from '../../../db/schema/tandems.ts';
import { isUuid } from '../../../platform/forms.ts';
import { finishedMentee } from '../../proposals/queries.ts';

export type SupportCase = typeof supportCases.$inferSelect;

/** The requester's own requests for this tandem (the partner never sees them). */
export function ownCases(db: Db, tandemId: string, userId: string) {
  return db
    .select()
    .from(supportCases)
    .where(and(eq(supportCases.tandemId, tandemId), eq(supportCases.requesterId, userId)))
    .orderBy(desc(supportCases.createdAt));
}

const menteeP = alias(participations, 'mentee_p');
const mentorP = alias(participations, 'mentor_p');
const menteeU = alias(users, 'mentee_u');
const mentorU = alias(users, 'mentor_u');
const requester = alias(users, 'requester');

const caseColumns = {
  case: supportCases,
  programmeName: programmes.name,
  menteeName: menteeU.name,
  mentorName: mentorU.name,
  requesterName: requester.name,
};

const casesQuery = (db: Db) =>
  db
    .select(caseColumns)
    .from(supportCases)
    .innerJoin(programmes, eq(programmes.id, supportCases.programmeId))
    .innerJoin(tandems, eq(tandems.id, supportCases.tandemId))
    .innerJoin(menteeP, eq(menteeP.id, tandems.menteeParticipationId))
    .innerJoin(menteeU, eq(menteeU.id, menteeP.userId))
    .innerJoin(mentorP, eq(mentorP.id, tandems.mentorParticipationId))
    .innerJoin(mentorU, eq(mentorU.id, mentorP.userId))
    .leftJoin(requester, eq(requester.id, supportCases.requesterId));

/** The programmes' cases: open and in progress first, then closed; newest first. */
export async function caseList(db: Db, programmeIds: readonly string[]) {
  if (programmeIds.length === 0) return [];
  return casesQuery(db)
    .where(inArray(supportCases.programmeId, [...programmeIds]))
    .orderBy(sql`${supportCases.status} = 'closed'`, desc(supportCases.createdAt));
}
export type CaseRow = Awaited<ReturnType<typeof caseList>>[number];

export async function findCase(db: Db, id: string): Promise<CaseRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await casesQuery(db).where(eq(supportCases.id, id));
  return row ?? null;
}

/** A tandem's programme and status, for coordinators deciding whether a case can be opened. */
export async function tandemStatusOf(db: Db, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({ id: tandems.id, programmeId: tandems.programmeId, status: tandems.status })
    .from(tandems)
    .where(eq(tandems.id, id));
  return row ?? null;
}

export function caseNotes(db: Db, caseId: string) {
  return db
    .select({ note: supportCaseNotes, authorName: users.name })
    .from(supportCaseNotes)
    .leftJoin(users, eq(users.id, supportCaseNotes.authorId))
    .where(eq(supportCaseNotes.caseId, caseId))
    .orderBy(asc(supportCaseNotes.createdAt));
}

/**
 * How an ended tandem ended, for its coordinators: the pair, when, how, by whom, and an early end's
 * reason (the ender's own words for the partner and the coordination, not the tandem's contents).
 */
export async function tandemEnd(db: Db, id: string) {
  const pair = await loadTandemMembers(db, id);
  if (!pair) return null;
  const t = pair.tandem;
  const [ender] = t.endedBy
    ? await db.select({ name: users.name }).from(users).where(eq(users.id, t.endedBy))
    : [];
  return {
    id: t.id,
    programmeId: t.programmeId,
    status: t.status,
    endedAt: t.endedAt,
    endKind: t.endKind,
    endReason: t.endReason,
    endedByName: ender?.name ?? null,
    menteeName: pair.mentee.name,
    mentorName: pair.mentor.name,
  };
}
export type TandemEnd = NonNullable<Awaited<ReturnType<typeof tandemEnd>>>;

/** Whether the mentee of this participation finished (tandem ended as planned) and may ask to return. */
export async function menteeFinished(db: Db, participationId: string): Promise<boolean> {
  const [row] = await db
    .select({ finished: sql<boolean>`${finishedMentee}` })
    .from(participations)
    .where(eq(participations.id, participationId));
  return row?.finished === true;
}

export async function ownFeedback(db: Db, tandemId: string, side: Side) {
  const [row] = await db
    .select({ id: tandemFeedback.id })
    .from(tandemFeedback)
    .where(and(eq(tandemFeedback.tandemId, tandemId), eq(tandemFeedback.side, side)));
  return row ?? null;
}

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
