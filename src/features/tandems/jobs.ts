import type { JobHandler } from '../../jobs/index.ts';
import type { ServiceDeps } from '../../mail/with-mails.ts';
import { meetingJobs } from './meetings/jobs.ts';

export function tandemJobs(deps: ServiceDeps): JobHandler[] {
  return meetingJobs(deps);
}
