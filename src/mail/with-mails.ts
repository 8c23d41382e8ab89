import type { Tx } from '../db/client.ts';
import type { AppDeps, ServiceDeps } from '../deps.ts';
import type { Locale } from '../i18n/index.ts';
import { dispatchMails } from './dispatch.ts';
import { enqueueMail, type MailExtras } from './outbox.ts';
import type { MailContent } from './render.tsx';

export type { ServiceDeps };

export type QueueMail = (
  to: string,
  locale: Locale,
  content: MailContent,
  extras?: MailExtras,
) => Promise<void>;

/** An absolute link into the platform, for mails. */
export const link = (deps: Pick<AppDeps, 'config'>, path: string) =>
  new URL(path, deps.config.baseUrl).toString();

/**
 * Runs `work` in one transaction with a mail queue: mails are stored in the outbox inside the
 * transaction and handed to the job queue only after it committed.
 */
export async function withMails<T>(
  deps: ServiceDeps,
  work: (tx: Tx, mail: QueueMail) => Promise<T>,
): Promise<T> {
  const ids: string[] = [];
  const result = await deps.database.db.transaction((tx) =>
    work(tx, async (to, locale, content, extras) => {
      ids.push(await enqueueMail(tx, to, locale, content, extras));
    }),
  );
  await dispatchMails(deps, ids);
  return result;
}
