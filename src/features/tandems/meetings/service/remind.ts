import { and, eq, gte, isNull, lt, ne, sql } from 'drizzle-orm';
import { loadTandemMembers } from '../../../../access/index.ts';
import { meetings, tandems } from '../../../../db/schema/index.ts';
import { type ServiceDeps, withMails } from '../../../../mail/with-mails.ts';
import { fromBerlin, toBerlin } from '../../../../platform/time.ts';
import { mailBothMembers } from '../mails.ts';

/** The instants at which tomorrow and the day after tomorrow begin in Berlin. */
export function tomorrowInBerlin(now: Date) {
  const today = toBerlin(now);
  return {
    from: fromBerlin({ year: today.year, month: today.month, day: today.day + 1 }),
    to: fromBerlin({ year: today.year, month: today.month, day: today.day + 2 }),
  };
}

/**
 * The reminder the day before: a planned meeting whose Berlin date is tomorrow, not reminded yet, in
 * a tandem that has not ended. The UPDATE sets reminded_at and returns the rows it claimed, so
 * instances sweeping at the same moment send every reminder once. A meeting moved to another date
 * has reminded_at cleared by the change and is reminded again the day before its new date.
 */
export async function remindMeetings(deps: ServiceDeps): Promise<number> {
  const now = deps.clock();
  const { from, to } = tomorrowInBerlin(now);
  return withMails(deps, async (tx, mail) => {
    const claimed = await tx
      .update(meetings)
      .set({ remindedAt: now })
      .where(
        and(
          eq(meetings.status, 'planned'),
          eq(meetings.kind, 'meeting'),
          isNull(meetings.remindedAt),
          gte(meetings.startsAt, from),
          lt(meetings.startsAt, to),
          sql`${meetings.tandemId} in (select ${tandems.id} from ${tandems} where ${ne(tandems.status, 'ended')})`,
        ),
      )
      .returning({ id: meetings.id, tandemId: meetings.tandemId, startsAt: meetings.startsAt });
    for (const meeting of claimed) {
      const tandem = await loadTandemMembers(tx, meeting.tandemId);
      if (!tandem) continue;
      await mailBothMembers(
        deps,
        mail,
        'reminder',
        {
          id: tandem.tandem.id,
          programmeName: tandem.programme.name,
          mentee: tandem.mentee,
          mentor: tandem.mentor,
        },
        meeting,
      );
    }
    return claimed.length;
  });
}
