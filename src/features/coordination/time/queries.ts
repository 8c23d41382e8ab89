import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { participations, timeEntries, users } from '../../../db/schema/index.ts';
import { LOGGING_STATUSES, yearRange } from '../../tandems/index.ts';

/**
 * Each mentor's total of a year in one programme, for its coordinators: no notes, no tandems. Former
 * mentors appear only with time in that year.
 */
export async function programmeTotals(db: Db | Tx, programmeId: string, year: number) {
  const { from, to } = yearRange(year);
  return db
    .select({
      participationId: participations.id,
      name: users.name,
      funding: participations.funding,
      status: participations.status,
      minutes: sql<number>`coalesce(sum(${timeEntries.minutes}), 0)::int`,
      entries: sql<number>`count(${timeEntries.id})::int`,
    })
    .from(participations)
    .innerJoin(users, eq(users.id, participations.userId))
    .leftJoin(
      timeEntries,
      and(
        eq(timeEntries.userId, participations.userId),
        eq(timeEntries.programmeId, participations.programmeId),
        gte(timeEntries.on, from),
        lte(timeEntries.on, to),
      ),
    )
    .where(
      and(
        eq(participations.programmeId, programmeId),
        eq(participations.role, 'mentor'),
        inArray(participations.status, [...LOGGING_STATUSES]),
      ),
    )
    .groupBy(participations.id, users.name)
    .having(sql`${participations.status} <> 'withdrawn' or count(${timeEntries.id}) > 0`)
    .orderBy(asc(users.name));
}
