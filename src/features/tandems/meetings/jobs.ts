import type { JobHandler } from '../../../jobs/index.ts';
import type { ServiceDeps } from '../../../mail/with-mails.ts';
import { remindMeetings } from './service/remind.ts';

export const MEETING_REMINDER_QUEUE = 'tandems.meetings.remind';

/**
 * The day-before meeting reminders: every hour from 7 to 21 o'clock German time (pg-boss schedules
 * cron in Europe/Berlin), so that nobody is mailed at night; the first sweep of the day before sends
 * a meeting's reminder, later ones find it claimed. A meeting planned for tomorrow after the last
 * sweep gets no reminder of its own: planning it has just mailed both members.
 */
export function meetingJobs(deps: ServiceDeps): JobHandler[] {
  return [
    {
      queue: MEETING_REMINDER_QUEUE,
      cron: '0 7-21 * * *',
      async handle() {
        await remindMeetings(deps);
      },
    },
  ];
}
