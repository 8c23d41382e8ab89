import type { JobHandler } from '../../jobs/index.ts';
import type { ServiceDeps } from '../../mail/with-mails.ts';
import { sweepProposals } from './service/sweep.ts';

export const PROPOSALS_SWEEP_QUEUE = 'proposals.sweep';

/** Reminders and expiry of unanswered proposals, every half hour. */
export function proposalJobs(deps: ServiceDeps): JobHandler[] {
  return [
    {
      queue: PROPOSALS_SWEEP_QUEUE,
      cron: '*/30 * * * *',
      async handle() {
        await sweepProposals(deps);
      },
    },
  ];
}
