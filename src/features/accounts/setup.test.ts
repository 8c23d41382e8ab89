import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testConfig, useTestApp } from '../../../test/helpers/app.ts';
import { TestClient, text } from '../../../test/helpers/client.ts';
import { mailsTo, PASSWORD } from '../../../test/helpers/factories.ts';
import { auditEvents, users } from '../../db/schema/index.ts';
import { createAdminByCli, grantCoordinator, issueSetupLinkIfNoAdmin } from './index.ts';

const t = useTestApp();

const deps = () => ({
  config: testConfig(),
  database: { db: t.db } as never,
  jobs: null,
  clock: t.clock.now,
});

describe('first administrator', () => {
  it('creates the first admin through the one-time setup link, then requires 2FA', async () => {
    const link = await issueSetupLinkIfNoAdmin(deps());
    expect(link).toMatch(/^http:\/\/localhost:3000\/einrichtung\?token=/);
    const path = new URL(link!).pathname + new URL(link!).search;
    const token = new URL(link!).searchParams.get('token')!;
    const client = new TestClient(t.app);
    expect(text((await client.get(path)).body)).toContain('klimatandem einrichten');

    const bad = await client.post(
      '/einrichtung',
      { token, name: '', email: 'admin@example.org', password: PASSWORD },
      { tokenFrom: path },
    );
    expect(bad.statusCode).toBe(422);
    expect(text(bad.body)).toContain('Bitte geben Sie Ihren Namen ein.');

    const ok = await client.post(
      '/einrichtung',
      { token, name: 'Ada Admin', email: 'admin@example.org', password: PASSWORD },
      { tokenFrom: path },
    );
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/konto/2fa');
    const [admin] = await t.db.select().from(users).where(eq(users.email, 'admin@example.org'));
    expect(admin?.role).toBe('admin');
    // Before the second factor, the administration is closed.
    const blocked = await client.get('/verwaltung/seiten');
    expect(blocked.headers.location).toBe('/konto/2fa');

    // The link works once; with an admin in place, no new link is issued.
    const reuse = await new TestClient(t.app).get(path);
    expect(reuse.statusCode).toBe(400);
    expect(await issueSetupLinkIfNoAdmin(deps())).toBeNull();
  });

  it('create-admin makes an admin without a password on the console and mails a link to set one', async () => {
    const { url } = await createAdminByCli(deps(), 'cli-admin@example.org', 'Clara CLI');
    expect(url).toMatch(/\/passwort-vergessen\/neu\?token=/);
    const [mail] = await mailsTo(t.db, 'cli-admin@example.org');
    expect(mail?.subject).toBe('Ihr Administrationskonto bei klimatandem');
    const [user] = await t.db.select().from(users).where(eq(users.email, 'cli-admin@example.org'));
    expect(user?.role).toBe('admin');
    expect(user?.passwordHash).toBeNull();
  });

  it('grant-coordinator records the role change and ends the person’s sessions', async () => {
    const signup = new TestClient(t.app, '10.5.0.1');
    await signup.post(
      '/konto/erstellen',
      { name: 'Kora', email: 'kora@example.org', password: PASSWORD },
      { tokenFrom: '/konto/erstellen' },
    );
    expect(await grantCoordinator(deps(), 'kora@example.org', 'klimaschutz')).toBe('ok');
    expect(await grantCoordinator(deps(), 'niemand@example.org', 'klimaschutz')).toBe('no-user');
    expect(await grantCoordinator(deps(), 'kora@example.org', 'gibt-es-nicht')).toBe('no-programme');
    const [user] = await t.db.select().from(users).where(eq(users.email, 'kora@example.org'));
    const events = await t.db.select().from(auditEvents).where(eq(auditEvents.userId, user!.id));
    expect(events.map((e) => e.kind)).toContain('role_changed');
  });
});
