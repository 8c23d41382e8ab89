import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { TestClient } from '../../../test/helpers/client.ts';
import { createUser, linkIn, mailsTo } from '../../../test/helpers/factories.ts';
import { queuedJobs } from '../../../test/support/accounts.ts';
import { startJobs } from '../../jobs/index.ts';
import { accountJobs } from './jobs.ts';
import { ACCOUNT_MAIL_QUEUE } from './service/mail-requests.ts';

const t = useTestApp();

const post = (ip: string, url: string, email: string) =>
  new TestClient(t.app, ip).post(url, { email }, { tokenFrom: url });

describe('requests that depend on whether an address has an account', () => {
  it('resending the verification link: the same answer and job for any address, the link only to an unverified account', async () => {
    const jobs = queuedJobs(t);
    const unverified = await createUser(t.db, { email: 'unbestaetigt@example.org', verified: false });
    await createUser(t.db, { email: 'bestaetigt@example.org' });
    const url = '/konto/bestaetigen/erneut';
    const answers = [
      await post('10.40.0.1', url, unverified.email),
      await post('10.40.0.2', url, 'bestaetigt@example.org'),
      await post('10.40.0.3', url, 'niemand-erneut@example.org'),
    ];
    for (const res of answers) {
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe('/konto/erstellen/gesendet');
    }
    expect(jobs.accountRequests()).toEqual([
      { kind: 'resend_verification', email: 'unbestaetigt@example.org' },
      { kind: 'resend_verification', email: 'bestaetigt@example.org' },
      { kind: 'resend_verification', email: 'niemand-erneut@example.org' },
    ]);
    expect(await mailsTo(t.db, unverified.email)).toHaveLength(0);

    await jobs.run();
    const [mail] = await mailsTo(t.db, unverified.email);
    expect(mail?.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
    expect(linkIn(mail!.text, '/konto/bestaetigen?token=')).toContain('token=');
    expect(await mailsTo(t.db, 'bestaetigt@example.org')).toHaveLength(0);
    expect(await mailsTo(t.db, 'niemand-erneut@example.org')).toHaveLength(0);
  });

  it('go through pg-boss: a job row for a known and an unknown address alike, and the mail arrives', async () => {
    const user = await createUser(t.db, { email: 'boss-reset@example.org' });
    const jobs = await startJobs(t.app.deps.database, accountJobs(t.app.deps), t.app.log, {
      pollingIntervalSeconds: 0.5,
    });
    t.app.deps.jobs = jobs;
    try {
      const known = await post('10.40.1.1', '/passwort-vergessen', user.email);
      const unknown = await post('10.40.1.2', '/passwort-vergessen', 'boss-niemand@example.org');
      expect(known.headers.location).toBe('/passwort-vergessen/gesendet');
      expect(unknown.headers.location).toBe('/passwort-vergessen/gesendet');

      const deadline = Date.now() + 15_000;
      while ((await mailsTo(t.db, user.email)).length === 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
      }
      const [mail] = await mailsTo(t.db, user.email);
      expect(mail?.subject).toBe('Neues Passwort festlegen');
      expect(await mailsTo(t.db, 'boss-niemand@example.org')).toHaveLength(0);

      const rows = await t.app.deps.database.execute(
        `SELECT data->>'email' AS email FROM pgboss.job WHERE name = $1
         UNION ALL SELECT data->>'email' FROM pgboss.archive WHERE name = $1`,
        [ACCOUNT_MAIL_QUEUE],
      );
      const emails = rows.rows.map((r) => r.email).sort();
      expect(emails).toEqual(['boss-niemand@example.org', 'boss-reset@example.org']);
    } finally {
      await jobs.stop();
      t.app.deps.jobs = null;
    }
  });
});
