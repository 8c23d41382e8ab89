import { and, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { parties } from '../../access/index.ts';
import type { Db, Tx } from '../../db/client.ts';
import { matchProposals, participations, tandems } from '../../db/schema/index.ts';

/*
 * Checks for createProposals under its locks. The matching pool itself is derived in
 * matching/queries.ts (loadPool) from the same rule: a mentee is available without a pending
 * proposal or an open tandem and not finished (finishedMentee); a mentor's load is open tandems plus
 * pending proposals; a declined or ended pair is never proposed again.
 */

const openTandem = ne(tandems.status, 'ended');
const pending = eq(matchProposals.status, 'pending');

async function addCounts(
  into: Map<string, number>,
  rows: Promise<{ id: string; n: number }[]>,
): Promise<Map<string, number>> {
  for (const r of await rows) into.set(r.id, (into.get(r.id) ?? 0) + Number(r.n));
  return into;
}

/**
 * Pairs never to be proposed again, among these participations: declined once, or together in a
 * tandem that ended (whatever way it ended). As `mentee:mentor` keys.
 */
export async function excludedPairsAmong(db: Db | Tx, menteeIds: string[], mentorIds: string[]) {
  if (menteeIds.length === 0 || mentorIds.length === 0) return new Set<string>();
  const declined = await db
    .select({ mentee: matchProposals.menteeParticipationId, mentor: matchProposals.mentorParticipationId })
    .from(matchProposals)
    .where(
      and(
        eq(matchProposals.status, 'declined'),
        inArray(matchProposals.menteeParticipationId, menteeIds),
        inArray(matchProposals.mentorParticipationId, mentorIds),
      ),
    );
  const ended = await db
    .select({ mentee: tandems.menteeParticipationId, mentor: tandems.mentorParticipationId })
    .from(tandems)
    .where(
      and(
        eq(tandems.status, 'ended'),
        inArray(tandems.menteeParticipationId, menteeIds),
        inArray(tandems.mentorParticipationId, mentorIds),
      ),
    );
  return new Set([...declined, ...ended].map((r) => `${r.mentee}:${r.mentor}`));
}

/** Open tandems plus pending proposals of some mentor participations (inside createProposals' lock). */
export async function loadOfMentors(db: Db | Tx, mentorIds: string[]): Promise<Map<string, number>> {
  const load = new Map<string, number>();
  if (mentorIds.length === 0) return load;
  await addCounts(
    load,
    db
      .select({ id: tandems.mentorParticipationId, n: count() })
      .from(tandems)
      .where(and(inArray(tandems.mentorParticipationId, mentorIds), openTandem))
      .groupBy(tandems.mentorParticipationId),
  );
  return addCounts(
    load,
    db
      .select({ id: matchProposals.mentorParticipationId, n: count() })
      .from(matchProposals)
      .where(and(inArray(matchProposals.mentorParticipationId, mentorIds), pending))
      .groupBy(matchProposals.mentorParticipationId),
  );
}

/**
 * A mentee whose tandem ended as planned is done: out of the pool until they ask to return
 * (participations.pool_return_at after that end).
 */
export const finishedMentee = sql`exists (select 1 from ${tandems} where ${tandems.menteeParticipationId} = ${participations.id} and ${tandems.status} = 'ended' and ${tandems.endKind} = 'planned' and ${tandems.endedAt} > coalesce(${participations.poolReturnAt}, '-infinity'::timestamptz))`;

/** The mentee participations among these with a pending proposal, an open tandem, or finished. */
export async function unavailableAmong(db: Db | Tx, menteeIds: string[]): Promise<Set<string>> {
  if (menteeIds.length === 0) return new Set();
  const inTandem = await db
    .select({ id: tandems.menteeParticipationId })
    .from(tandems)
    .where(and(inArray(tandems.menteeParticipationId, menteeIds), openTandem));
  const finished = await db
    .select({ id: participations.id })
    .from(participations)
    .where(and(inArray(participations.id, menteeIds), finishedMentee));
  const waiting = await db
    .select({ id: matchProposals.menteeParticipationId })
    .from(matchProposals)
    .where(and(inArray(matchProposals.menteeParticipationId, menteeIds), pending));
  return new Set([...inTandem, ...waiting, ...finished].map((r) => r.id));
}

const { menteeP, mentorP, menteeU, mentorU } = parties;

/**
 * A programme's proposals for its coordinators: both names, status, both answers, dates, and the
 * decline reason (which only coordinators may see). Open ones first, then the newest.
 */
export function programmeProposals(db: Db | Tx, programmeId: string) {
  return db
    .select({
      id: matchProposals.id,
      roundId: matchProposals.roundId,
      menteeId: matchProposals.menteeParticipationId,
      mentorId: matchProposals.mentorParticipationId,
      menteeName: menteeU.name,
      mentorName: mentorU.name,
      score: matchProposals.score,
      manualReason: matchProposals.manualReason,
      status: matchProposals.status,
      menteeAnswer: matchProposals.menteeAnswer,
      mentorAnswer: matchProposals.mentorAnswer,
      declineReason: matchProposals.declineReason,
      createdAt: matchProposals.createdAt,
      remindedAt: matchProposals.remindedAt,
      expiresAt: matchProposals.expiresAt,
      closedAt: matchProposals.closedAt,
    })
    .from(matchProposals)
    .innerJoin(menteeP, eq(menteeP.id, matchProposals.menteeParticipationId))
    .innerJoin(menteeU, eq(menteeU.id, menteeP.userId))
    .innerJoin(mentorP, eq(mentorP.id, matchProposals.mentorParticipationId))
    .innerJoin(mentorU, eq(mentorU.id, mentorP.userId))
    .where(eq(matchProposals.programmeId, programmeId))
    .orderBy(sql`${matchProposals.status} = 'pending' desc`, desc(matchProposals.createdAt))
    .limit(500);
}

export type ProgrammeProposal = Awaited<ReturnType<typeof programmeProposals>>[number];
