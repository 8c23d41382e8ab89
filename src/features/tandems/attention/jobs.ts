import type { JobHandler } from '../../../jobs/index.ts';
import type { ServiceDeps } from '../../../mail/with-mails.ts';
import { sweepStalledTandems } from './service.ts';

export const STALL_SWEEP_QUEUE = 'tandems.stall-sweep';

/** The stalled-tandem sweep, every hour: reminder to both, then the coordinators' attention list. */
export function attentionJobs(deps: ServiceDeps): JobHandler[] {
  return [
    {
      queue: STALL_SWEEP_QUEUE,
      cron: '17 * * * *',
      async handle() {
        await sweepStalledTandems(deps);
      },
    },
  ];
}
