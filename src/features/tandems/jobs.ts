import type { JobHandler } from '../../jobs/index.ts';
import type { ServiceDeps } from '../../mail/with-mails.ts';
import { meetingJobs } from './meetings/jobs.ts';
import { stallJobs } from './stall/jobs.ts';

export function tandemJobs(deps: ServiceDeps): JobHandler[] {
  return [...meetingJobs(deps), ...stallJobs(deps)];
}
