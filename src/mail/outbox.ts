import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';
import type { Db, Tx } from '../db/client.ts';
import { outbox } from '../db/schema/index.ts';
import type { Locale } from '../i18n/index.ts';
import { type MailContent, renderMail } from './render.tsx';

export const MAIL_QUEUE = 'mail.deliver';
export const MAIL_SWEEP_QUEUE = 'mail.sweep';
/** A mail 'sending' for this long belongs to a delivery that was cut off. */
const STUCK_AFTER_MS = 10 * 60_000;
/** pg-boss retries a failed delivery this often, with exponential backoff from 30 s. */
export const MAIL_RETRY = { retryLimit: 8, retryDelay: 30, retryBackoff: true } as const;

export interface MailExtras {
  replyTo?: string;
  attachments?: { filename: string; contentType: string; content: string }[];
  /** Extra header lines, sent as they are (e.g. List-Unsubscribe, RFC 8058). */
  headers?: Record<string, string>;
}

/** A header's name is a token, its value one line: nothing can smuggle in another header. */
function checkedHeaders(headers: Record<string, string> | undefined) {
  if (!headers || Object.keys(headers).length === 0) return null;
  for (const [name, value] of Object.entries(headers)) {
    if (!/^[A-Za-z0-9-]+$/.test(name) || /[\r\n]/.test(value)) throw new Error(`bad mail header ${name}`);
  }
  return headers;
}

/** A mail rendered and checked, ready to be stored: what `outboxRow` makes and `storeMails` inserts. */
export type OutboxRow = typeof outbox.$inferInsert;

/** Renders a mail from catalogue keys into an outbox row (throws for a bad header line). */
export function outboxRow(
  to: string,
  locale: Locale,
  content: MailContent,
  extras: MailExtras = {},
): OutboxRow {
  return {
    to,
    locale,
    template: content.template,
    ...renderMail(locale, content),
    replyTo: extras.replyTo ?? null,
    attachments: extras.attachments ?? null,
    headers: checkedHeaders(extras.headers),
  };
}

/** Rows per INSERT when many mails are stored at once (a digest run writes thousands). */
const STORE_BATCH = 200;

/** Stores rendered mails in the caller's transaction, a few hundred per statement; answers their ids in order. */
export async function storeMails(tx: Db | Tx, rows: OutboxRow[]): Promise<string[]> {
  const ids: string[] = [];
  for (let from = 0; from < rows.length; from += STORE_BATCH) {
    const written = await tx
      .insert(outbox)
      .values(rows.slice(from, from + STORE_BATCH))
      .returning({ id: outbox.id });
    ids.push(...written.map((r) => r.id));
  }
  return ids;
}

/** Renders and stores a mail in the same transaction as the change it reports. */
export async function enqueueMail(
  tx: Db | Tx,
  to: string,
  locale: Locale,
  content: MailContent,
  extras: MailExtras = {},
) {
  const [id] = await storeMails(tx, [outboxRow(to, locale, content, extras)]);
  return id!;
}

export interface MailTransport {
  /** Sends one mail; throws when the server refuses it, so the job retries. */
  send(mail: {
    from: string;
    to: string;
    subject: string;
    text: string;
    html: string;
    replyTo?: string;
    attachments?: { filename: string; contentType: string; content: string }[];
    headers?: Record<string, string>;
  }): Promise<void>;
}

export function smtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transporter.sendMail(mail);
    },
  };
}

/**
 * Delivers one outbox mail. Without SMTP the mail is written to the log, clearly marked, and stays in
 * the outbox. The row is claimed first (pending → sending), so a second run for the same mail does
 * nothing, and no database lock is held while the SMTP server answers.
 */
export async function deliverMail(
  db: Db,
  id: string,
  options: { transport: MailTransport | null; from: string; log: FastifyBaseLogger; final?: boolean },
) {
  const [mail] = await db
    .update(outbox)
    .set({ status: 'sending', attempts: sql`${outbox.attempts} + 1`, lastAttemptAt: new Date() })
    .where(
      and(
        eq(outbox.id, id),
        or(
          eq(outbox.status, 'pending'),
          // A delivery cut off by a stopped process: pg-boss retries the job, so it may be claimed again.
          and(eq(outbox.status, 'sending'), lt(outbox.lastAttemptAt, new Date(Date.now() - STUCK_AFTER_MS))),
        ),
      ),
    )
    .returning();
  if (!mail) return 'skipped' as const;
  if (!options.transport) {
    options.log.warn(
      { mailId: mail.id },
      `\n===== E-MAIL NICHT VERSENDET (SMTP_URL ist nicht gesetzt) =====\nAn: ${mail.to}\nBetreff: ${mail.subject}\n\n${mail.text}\n===== ENDE DER E-MAIL =====`,
    );
    await db.update(outbox).set({ status: 'logged', sentAt: new Date() }).where(eq(outbox.id, id));
    return 'logged' as const;
  }
  try {
    await options.transport.send({
      from: options.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      replyTo: mail.replyTo ?? undefined,
      attachments: mail.attachments ?? undefined,
      headers: mail.headers ?? undefined,
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    await db
      .update(outbox)
      .set({ lastError: message.slice(0, 500), status: options.final ? 'failed' : 'pending' })
      .where(eq(outbox.id, id));
    options.log.warn({ mailId: id, err: message }, 'mail delivery failed');
    if (options.final) return 'failed' as const;
    throw err;
  }
  await db
    .update(outbox)
    .set({ status: 'sent', sentAt: new Date(), lastError: null })
    .where(eq(outbox.id, id));
  return 'sent' as const;
}

/** Pending mails whose job may have been lost (process stopped between commit and enqueue). */
export async function stalePendingMails(db: Db, olderThan: Date) {
  // A mail left 'sending' by a process that stopped mid-delivery is tried again.
  await db
    .update(outbox)
    .set({ status: 'pending' })
    .where(and(eq(outbox.status, 'sending'), lt(outbox.lastAttemptAt, olderThan)));
  const rows = await db
    .select({ id: outbox.id })
    .from(outbox)
    // Only mails never tried: a mail that failed is waiting for pg-boss's next retry.
    .where(and(eq(outbox.status, 'pending'), eq(outbox.attempts, 0), lt(outbox.createdAt, olderThan)))
    .limit(500);
  return rows.map((r) => r.id);
}
