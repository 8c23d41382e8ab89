import { and, asc, count, desc, eq, inArray, lt, ne } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { meetingPreparations, meetings, users } from '../../../db/schema/index.ts';
import type { Side } from '../../../db/schema/tandems.ts';
import { isUuid } from '../../../platform/forms.ts';

export type Meeting = typeof meetings.$inferSelect;
export type Preparation = typeof meetingPreparations.$inferSelect;

/** A meeting of this tandem; null for another tandem's meeting, an unknown or a malformed id. */
export async function findMeeting(db: Db | Tx, tandemId: string, meetingId: string): Promise<Meeting | null> {
  if (!isUuid(meetingId)) return null;
  const [row] = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), eq(meetings.tandemId, tandemId)));
  return row ?? null;
}

/** Both members' preparation notes for a meeting, by side. */
export async function preparationsOf(db: Db, meetingId: string): Promise<Partial<Record<Side, Preparation>>> {
  const rows = await db
    .select()
    .from(meetingPreparations)
    .where(eq(meetingPreparations.meetingId, meetingId));
  return Object.fromEntries(rows.map((r) => [r.side, r]));
}

/** Planned meetings, earliest first: the first one is "the next meeting", even when it is overdue. */
export function plannedMeetings(db: Db, tandemId: string) {
  return db
    .select()
    .from(meetings)
    .where(and(eq(meetings.tandemId, tandemId), eq(meetings.status, 'planned')))
    .orderBy(asc(meetings.startsAt));
}

/**
 * The topics the tandem noted for next time at the last meeting held before `before`: the start of
 * the next meeting's agenda.
 */
export async function topicsFromLastMeeting(db: Db, tandemId: string, before: Date, exceptId?: string) {
  const [row] = await db
    .select({ id: meetings.id, startsAt: meetings.startsAt, nextTopics: meetings.nextTopics })
    .from(meetings)
    .where(
      and(
        eq(meetings.tandemId, tandemId),
        eq(meetings.status, 'held'),
        eq(meetings.kind, 'meeting'),
        lt(meetings.startsAt, before),
        exceptId ? ne(meetings.id, exceptId) : undefined,
      ),
    )
    .orderBy(desc(meetings.startsAt))
    .limit(1);
  return row ?? null;
}

/** Held and cancelled meetings and logged contacts, newest first: one query, no contents. */
export function meetingHistory(db: Db, tandemId: string, limit = 10_000) {
  return db
    .select({
      id: meetings.id,
      kind: meetings.kind,
      status: meetings.status,
      startsAt: meetings.startsAt,
      durationMinutes: meetings.durationMinutes,
      format: meetings.format,
    })
    .from(meetings)
    .where(and(eq(meetings.tandemId, tandemId), inArray(meetings.status, ['held', 'cancelled'])))
    .orderBy(desc(meetings.startsAt))
    .limit(limit);
}

/** How many meetings and contacts the history holds. */
export async function historyCount(db: Db, tandemId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(meetings)
    .where(and(eq(meetings.tandemId, tandemId), inArray(meetings.status, ['held', 'cancelled'])));
  return row?.n ?? 0;
}
export type HistoryRow = Awaited<ReturnType<typeof meetingHistory>>[number];

/** Who recorded the meeting, for "Festgehalten am … von …". */
export async function recorderName(db: Db, userId: string | null) {
  if (!userId) return null;
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}
