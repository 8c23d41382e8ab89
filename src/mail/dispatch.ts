import type { AppDeps } from '../deps.ts';
import { MAIL_QUEUE } from './outbox.ts';

/**
 * Hands committed outbox mails to the job queue. If this fails (or the process stops first), the
 * periodic sweep picks the mails up, so a committed mail is never lost.
 */
export async function dispatchMails(deps: Pick<AppDeps, 'jobs'>, ids: string[]) {
  if (!deps.jobs) return;
  for (const id of ids) {
    await deps.jobs.send(MAIL_QUEUE, { id }).catch(() => {});
  }
}
