import type { JobHandler } from '../../../jobs/index.ts';
import type { ServiceDeps } from '../../../mail/with-mails.ts';
import { sweepStalledTandems } from './service.ts';

export const STALL_SWEEP_QUEUE = 'tandems.stall-sweep';

/**
 * The stalled-tandem sweep, hourly from 7 to 20 o'clock German time (nobody is mailed at night):
 * reminder to both, then the coordinators' attention list. Weeks are the unit, so hours do not matter.
 */
export function attentionJobs(deps: ServiceDeps): JobHandler[] {
  return [
    {
      queue: STALL_SWEEP_QUEUE,
      cron: '17 7-20 * * *',
      async handle() {
        await sweepStalledTandems(deps);
      },
    },
  ];
}
