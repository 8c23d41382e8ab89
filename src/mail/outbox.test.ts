import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database.ts';
import { outbox } from '../db/schema/index.ts';
import { platformJobs } from '../jobs/handlers.ts';
import { startJobs } from '../jobs/index.ts';
import { deliverMail, enqueueMail, smtpTransport } from './outbox.ts';
import { smtpPeer } from './smtp-peer.testing.ts';

const silent = { warn: () => {}, error: () => {}, info: () => {} } as never;
const content = {
  template: 'test',
  subject: 'mail.verify.subject' as const,
  paragraphs: ['mail.verify.body' as const],
  action: { label: 'mail.verify.action' as const, url: 'http://localhost:3000/konto/bestaetigen?token=abc' },
  vars: { name: 'Ute Umlaut' },
};

let tdb: TestDatabase;
let smtp: Awaited<ReturnType<typeof smtpPeer>>;
beforeAll(async () => {
  tdb = await createTestDatabase();
  smtp = await smtpPeer();
});
afterAll(async () => {
  await smtp.close();
  await tdb.drop();
});

describe('mail delivery', () => {
  it('sends a mail with a plain-text and an HTML part over SMTP and marks it sent', async () => {
    const db = tdb.database.db;
    const id = await enqueueMail(db, 'ute@example.org', 'de', content);
    const result = await deliverMail(db, id, {
      transport: smtpTransport(smtp.url),
      from: 'klimatandem <noreply@example.org>',
      log: silent,
    });
    expect(result).toBe('sent');
    const mail = smtp.received.at(-1)!;
    expect(mail.to).toEqual(['ute@example.org']);
    expect(mail.raw).toMatch(/Content-Type: multipart\/alternative/);
    expect(mail.raw).toMatch(/Content-Type: text\/plain; charset=utf-8/);
    expect(mail.raw).toMatch(/Content-Type: text\/html; charset=utf-8/);
    const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
    expect(row?.status).toBe('sent');
    // A second run does not send it again.
    expect(
      await deliverMail(db, id, {
        transport: smtpTransport(smtp.url),
        from: 'x <x@example.org>',
        log: silent,
      }),
    ).toBe('skipped');
  });

  it('carries extra header lines (List-Unsubscribe, RFC 8058) to SMTP, and refuses one that would add a line', async () => {
    const db = tdb.database.db;
    const url = 'http://localhost:3000/benachrichtigungen/abbestellen?token=abc.austausch.xyz';
    const id = await enqueueMail(db, 'headers@example.org', 'de', content, {
      headers: { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    });
    const options = { transport: smtpTransport(smtp.url), from: 'x <x@example.org>', log: silent };
    expect(await deliverMail(db, id, options)).toBe('sent');
    const mail = smtp.received.find((m) => m.to.includes('headers@example.org'))!;
    const head = mail.raw.split('\r\n\r\n')[0]!.replace(/\r\n[ \t]+/g, ' ');
    expect(head).toContain(`List-Unsubscribe: <${url}>`);
    expect(head).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    // A mail without extra headers has none of them.
    const plain = await enqueueMail(db, 'plain@example.org', 'de', content);
    await deliverMail(db, plain, options);
    expect(smtp.received.find((m) => m.to.includes('plain@example.org'))!.raw).not.toContain(
      'List-Unsubscribe',
    );
    await expect(
      enqueueMail(db, 'bad@example.org', 'de', content, {
        headers: { 'X-Test': 'a\r\nBcc: evil@example.org' },
      }),
    ).rejects.toThrow(/bad mail header/);
  });

  it('keeps a refused mail pending for the retry, and marks it failed after the last attempt', async () => {
    const db = tdb.database.db;
    const id = await enqueueMail(db, 'retry@example.org', 'en', content);
    smtp.state.refuse = 2;
    const options = { transport: smtpTransport(smtp.url), from: 'x <x@example.org>', log: silent };
    await expect(deliverMail(db, id, options)).rejects.toThrow();
    let [row] = await db.select().from(outbox).where(eq(outbox.id, id));
    expect(row?.status).toBe('pending');
    expect(row?.attempts).toBe(1);
    expect(row?.lastError).toMatch(/Try again later/);
    expect(await deliverMail(db, id, { ...options, final: true })).toBe('failed');
    [row] = await db.select().from(outbox).where(eq(outbox.id, id));
    expect(row?.status).toBe('failed');
  });

  it('writes the mail to the log, clearly marked, when no SMTP_URL is set, and keeps it in the outbox', async () => {
    const db = tdb.database.db;
    const id = await enqueueMail(db, 'log@example.org', 'de', content);
    const lines: string[] = [];
    const log = { warn: (_o: unknown, msg: string) => lines.push(msg) } as never;
    expect(await deliverMail(db, id, { transport: null, from: 'x <x@example.org>', log })).toBe('logged');
    expect(lines.join('\n')).toContain('E-MAIL NICHT VERSENDET (SMTP_URL ist nicht gesetzt)');
    expect(lines.join('\n')).toContain('An: log@example.org');
    const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
    expect(row?.status).toBe('logged');
  });

  it('renders in the recipient’s language', async () => {
    const db = tdb.database.db;
    const id = await enqueueMail(db, 'en@example.org', 'en', content);
    const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
    expect(row?.locale).toBe('en');
    expect(row?.subject).not.toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
  });

  it('delivers through a pg-boss job on this database driver', async () => {
    const db = tdb.database.db;
    const id = await enqueueMail(db, 'job@example.org', 'de', content);
    const config = { smtpUrl: smtp.url, mailFrom: 'klimatandem <noreply@example.org>' } as never;
    const deps = { config, database: tdb.database, clock: () => new Date() };
    const jobs = await startJobs(
      tdb.database,
      platformJobs(deps, silent, async () => {}),
      silent,
      { pollingIntervalSeconds: 0.5 },
    );
    try {
      await jobs.send('mail.deliver', { id });
      const deadline = Date.now() + 15_000;
      let status = 'pending';
      while (status !== 'sent' && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        [{ status }] = (await db.select({ status: outbox.status }).from(outbox).where(eq(outbox.id, id))) as [
          { status: string },
        ];
      }
      expect(status).toBe('sent');
      expect(smtp.received.some((m) => m.to.includes('job@example.org'))).toBe(true);
    } finally {
      await jobs.stop();
    }
  });
});
