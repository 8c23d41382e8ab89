import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, min, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../../db/client.ts';
import {
  meetings,
  participations,
  profiles,
  programmes,
  tandems,
  timeEntries,
  users,
} from '../../../db/schema/index.ts';
import type { TimeKind } from '../../../db/schema/tandems.ts';
import { isUuid } from '../../../platform/forms.ts';
import { fromBerlin } from '../../../platform/time.ts';
import { type Duty, dutyFor, yearRange } from './duty.ts';

/**
 * Mentor participations that may log time: accepted into the pool, paused, or withdrawn (a former
 * mentor still needs the proof for the years they mentored).
 */
export const LOGGING_STATUSES = ['accepted', 'paused', 'withdrawn'] as const;

/** One programme in which the person is a mentor, with the duty as it applies to them. */
export interface MentorRole {
  participationId: string;
  programmeId: string;
  programmeName: string;
  funding: string;
  duty: Duty | null;
}

export async function mentorRoles(db: Db | Tx, userId: string): Promise<MentorRole[]> {
  const rows = await db
    .select({ participation: participations, programme: programmes })
    .from(participations)
    .innerJoin(programmes, eq(programmes.id, participations.programmeId))
    .where(
      and(
        eq(participations.userId, userId),
        eq(participations.role, 'mentor'),
        inArray(participations.status, [...LOGGING_STATUSES]),
      ),
    )
    .orderBy(asc(programmes.name));
  return rows.map((r) => ({
    participationId: r.participation.id,
    programmeId: r.programme.id,
    programmeName: r.programme.name,
    funding: r.participation.funding,
    duty: dutyFor(r.programme, r.participation.funding),
  }));
}

const menteeP = alias(participations, 'time_mentee_p');
const menteeU = alias(users, 'time_mentee_u');
const mentorP = alias(participations, 'time_mentor_p');

/** The tandems in which the person is the mentor, with the mentee's name (for the form's choice). */
export async function mentorTandems(db: Db | Tx, userId: string) {
  return db
    .select({
      id: tandems.id,
      programmeId: tandems.programmeId,
      status: tandems.status,
      menteeName: menteeU.name,
    })
    .from(tandems)
    .innerJoin(mentorP, eq(mentorP.id, tandems.mentorParticipationId))
    .innerJoin(menteeP, eq(menteeP.id, tandems.menteeParticipationId))
    .innerJoin(menteeU, eq(menteeU.id, menteeP.userId))
    .where(eq(mentorP.userId, userId))
    .orderBy(tandems.status, asc(menteeU.name));
}
export type MentorTandem = Awaited<ReturnType<typeof mentorTandems>>[number];

export interface EntryRow {
  id: string;
  programmeId: string;
  tandemId: string | null;
  meetingId: string | null;
  kind: TimeKind;
  on: string;
  minutes: number;
  note: string;
  partnerName: string | null;
}

const entryColumns = {
  id: timeEntries.id,
  programmeId: timeEntries.programmeId,
  tandemId: timeEntries.tandemId,
  meetingId: timeEntries.meetingId,
  kind: timeEntries.kind,
  on: timeEntries.on,
  minutes: timeEntries.minutes,
  note: timeEntries.note,
  partnerName: menteeU.name,
};

/** The person's entries of one year, newest first, with the mentee's name where a tandem is named. */
export async function entriesOfYear(db: Db | Tx, userId: string, year: number): Promise<EntryRow[]> {
  const { from, to } = yearRange(year);
  return db
    .select(entryColumns)
    .from(timeEntries)
    .leftJoin(tandems, eq(tandems.id, timeEntries.tandemId))
    .leftJoin(menteeP, eq(menteeP.id, tandems.menteeParticipationId))
    .leftJoin(menteeU, eq(menteeU.id, menteeP.userId))
    .where(and(eq(timeEntries.userId, userId), gte(timeEntries.on, from), lte(timeEntries.on, to)))
    .orderBy(desc(timeEntries.on), desc(timeEntries.createdAt));
}

/** One of the person's own entries; anyone else's, an unknown or a malformed id give null. */
export async function ownEntry(db: Db | Tx, userId: string, entryId: string): Promise<EntryRow | null> {
  if (!isUuid(entryId)) return null;
  const [row] = await db
    .select(entryColumns)
    .from(timeEntries)
    .leftJoin(tandems, eq(tandems.id, timeEntries.tandemId))
    .leftJoin(menteeP, eq(menteeP.id, tandems.menteeParticipationId))
    .leftJoin(menteeU, eq(menteeU.id, menteeP.userId))
    .where(and(eq(timeEntries.id, entryId), eq(timeEntries.userId, userId)));
  return row ?? null;
}

/** The earliest year with an entry, so that the year choice reaches back that far. */
export async function firstEntryYear(db: Db | Tx, userId: string): Promise<number | null> {
  const [row] = await db
    .select({ first: min(timeEntries.on) })
    .from(timeEntries)
    .where(eq(timeEntries.userId, userId));
  return row?.first ? Number(row.first.slice(0, 4)) : null;
}

/** A meeting of a tandem in which the person is the mentor (date, duration, status only); else null. */
export async function mentorMeeting(db: Db | Tx, userId: string, meetingId: string) {
  if (!isUuid(meetingId)) return null;
  const [row] = await db
    .select({
      id: meetings.id,
      tandemId: meetings.tandemId,
      programmeId: tandems.programmeId,
      status: meetings.status,
      startsAt: meetings.startsAt,
      durationMinutes: meetings.durationMinutes,
    })
    .from(meetings)
    .innerJoin(tandems, eq(tandems.id, meetings.tandemId))
    .innerJoin(mentorP, eq(mentorP.id, tandems.mentorParticipationId))
    .where(and(eq(meetings.id, meetingId), eq(mentorP.userId, userId)));
  return row ?? null;
}
export type MentorMeeting = NonNullable<Awaited<ReturnType<typeof mentorMeeting>>>;

/** The person's entry for a meeting, if one exists (one per person and meeting). */
export async function entryForMeeting(db: Db | Tx, userId: string, meetingId: string) {
  const [row] = await db
    .select({ id: timeEntries.id })
    .from(timeEntries)
    .where(and(eq(timeEntries.userId, userId), eq(timeEntries.meetingId, meetingId)));
  return row ?? null;
}

/** The mentor's time for one tandem in a year, and the held meetings of that year still without an entry. */
export async function tandemTime(db: Db | Tx, userId: string, tandemId: string, year: number) {
  const { from, to } = yearRange(year);
  const [sum] = await db
    .select({
      minutes: sql<number>`coalesce(sum(${timeEntries.minutes}), 0)::int`,
      count: sql<number>`count(*)::int`,
    })
    .from(timeEntries)
    .where(
      and(
        eq(timeEntries.userId, userId),
        eq(timeEntries.tandemId, tandemId),
        gte(timeEntries.on, from),
        lte(timeEntries.on, to),
      ),
    );
  const start = fromBerlin({ year, month: 1, day: 1 });
  const end = fromBerlin({ year: year + 1, month: 1, day: 1 });
  const unlogged = await db
    .select({ id: meetings.id, startsAt: meetings.startsAt })
    .from(meetings)
    .leftJoin(timeEntries, and(eq(timeEntries.meetingId, meetings.id), eq(timeEntries.userId, userId)))
    .where(
      and(
        eq(meetings.tandemId, tandemId),
        eq(meetings.status, 'held'),
        gte(meetings.startsAt, start),
        lt(meetings.startsAt, end),
        isNull(timeEntries.id),
      ),
    )
    .orderBy(desc(meetings.startsAt))
    .limit(3);
  return { minutes: sum?.minutes ?? 0, count: sum?.count ?? 0, unlogged };
}

/** Name and organisation for the proof. */
export async function proofPerson(db: Db | Tx, userId: string) {
  const [row] = await db
    .select({ name: users.name, organisation: profiles.organisationName })
    .from(users)
    .leftJoin(profiles, eq(profiles.userId, users.id))
    .where(eq(users.id, userId));
  return { name: row?.name ?? '', organisation: row?.organisation ?? '' };
}
