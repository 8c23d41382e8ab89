import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { TestClient, text } from '../../../test/helpers/client.ts';
import { createUser, linkIn, loginAs, mailsTo, PASSWORD } from '../../../test/helpers/factories.ts';
import { queuedJobs } from '../../../test/support/accounts.ts';
import { auditEvents, tokens } from '../../db/schema/index.ts';

const t = useTestApp();
let jobs: ReturnType<typeof queuedJobs>;
beforeAll(async () => {
  jobs = queuedJobs(t);
});

const tokenOf = (path: string) => new URL(path, 'http://x').searchParams.get('token')!;

/** Asks for a reset link; the queued job has not run yet. */
async function askForReset(email: string, ip = '10.3.0.1') {
  const res = await new TestClient(t.app, ip).post(
    '/passwort-vergessen',
    { email },
    { tokenFrom: '/passwort-vergessen' },
  );
  expect(res.statusCode).toBe(303);
  expect(res.headers.location).toBe('/passwort-vergessen/gesendet');
  return res;
}

/** Asks for a reset link, and the worker runs the job. */
async function requestReset(email: string, ip = '10.3.0.1') {
  const res = await askForReset(email, ip);
  await jobs.run();
  return res;
}

describe('password reset', () => {
  it('resets with a single-use link, ends every session and tells the owner', async () => {
    const user = await createUser(t.db, { email: 'reset@example.org' });
    const elsewhere = await loginAs(t, user);
    await requestReset('reset@example.org');
    const [mail] = await mailsTo(t.db, 'reset@example.org');
    expect(mail?.subject).toBe('Neues Passwort festlegen');
    const link = linkIn(mail!.text, '/passwort-vergessen/neu?token=');
    // Only the hash is stored.
    const stored = await t.db.select().from(tokens).where(eq(tokens.userId, user.id));
    expect(JSON.stringify(stored)).not.toContain(tokenOf(link));

    const client = new TestClient(t.app, '10.3.0.2');
    expect((await client.get(link)).statusCode).toBe(200);
    const done = await client.post(
      '/passwort-vergessen/neu',
      { token: tokenOf(link), password: 'Ein-ganz-neues-Passwort' },
      { tokenFrom: link },
    );
    expect(done.statusCode).toBe(303);
    expect(text((await client.get('/anmelden')).body)).toContain('Ihr neues Passwort ist gespeichert');

    expect((await elsewhere.get('/konto')).statusCode).toBe(303);
    const [notice] = await mailsTo(t.db, 'reset@example.org');
    expect(notice?.subject).toBe('Ihr Passwort wurde zurückgesetzt');

    const reuse = await client.post(
      '/passwort-vergessen/neu',
      { token: tokenOf(link), password: 'Noch-ein-anderes-Passwort' },
      { tokenFrom: '/' },
    );
    expect(reuse.statusCode).toBe(400);
    expect(text(reuse.body)).toContain('abgelaufen oder wurde schon verwendet');

    const oldPassword = await new TestClient(t.app, '10.3.0.3').post(
      '/anmelden',
      { email: user.email, password: PASSWORD },
      { tokenFrom: '/anmelden' },
    );
    expect(oldPassword.statusCode).toBe(401);
    const newPassword = await new TestClient(t.app, '10.3.0.4').post(
      '/anmelden',
      { email: user.email, password: 'Ein-ganz-neues-Passwort' },
      { tokenFrom: '/anmelden' },
    );
    expect(newPassword.statusCode).toBe(303);
    const kinds = (await t.db.select().from(auditEvents).where(eq(auditEvents.userId, user.id))).map(
      (e) => e.kind,
    );
    expect(kinds).toContain('password_reset');
  });

  it('refuses a link after one hour', async () => {
    await createUser(t.db, { email: 'spaet@example.org' });
    await requestReset('spaet@example.org', '10.3.1.1');
    const [mail] = await mailsTo(t.db, 'spaet@example.org');
    const link = linkIn(mail!.text, '/passwort-vergessen/neu?token=');
    t.clock.advance(60 * 60_000 + 1000);
    const client = new TestClient(t.app, '10.3.1.2');
    expect((await client.get(link)).statusCode).toBe(400);
    const res = await client.post(
      '/passwort-vergessen/neu',
      { token: tokenOf(link), password: 'Ein-ganz-neues-Passwort' },
      { tokenFrom: '/' },
    );
    expect(res.statusCode).toBe(400);
  });

  it('answers the same for unknown addresses, looks nothing up while answering, and mails only the owner', async () => {
    const known = await createUser(t.db, { email: 'gleich@example.org' });
    const a = await askForReset(known.email, '10.3.2.1');
    const b = await askForReset('gibt-es-nicht@example.org', '10.3.2.2');
    expect(a.body).toBe(b.body);
    expect(a.headers.location).toBe(b.headers.location);
    // The answer only queued a job, with nothing but the address: the same work for either address.
    expect(jobs.accountRequests()).toEqual([
      { kind: 'password_reset', email: 'gleich@example.org', ip: '10.3.2.1' },
      { kind: 'password_reset', email: 'gibt-es-nicht@example.org', ip: '10.3.2.2' },
    ]);
    expect(await mailsTo(t.db, known.email)).toHaveLength(0);
    expect(await t.db.select().from(tokens).where(eq(tokens.userId, known.id))).toHaveLength(0);

    await jobs.run();
    const [mail] = await mailsTo(t.db, known.email);
    expect(mail?.subject).toBe('Neues Passwort festlegen');
    expect(await mailsTo(t.db, 'gibt-es-nicht@example.org')).toHaveLength(0);
  });

  it('keeps the token on a too-short new password and explains why', async () => {
    await createUser(t.db, { email: 'kurz@example.org' });
    await requestReset('kurz@example.org', '10.3.3.1');
    const [mail] = await mailsTo(t.db, 'kurz@example.org');
    const link = linkIn(mail!.text, '/passwort-vergessen/neu?token=');
    const client = new TestClient(t.app, '10.3.3.2');
    const res = await client.post(
      '/passwort-vergessen/neu',
      { token: tokenOf(link), password: 'kurz' },
      { tokenFrom: link },
    );
    expect(res.statusCode).toBe(422);
    expect(text(res.body)).toContain('mindestens 8 Zeichen');
    expect(res.body).toContain(`name="token" value="${tokenOf(link)}"`);
  });
});

describe('changing password and email in the account', () => {
  it('changes the password with the current one, keeps this session, ends the others', async () => {
    const user = await createUser(t.db);
    const here = await loginAs(t, user);
    const there = await loginAs(t, user);
    const wrong = await here.post(
      '/konto/passwort',
      { currentPassword: 'falsch', password: 'Neues-Passwort-123' },
      { tokenFrom: '/konto' },
    );
    expect(wrong.statusCode).toBe(422);
    expect(text(wrong.body)).toContain('Das aktuelle Passwort ist nicht richtig.');
    const ok = await here.post(
      '/konto/passwort',
      { currentPassword: PASSWORD, password: 'Neues-Passwort-123' },
      { tokenFrom: '/konto' },
    );
    expect(ok.statusCode).toBe(303);
    expect(text((await here.get('/konto')).body)).toContain('Ihr Passwort ist geändert');
    expect((await there.get('/konto')).statusCode).toBe(303);
    const [mail] = await mailsTo(t.db, user.email);
    expect(mail?.subject).toBe('Ihr Passwort wurde geändert');
  });

  it('changes the email only after confirmation at the new address, and tells the old one', async () => {
    const user = await createUser(t.db, { email: 'alt@example.org' });
    const client = await loginAs(t, user);
    const res = await client.post(
      '/konto/email',
      { email: 'Neu@Example.org', emailCurrentPassword: PASSWORD },
      { tokenFrom: '/konto' },
    );
    expect(res.statusCode).toBe(303);
    await jobs.run();
    expect(text((await client.get('/konto')).body)).toContain('alt@example.org');
    const [mail] = await mailsTo(t.db, 'neu@example.org');
    const link = linkIn(mail!.text, '/konto/email/bestaetigen?token=');
    const confirm = await client.post(
      '/konto/email/bestaetigen',
      { token: tokenOf(link) },
      { tokenFrom: link },
    );
    expect(confirm.statusCode).toBe(303);
    expect(text((await client.get('/konto')).body)).toContain('neu@example.org');
    const [notice] = await mailsTo(t.db, 'alt@example.org');
    expect(notice?.subject).toBe('Ihre E-Mail-Adresse wurde geändert');
  });

  it('does not reveal whether the new address is taken, not even by the time the answer takes', async () => {
    await createUser(t.db, { email: 'vergeben@example.org' });
    const user = await createUser(t.db);
    const client = await loginAs(t, user);
    const change = (email: string) =>
      client.post('/konto/email', { email, emailCurrentPassword: PASSWORD }, { tokenFrom: '/konto' });
    const taken = await change('vergeben@example.org');
    const free = await change('frei@example.org');
    expect(taken.statusCode).toBe(303);
    expect(free.statusCode).toBe(303);
    expect(taken.headers.location).toBe(free.headers.location);
    // Both answers only queued a job; nobody has been mailed yet.
    expect(jobs.accountRequests()).toEqual([
      { kind: 'email_change', userId: user.id, email: 'vergeben@example.org', ip: '127.0.0.1' },
      { kind: 'email_change', userId: user.id, email: 'frei@example.org', ip: '127.0.0.1' },
    ]);
    expect(await mailsTo(t.db, 'frei@example.org')).toHaveLength(0);

    await jobs.run();
    expect(await mailsTo(t.db, 'vergeben@example.org')).toHaveLength(0);
    const [mail] = await mailsTo(t.db, 'frei@example.org');
    expect(mail?.subject).toBe('Bitte bestätigen Sie Ihre neue E-Mail-Adresse');
  });
});
