import { accountJobs } from '../../src/features/accounts/jobs.ts';
import { ACCOUNT_MAIL_QUEUE } from '../../src/features/accounts/service/mail-requests.ts';
import type { TestApp } from '../helpers/app.ts';

/**
 * Stands in for pg-boss in a test app (which runs no workers): keeps what the app queues, and runs
 * the queued account requests the way a worker would, through the handler that `startServer` registers.
 */
export function queuedJobs(t: TestApp) {
  const sent: { queue: string; data: Record<string, unknown> }[] = [];
  t.app.deps.jobs = {
    async send(queue, data) {
      sent.push({ queue, data });
    },
    async stop() {},
  };
  const [handler] = accountJobs(t.app.deps);
  return {
    sent,
    /** The account requests queued and not yet run. */
    accountRequests: () => sent.filter((j) => j.queue === ACCOUNT_MAIL_QUEUE).map((j) => j.data),
    /** Runs the queued account requests (and forgets every queued job). */
    async run() {
      const pending = sent.splice(0).filter((j) => j.queue === ACCOUNT_MAIL_QUEUE);
      for (const job of pending) await handler!.handle(job.data, { retryCount: 0, retryLimit: 3 });
    },
  };
}
