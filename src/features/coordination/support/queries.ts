import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type CoordinatedCase, parties } from '../../../access/index.ts';
import type { Db } from '../../../db/client.ts';
import { programmes, supportCaseNotes, supportCases, tandems, users } from '../../../db/schema/index.ts';

const { menteeP, mentorP, menteeU, mentorU } = parties;
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

/** The case the access layer let through, with the pair's and the requester's names. */
export async function caseRow(db: Db, c: CoordinatedCase): Promise<CaseRow> {
  const [row] = await casesQuery(db).where(eq(supportCases.id, c.id));
  return row!;
}

export function caseNotes(db: Db, caseId: string) {
  return db
    .select({ note: supportCaseNotes, authorName: users.name })
    .from(supportCaseNotes)
    .leftJoin(users, eq(users.id, supportCaseNotes.authorId))
    .where(eq(supportCaseNotes.caseId, caseId))
    .orderBy(asc(supportCaseNotes.createdAt));
}
