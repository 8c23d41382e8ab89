import type { JobHandler } from '../../jobs/index.ts';
import type { ServiceDeps } from '../../mail/with-mails.ts';
import { sendEmailChangeLink } from './service/email.ts';
import { ACCOUNT_MAIL_QUEUE, type AccountMailRequest } from './service/mail-requests.ts';
import { sendResetLink } from './service/password.ts';
import { sendVerificationAgain } from './service/signup.ts';

/** The worker side of `queueAccountMail`: one transaction per request, its mail into the outbox (ADR 0006). */
export async function handleAccountMail(deps: ServiceDeps, request: AccountMailRequest) {
  switch (request.kind) {
    case 'password_reset':
      return sendResetLink(deps, request.email, request.ip);
    case 'resend_verification':
      return sendVerificationAgain(deps, request.email);
    case 'email_change':
      return sendEmailChangeLink(deps, request);
  }
}

export function accountJobs(deps: ServiceDeps): JobHandler[] {
  return [
    {
      queue: ACCOUNT_MAIL_QUEUE,
      // Links expire within a day; a few quick retries cover a database that was briefly away.
      options: { retryLimit: 3, retryDelay: 10, retryBackoff: true },
      async handle(data) {
        await handleAccountMail(deps, data as unknown as AccountMailRequest);
      },
    },
  ];
}
