import type { JobHandler } from '../../jobs/index.ts';
import type { ServiceDeps } from '../../mail/with-mails.ts';
import { sendDigests } from './digest/service.ts';

export const DAILY_DIGEST_QUEUE = 'notifications.digest.daily';
export const WEEKLY_DIGEST_QUEUE = 'notifications.digest.weekly';

/**
 * The digests of the community area: daily at 07:00 and weekly on Monday at 07:00, German time
 * (pg-boss schedules cron in Europe/Berlin, once whatever the number of instances). A run that is
 * repeated or overlaps another mails nothing twice: each notification is claimed as it is mailed.
 */
export function notificationJobs(deps: ServiceDeps): JobHandler[] {
  return [
    {
      queue: DAILY_DIGEST_QUEUE,
      cron: '0 7 * * *',
      async handle() {
        await sendDigests(deps, 'daily');
      },
    },
    {
      queue: WEEKLY_DIGEST_QUEUE,
      cron: '0 7 * * 1',
      async handle() {
        await sendDigests(deps, 'weekly');
      },
    },
  ];
}
