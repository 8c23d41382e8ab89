import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { type Locale, type MessageKey, translator } from '../../../i18n/index.ts';
import type { MailItem } from '../../../mail/render.tsx';
import { link, type QueueMail, type ServiceDeps, withMails } from '../../../mail/with-mails.ts';
import { NOTIFICATIONS_PATH, notificationPath } from '../paths.ts';
import { isNotificationKind } from '../service.ts';
import { unsubscribeParts } from '../unsubscribe/mail.ts';

export type DigestFrequency = 'daily' | 'weekly';

/** People per transaction: each batch claims its notifications and writes its mails in one go. */
const BATCH = 500;
/** Lines in one mail; the rest are counted ("… and 12 more") and wait in the list. */
export const DIGEST_LINES = 25;

type Rows<T> = { rows: T[] };

interface Claimed {
  id: string;
  user_id: string;
  kind: string;
  note: string;
  title: string | null;
  actor_name: string | null;
  name: string;
  email: string;
  locale: Locale;
}

/**
 * Whose notifications a run of this frequency mails: "weekly" is the default, so it is everyone
 * without a saved choice too. Written against the notification row `n`.
 */
const chose = (frequency: DigestFrequency): SQL =>
  frequency === 'weekly'
    ? sql`NOT EXISTS (SELECT 1 FROM community_preferences p WHERE p.user_id = n.user_id AND p.mail <> 'weekly')`
    : sql`EXISTS (SELECT 1 FROM community_preferences p WHERE p.user_id = n.user_id AND p.mail = 'daily')`;

/** New for a digest: not read in the list and not mailed before (at once, or in an earlier digest). */
const fresh = sql`n.read_at IS NULL AND n.mailed_at IS NULL`;

/** The people with something new for this run, in a stable order (one statement). */
async function peopleWithNews(db: Db, frequency: DigestFrequency): Promise<string[]> {
  const result = (await db.execute(sql`
    SELECT DISTINCT n.user_id FROM notifications n
     WHERE ${fresh} AND ${chose(frequency)}
     ORDER BY n.user_id`)) as unknown as Rows<{ user_id: string }>;
  return result.rows.map((r) => r.user_id);
}

/**
 * Claims the batch's new notifications (mailed_at = now) and reads what their lines need, in one
 * statement. The UPDATE re-checks each row it locks, so two runs at the same time mail every
 * notification once, and a choice changed since the list was read is honoured.
 */
async function claim(tx: Tx, userIds: string[], frequency: DigestFrequency, now: Date): Promise<Claimed[]> {
  const result = (await tx.execute(sql`
    WITH claimed AS (
      UPDATE notifications n SET mailed_at = ${now.toISOString()}::timestamptz
       WHERE n.user_id IN (${sql.join(
         userIds.map((id) => sql`${id}::uuid`),
         sql`, `,
       )})
         AND ${fresh} AND ${chose(frequency)}
      RETURNING n.id, n.user_id, n.kind, n.note, n.thread_id, n.tip_id, n.actor_id, n.created_at
    )
    SELECT c.id, c.user_id, c.kind, c.note, coalesce(th.title, tp.title) AS title, a.name AS actor_name,
           u.name, u.email, u.locale
      FROM claimed c
      JOIN users u ON u.id = c.user_id
      LEFT JOIN community_threads th ON th.id = c.thread_id
      LEFT JOIN community_tips tp ON tp.id = c.tip_id
      LEFT JOIN users a ON a.id = c.actor_id
     ORDER BY c.user_id, c.created_at DESC, c.id DESC`)) as unknown as Rows<Claimed>;
  return result.rows;
}

const sentenceKey = (kind: string) =>
  `notifications.sentence.${isNotificationKind(kind) ? kind : 'other'}` as MessageKey;

/** One person's digest: a line per notification, as the list says it, each with its link. */
async function mailDigest(deps: ServiceDeps, mail: QueueMail, frequency: DigestFrequency, rows: Claimed[]) {
  const person = rows[0]!;
  const t = translator(person.locale);
  const items: MailItem[] = rows.slice(0, DIGEST_LINES).map((r) => ({
    text: sentenceKey(r.kind),
    vars: {
      actor: r.actor_name ?? t('notifications.actor.unknown'),
      thread: r.title ?? t('notifications.thread.unknown'),
      note: r.note,
    },
    url: link(deps, notificationPath(r.id)),
  }));
  const more = rows.length - items.length;
  const unsubscribe = unsubscribeParts(deps, person.user_id);
  await mail(
    person.email,
    person.locale,
    {
      template: `notifications.digest.${frequency}`,
      subject: 'notifications.digest.subject',
      paragraphs: [`notifications.digest.intro.${frequency}`],
      items,
      action: { label: 'notifications.digest.action', url: link(deps, NOTIFICATIONS_PATH) },
      after: [
        ...(more > 0 ? (['notifications.digest.more'] as const) : []),
        `notifications.digest.why.${frequency}`,
      ],
      footer: unsubscribe.footer,
      vars: { name: person.name, count: rows.length, more },
    },
    unsubscribe.extras,
  );
}

export interface DigestRun {
  /** Mails written to the outbox (one per person with something new). */
  mails: number;
  /** Notifications in them (marked mailed). */
  notifications: number;
}

/**
 * The daily or weekly digest: one mail per person who chose this frequency and has notifications
 * neither read nor mailed yet, with all of them (the first 25 as lines), each marked mailed. A second
 * run finds nothing new. People are taken in batches, each batch one transaction through `withMails`,
 * so a run over thousands of people holds no long locks and a failed batch leaves the others sent.
 */
export async function sendDigests(deps: ServiceDeps, frequency: DigestFrequency): Promise<DigestRun> {
  const now = deps.clock();
  const people = await peopleWithNews(deps.database.db, frequency);
  const run: DigestRun = { mails: 0, notifications: 0 };
  for (let from = 0; from < people.length; from += BATCH) {
    const batch = people.slice(from, from + BATCH);
    const done = await withMails(deps, async (tx, mail) => {
      const rows = await claim(tx, batch, frequency, now);
      const byPerson = new Map<string, Claimed[]>();
      for (const r of rows) {
        const list = byPerson.get(r.user_id);
        if (list) list.push(r);
        else byPerson.set(r.user_id, [r]);
      }
      for (const own of byPerson.values()) await mailDigest(deps, mail, frequency, own);
      return { mails: byPerson.size, notifications: rows.length };
    });
    run.mails += done.mails;
    run.notifications += done.notifications;
  }
  return run;
}
