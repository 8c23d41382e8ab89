import type { JobHandler } from '../../jobs/index.ts';
import type { ServiceDeps } from '../../mail/with-mails.ts';
import { attentionJobs } from './attention/jobs.ts';
import { meetingJobs } from './meetings/jobs.ts';

export function tandemJobs(deps: ServiceDeps): JobHandler[] {
  return [...meetingJobs(deps), ...attentionJobs(deps)];
}
