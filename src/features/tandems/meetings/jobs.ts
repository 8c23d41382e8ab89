import type { JobHandler } from '../../../jobs/index.ts';
import type { ServiceDeps } from '../../../mail/with-mails.ts';

/** The day-before meeting reminders. */
export function meetingJobs(_deps: ServiceDeps): JobHandler[] {
  return [];
}
