import { and, asc, eq, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client.ts';
import { calendarFeeds, meetings, participations, tandems, users } from '../../../db/schema/index.ts';

/** The owner of a feed token; null for an unknown one. */
export async function feedOwner(db: Db, token: string) {
  const [row] = await db
    .select({ userId: calendarFeeds.userId, locale: users.locale })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(eq(calendarFeeds.token, token));
  return row ?? null;
}

export async function feedOf(db: Db, userId: string) {
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  return row ?? null;
}

const menteeP = alias(participations, 'feed_mentee_p');
const mentorP = alias(participations, 'feed_mentor_p');
const menteeU = alias(users, 'feed_mentee_u');
const mentorU = alias(users, 'feed_mentor_u');

/** Every meeting (planned, held or cancelled; no logged contacts) of all of a person's tandems. */
export async function meetingsOfPerson(db: Db, userId: string) {
  const rows = await db
    .select({
      meeting: meetings,
      menteeUserId: menteeP.userId,
      menteeName: menteeU.name,
      mentorName: mentorU.name,
    })
    .from(meetings)
    .innerJoin(tandems, eq(tandems.id, meetings.tandemId))
    .innerJoin(menteeP, eq(menteeP.id, tandems.menteeParticipationId))
    .innerJoin(menteeU, eq(menteeU.id, menteeP.userId))
    .innerJoin(mentorP, eq(mentorP.id, tandems.mentorParticipationId))
    .innerJoin(mentorU, eq(mentorU.id, mentorP.userId))
    .where(and(eq(meetings.kind, 'meeting'), or(eq(menteeP.userId, userId), eq(mentorP.userId, userId))))
    .orderBy(asc(meetings.startsAt));
  return rows.map((r) => ({
    ...r.meeting,
    partnerName: r.menteeUserId === userId ? r.mentorName : r.menteeName,
  }));
}
