import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { TestClient, text } from '../../../test/helpers/client.ts';
import { createUser, loginAs, mailsTo, PASSWORD, TOTP_SECRET } from '../../../test/helpers/factories.ts';
import { currentTotp } from './index.ts';

const t = useTestApp();

async function passwordStep(email: string, ip: string) {
  const client = new TestClient(t.app, ip);
  const res = await client.post('/anmelden', { email, password: PASSWORD }, { tokenFrom: '/anmelden' });
  return { client, res };
}

describe('two-factor authentication', () => {
  it('lets a participant enrol with a code from the app and shows 10 recovery codes once', async () => {
    const user = await createUser(t.db, { email: 'zwei@example.org' });
    const client = await loginAs(t, user);
    const before = client.cookies.get('kt_session');
    const page = await client.get('/konto/2fa');
    const secret = /data-totp-secret="([A-Z2-7]+)"/.exec(page.body)![1]!;
    expect(page.body).toContain('src="data:image/png;base64,');

    const wrong = await client.post('/konto/2fa', { code: '000000' }, { tokenFrom: '/konto/2fa' });
    expect(wrong.statusCode).toBe(422);
    expect(text(wrong.body)).toContain('Der Code ist nicht richtig');
    // The same secret stays until the enrolment is confirmed.
    expect(wrong.body).toContain(`data-totp-secret="${secret}"`);

    const ok = await client.post(
      '/konto/2fa',
      { code: currentTotp(secret, t.clock.now()) },
      { tokenFrom: '/konto/2fa' },
    );
    expect(ok.statusCode).toBe(200);
    const codes = [...ok.body.matchAll(/<li><code>([0-9a-f]{5}-[0-9a-f]{5})<\/code><\/li>/g)].map(
      (m) => m[1]!,
    );
    expect(codes).toHaveLength(10);
    expect(client.cookies.get('kt_session')).not.toBe(before);
    expect(text((await client.get('/konto')).body)).toContain(
      'Die Zwei-Faktor-Authentisierung ist eingerichtet.',
    );
    expect((await mailsTo(t.db, 'zwei@example.org'))[0]?.subject).toBe(
      'Zwei-Faktor-Authentisierung eingerichtet',
    );

    // The next login asks for the second factor; a recovery code works once.
    const { client: next, res } = await passwordStep('zwei@example.org', '10.4.0.1');
    expect(res.headers.location).toMatch(/^\/anmelden\/2fa/);
    expect((await next.get('/konto')).statusCode).toBe(303);
    const viaCode = await next.post('/anmelden/2fa', { code: codes[0]! }, { tokenFrom: '/anmelden/2fa' });
    expect(viaCode.statusCode).toBe(303);
    expect((await next.get('/konto')).statusCode).toBe(200);

    const { client: again } = await passwordStep('zwei@example.org', '10.4.0.2');
    const reused = await again.post('/anmelden/2fa', { code: codes[0]! }, { tokenFrom: '/anmelden/2fa' });
    expect(reused.statusCode).toBe(422);
  });

  it('refuses a TOTP code that was already used (no replay)', async () => {
    const user = await createUser(t.db, { totp: true });
    t.clock.advance(30_000);
    const code = currentTotp(TOTP_SECRET, t.clock.now());
    const { client: first } = await passwordStep(user.email, '10.4.1.1');
    expect((await first.post('/anmelden/2fa', { code }, { tokenFrom: '/anmelden/2fa' })).statusCode).toBe(
      303,
    );
    const { client: second } = await passwordStep(user.email, '10.4.1.2');
    const replay = await second.post('/anmelden/2fa', { code }, { tokenFrom: '/anmelden/2fa' });
    expect(replay.statusCode).toBe(422);
    expect(text(replay.body)).toContain('Der Code ist nicht richtig oder abgelaufen');
  });

  it('rotates the session token between password step and full login', async () => {
    const user = await createUser(t.db, { totp: true });
    const { client } = await passwordStep(user.email, '10.4.2.1');
    const pending = client.cookies.get('kt_session');
    t.clock.advance(30_000);
    await client.post(
      '/anmelden/2fa',
      { code: currentTotp(TOTP_SECRET, t.clock.now()) },
      { tokenFrom: '/anmelden/2fa' },
    );
    expect(client.cookies.get('kt_session')).not.toBe(pending);
    const stale = new TestClient(t.app);
    stale.cookies.set('kt_session', pending!);
    expect((await stale.get('/anmelden/2fa')).statusCode).toBe(303);
  });

  it('lets participants switch 2FA off with their password, but not coordinators', async () => {
    const participant = await loginAs(t, await createUser(t.db, { totp: true }));
    const wrong = await participant.post(
      '/konto/2fa/deaktivieren',
      { disablePassword: 'falsch' },
      { tokenFrom: '/konto/2fa' },
    );
    expect(wrong.statusCode).toBe(422);
    const off = await participant.post(
      '/konto/2fa/deaktivieren',
      { disablePassword: PASSWORD },
      { tokenFrom: '/konto/2fa' },
    );
    expect(off.statusCode).toBe(303);
    expect(text((await participant.get('/konto')).body)).toContain('nicht eingerichtet');

    const coordinator = await loginAs(t, await createUser(t.db, { kind: 'coordinator' }));
    const page = await coordinator.get('/konto/2fa');
    expect(text(page.body)).toContain('kann nicht ausgeschaltet werden');
    const refused = await coordinator.post(
      '/konto/2fa/deaktivieren',
      { disablePassword: PASSWORD },
      { tokenFrom: '/konto/2fa' },
    );
    expect(refused.statusCode).toBe(422);
    expect(text((await coordinator.get('/konto')).body)).toContain('ist eingerichtet');
  });

  it('renews recovery codes with the password', async () => {
    const client = await loginAs(t, await createUser(t.db, { totp: true }));
    const res = await client.post(
      '/konto/2fa/wiederherstellungscodes',
      { currentPassword: PASSWORD },
      { tokenFrom: '/konto/2fa' },
    );
    expect(res.statusCode).toBe(200);
    expect([...res.body.matchAll(/<code>[0-9a-f]{5}-[0-9a-f]{5}<\/code>/g)]).toHaveLength(10);
    expect(text((await client.get('/konto/2fa')).body)).toContain('Unbenutzte Wiederherstellungscodes: 10');
  });

  describe('with a changed SESSION_SECRET', () => {
    const other = useTestApp({ config: { sessionSecret: 'another-secret-another-secret-another-1' } });

    it('answers an unreadable TOTP key with a wrong-code message, not an error', async () => {
      const user = await createUser(other.db, { totp: true });
      const client = new TestClient(other.app, '10.4.3.1');
      await client.post('/anmelden', { email: user.email, password: PASSWORD }, { tokenFrom: '/anmelden' });
      const res = await client.post(
        '/anmelden/2fa',
        { code: currentTotp(TOTP_SECRET, other.clock.now()) },
        { tokenFrom: '/anmelden/2fa' },
      );
      expect(res.statusCode).toBe(422);
      expect(text(res.body)).toContain('Der Code ist nicht richtig');
    });
  });
});
