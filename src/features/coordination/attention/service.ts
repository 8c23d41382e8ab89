import { sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import type { Locale } from '../../../i18n/index.ts';
import { link, type QueueMail, type ServiceDeps, withMails } from '../../../mail/with-mails.ts';
import { tandemPath } from '../../tandems/index.ts';
import { activity } from './activity.ts';

type Rows<T> = { rows: T[] };

interface Recipient {
  tandem_id: string;
  name: string;
  email: string;
  locale: Locale;
  programme: string;
  contact: string;
}

/** Both members of the given tandems, with the programme's name and contact address (one query). */
async function membersOf(tx: Tx, ids: string[]): Promise<Recipient[]> {
  if (ids.length === 0) return [];
  const result = (await tx.execute(sql`
    SELECT t.id AS tandem_id, u.name, u.email, u.locale, pr.name AS programme, pr.contact_email AS contact
      FROM tandems t
      JOIN participations p ON p.id IN (t.mentee_participation_id, t.mentor_participation_id)
      JOIN users u ON u.id = p.user_id
      JOIN programmes pr ON pr.id = t.programme_id
     WHERE t.id IN (${sql.join(
       ids.map((id) => sql`${id}::uuid`),
       sql`, `,
     )})`)) as unknown as Rows<Recipient>;
  return result.rows;
}

async function remind(deps: ServiceDeps, mail: QueueMail, recipients: Recipient[]) {
  for (const r of recipients) {
    await mail(
      r.email,
      r.locale,
      {
        template: 'tandems.attention.reminder',
        subject: 'tandems.attention.mail.subject',
        paragraphs: [
          'tandems.attention.mail.body',
          'tandems.attention.mail.advice',
          'tandems.attention.mail.help',
          'tandems.attention.mail.confidential',
        ],
        action: { label: 'tandems.attention.mail.action', url: link(deps, tandemPath(r.tandem_id)) },
        vars: { name: r.name, programme: r.programme },
      },
      { replyTo: r.contact },
    );
  }
}

/**
 * The stalled-tandem sweep (hourly). Step one: a friendly reminder to both members of every tandem
 * without a meeting held or planned for the programme's reminder weeks. Step two: tandems still stalled
 * the programme's escalation weeks after that reminder go onto the coordinators' attention list. Each
 * step is one UPDATE over all tandems whose WHERE re-checks the row it locks, so sweeps running at the
 * same time on several instances claim every tandem once.
 */
export async function sweepStalledTandems(
  deps: ServiceDeps,
): Promise<{ reminded: number; escalated: number }> {
  const now = deps.clock().toISOString();
  return withMails(deps, async (tx, mail) => {
    const reminded = (await tx.execute(sql`
      WITH a AS (${activity(now)})
      UPDATE tandems t SET stall_reminded_at = ${now}::timestamptz
        FROM a, programmes p
       WHERE t.id = a.tandem_id AND p.id = t.programme_id AND t.status <> 'ended'
         AND NOT a.planned
         AND a.last_activity <= ${now}::timestamptz - make_interval(weeks => p.stall_reminder_weeks)
         AND (t.stall_reminded_at IS NULL OR t.stall_reminded_at < a.last_activity)
      RETURNING t.id`)) as unknown as Rows<{ id: string }>;
    await remind(
      deps,
      mail,
      await membersOf(
        tx,
        reminded.rows.map((r) => r.id),
      ),
    );
    const escalated = (await tx.execute(sql`
      WITH a AS (${activity(now)})
      UPDATE tandems t SET attention_at = ${now}::timestamptz
        FROM a, programmes p
       WHERE t.id = a.tandem_id AND p.id = t.programme_id AND t.status <> 'ended'
         AND NOT a.planned
         AND t.stall_reminded_at IS NOT NULL AND t.stall_reminded_at >= a.last_activity
         AND t.stall_reminded_at <= ${now}::timestamptz - make_interval(weeks => p.stall_escalation_weeks)
         AND (t.attention_at IS NULL OR t.attention_at < a.last_activity)
      RETURNING t.id`)) as unknown as Rows<{ id: string }>;
    return { reminded: reminded.rows.length, escalated: escalated.rows.length };
  });
}
