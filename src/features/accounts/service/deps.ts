import type { AppDeps } from '../../../app.ts';
import type { Tx } from '../../../db/client.ts';
import type { Locale } from '../../../i18n/index.ts';
import { dispatchMails } from '../../../mail/dispatch.ts';
import { enqueueMail } from '../../../mail/outbox.ts';
import type { MailContent } from '../../../mail/render.tsx';

export type AccountDeps = Pick<AppDeps, 'database' | 'clock' | 'config' | 'jobs'>;

export const link = (deps: AccountDeps, path: string) => new URL(path, deps.config.baseUrl).toString();

/**
 * Runs `work` in one transaction with a mail queue: mails are stored in the outbox inside the
 * transaction and handed to the job queue only after it committed.
 */
export async function withMails<T>(
  deps: AccountDeps,
  work: (tx: Tx, mail: (to: string, locale: Locale, content: MailContent) => Promise<void>) => Promise<T>,
): Promise<T> {
  const ids: string[] = [];
  const result = await deps.database.db.transaction((tx) =>
    work(tx, async (to, locale, content) => {
      ids.push(await enqueueMail(tx, to, locale, content));
    }),
  );
  await dispatchMails(deps, ids);
  return result;
}
