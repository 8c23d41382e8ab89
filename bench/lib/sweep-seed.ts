import { eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client.ts';
import { meetings, participations, programmes, tandems, users } from '../../src/db/schema/index.ts';

const DAY_MS = 86_400_000;
const BATCH = 1_000;

export interface SweepCohort {
  tandems: number;
  meetings: number;
  /** Tandems the first sweep must remind (no meeting held or planned for 6 weeks, never reminded). */
  dueForReminder: number;
}

/**
 * `count` tandems of klimaschutz (two people each), created over the last year, with 0–4 meetings
 * each: a third planned ahead, the rest spread back in time, so that about a third are stalled.
 */
export async function seedSweepCohort(database: Database, count: number, now: Date): Promise<SweepCohort> {
  const db = database.db;
  const [programme] = await db.select().from(programmes).where(eq(programmes.slug, 'klimaschutz'));
  const stallMs = programme!.stallReminderWeeks * 7 * DAY_MS;
  let meetingCount = 0;
  let due = 0;
  await db.transaction(async (tx) => {
    for (let from = 0; from < count; from += BATCH) {
      const n = Math.min(BATCH, count - from);
      const people = await tx
        .insert(users)
        .values(
          Array.from({ length: 2 * n }, (_, k) => ({
            email: `sweep-${from * 2 + k}@bench.example`,
            name: `Person ${from * 2 + k}`,
            role: 'participant' as const,
            emailVerifiedAt: now,
            locale: 'de' as const,
          })),
        )
        .returning({ id: users.id });
      const parts = await tx
        .insert(participations)
        .values(
          people.map((u, k) => ({
            userId: u.id,
            programmeId: programme!.id,
            role: k % 2 === 0 ? ('mentee' as const) : ('mentor' as const),
            status: 'accepted' as const,
            capacity: k % 2 === 0 ? null : 1,
          })),
        )
        .returning({ id: participations.id });
      const rows = await tx
        .insert(tandems)
        .values(
          Array.from({ length: n }, (_, k) => {
            const i = from + k;
            const createdAt = new Date(now.getTime() - (30 + (i % 335)) * DAY_MS);
            return {
              programmeId: programme!.id,
              menteeParticipationId: parts[2 * k]!.id,
              mentorParticipationId: parts[2 * k + 1]!.id,
              status: i % 7 === 0 ? ('kickoff_pending' as const) : ('active' as const),
              createdAt,
              activatedAt: i % 7 === 0 ? null : createdAt,
            };
          }),
        )
        .returning({ id: tandems.id, createdAt: tandems.createdAt });
      const meetingRows: (typeof meetings.$inferInsert)[] = [];
      rows.forEach((tandem, k) => {
        const i = from + k;
        let last = tandem.createdAt.getTime();
        let planned = false;
        for (let m = 0; m < i % 5; m++) {
          const startsAt = new Date(tandem.createdAt.getTime() + (m + 1) * 21 * DAY_MS);
          const future = startsAt.getTime() > now.getTime();
          if (future) planned = true;
          else last = Math.max(last, startsAt.getTime());
          meetingRows.push({
            tandemId: tandem.id,
            status: future ? 'planned' : 'held',
            startsAt,
            durationMinutes: 60,
            format: 'online',
          });
        }
        if (!planned && now.getTime() - last >= stallMs) due += 1;
      });
      meetingCount += meetingRows.length;
      if (meetingRows.length > 0) await tx.insert(meetings).values(meetingRows);
    }
  });
  await database.execute('ANALYZE');
  return { tandems: count, meetings: meetingCount, dueForReminder: due };
}
