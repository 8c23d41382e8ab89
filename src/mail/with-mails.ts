import type { Tx } from '../db/client.ts';
import type { AppDeps, ServiceDeps } from '../deps.ts';
import type { Locale } from '../i18n/index.ts';
import { dispatchMails } from './dispatch.ts';
import { type MailExtras, type OutboxRow, outboxRow, storeMails } from './outbox.ts';
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
 * transaction and handed to the job queue only after it committed. Each mail is rendered when it is
 * queued (a bad one throws there); they are inserted together once `work` is done, before the commit,
 * so a run that writes thousands of mails needs a few statements, not thousands.
 */
export async function withMails<T>(
  deps: ServiceDeps,
  work: (tx: Tx, mail: QueueMail) => Promise<T>,
): Promise<T> {
  let ids: string[] = [];
  const result = await deps.database.db.transaction(async (tx) => {
    const rows: OutboxRow[] = [];
    const done = await work(tx, async (to, locale, content, extras) => {
      rows.push(outboxRow(to, locale, content, extras));
    });
    ids = await storeMails(tx, rows);
    return done;
  });
  await dispatchMails(deps, ids);
  return result;
}
