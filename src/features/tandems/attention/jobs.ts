import type { JobHandler } from '../../../jobs/index.ts';
import type { ServiceDeps } from '../../../mail/with-mails.ts';

/** The stalled-tandem sweep: reminder to both, then the coordinators' attention list. */
export function attentionJobs(_deps: ServiceDeps): JobHandler[] {
  return [];
}
