import type { AccountDeps } from './deps.ts';

export const ACCOUNT_MAIL_QUEUE = 'accounts.mail-request';

/**
 * A request whose work depends on whether an address has an account. The route only queues it, the
 * same for every address, and answers; the job (`accountJobs`) looks the address up and issues token
 * and mail. So neither the answer nor its timing tells which addresses exist.
 */
export type AccountMailRequest =
  | { kind: 'password_reset'; email: string; ip: string }
  | { kind: 'resend_verification'; email: string }
  | { kind: 'email_change'; userId: string; email: string; ip: string };

/** Queues the request; without a job queue (tests without workers) it is dropped, like a mail dispatch. */
export async function queueAccountMail(deps: Pick<AccountDeps, 'jobs'>, request: AccountMailRequest) {
  await deps.jobs?.send(ACCOUNT_MAIL_QUEUE, request);
}
