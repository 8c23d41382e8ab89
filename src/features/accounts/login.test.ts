import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { TestClient, text } from '../../../test/helpers/client.ts';
import { createUser, loginAs, PASSWORD } from '../../../test/helpers/factories.ts';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../../platform/session.ts';

const t = useTestApp();

const stripTokens = (html: string) => html.replace(/name="_csrf" value="[^"]+"/g, '');

describe('login and sessions', () => {
  it('logs in, shows the account, logs out, and the old session token is dead', async () => {
    const user = await createUser(t.db, { email: 'lena@example.org' });
    const client = await loginAs(t, user);
    const token = client.cookies.get('kt_session');
    expect(token).toBeTruthy();
    expect(text((await client.get('/konto')).body)).toContain('lena@example.org');

    const out = await client.post('/abmelden', {}, { tokenFrom: '/konto' });
    expect(out.statusCode).toBe(303);
    expect(text((await client.get('/')).body)).toContain('Sie sind abgemeldet.');

    const replay = new TestClient(t.app);
    replay.cookies.set('kt_session', token!);
    const res = await replay.get('/konto');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/anmelden?weiter=%2Fkonto');
  });

  it('issues a new session token at every login', async () => {
    const user = await createUser(t.db);
    const a = await loginAs(t, user);
    const b = await loginAs(t, user);
    expect(a.cookies.get('kt_session')).not.toBe(b.cookies.get('kt_session'));
  });

  it('sets the session cookie HttpOnly and SameSite=Lax, without Secure on plain http', async () => {
    const user = await createUser(t.db);
    const client = new TestClient(t.app);
    const res = await client.post(
      '/anmelden',
      { email: user.email, password: PASSWORD },
      { tokenFrom: '/anmelden' },
    );
    const cookie = String(res.headers['set-cookie'])
      .split(/,(?=\s*kt_)/)
      .find((c) => c.includes('kt_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('answers an unknown address and a wrong password the same way', async () => {
    await createUser(t.db, { email: 'bekannt-login@example.org' });
    const known = await new TestClient(t.app, '10.1.0.1').post(
      '/anmelden',
      { email: 'bekannt-login@example.org', password: 'falsch-falsch' },
      { tokenFrom: '/anmelden' },
    );
    const unknown = await new TestClient(t.app, '10.1.0.2').post(
      '/anmelden',
      { email: 'niemand@example.org', password: 'falsch-falsch' },
      { tokenFrom: '/anmelden' },
    );
    expect(known.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(text(known.body)).toContain('E-Mail-Adresse oder Passwort ist nicht richtig.');
    expect(stripTokens(known.body).replace('bekannt-login@example.org', 'X')).toBe(
      stripTokens(unknown.body).replace('niemand@example.org', 'X'),
    );
  });

  it('takes similar time for an unknown address and a wrong password', async () => {
    await createUser(t.db, { email: 'zeit@example.org' });
    const time = async (email: string, i: number) => {
      const client = new TestClient(t.app, `10.2.${i}.1`);
      const token = await client.token('/anmelden');
      const start = performance.now();
      await client.post('/anmelden', { email, password: 'falsch-falsch' }, { csrf: token });
      return performance.now() - start;
    };
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      known.push(await time('zeit@example.org', i));
      unknown.push(await time(`niemand${i}@example.org`, i + 10));
    }
    // Both verify an Argon2id hash (unknown addresses against a dummy one): a missing hash would be
    // several times faster, not within a factor of two.
    expect(median(unknown) / median(known)).toBeGreaterThan(0.5);
    expect(median(unknown) / median(known)).toBeLessThan(2);
  });

  it('ends a session after the idle timeout and after the absolute lifetime', async () => {
    const user = await createUser(t.db);
    const idle = await loginAs(t, user);
    t.clock.advance(SESSION_IDLE_MS + 1000);
    expect((await idle.get('/konto')).statusCode).toBe(303);

    const busy = await loginAs(t, user);
    // Active every 50 minutes: never idle, but the absolute lifetime still ends it.
    for (let elapsed = 0; elapsed < SESSION_ABSOLUTE_MS - 60 * 60_000; elapsed += 50 * 60_000) {
      t.clock.advance(50 * 60_000);
      expect((await busy.get('/konto')).statusCode).toBe(200);
    }
    t.clock.advance(2 * 60 * 60_000);
    expect((await busy.get('/konto')).statusCode).toBe(303);
  });

  it('returns to the page asked for after login, but never to another site', async () => {
    const user = await createUser(t.db);
    const client = new TestClient(t.app);
    const page = await client.get('/anmelden?weiter=%2Fkonto');
    expect(page.body).toContain('name="weiter" value="/konto"');
    const res = await client.post(
      '/anmelden',
      { email: user.email, password: PASSWORD, weiter: '//evil.example' },
      { tokenFrom: '/anmelden' },
    );
    expect(res.headers.location).toBe('/konto');
  });

  it('sends a coordinator without a second factor straight to its setup after login', async () => {
    const coordinator = await createUser(t.db, { kind: 'coordinator', totp: false });
    const client = new TestClient(t.app);
    const res = await client.post(
      '/anmelden',
      { email: coordinator.email, password: PASSWORD },
      { tokenFrom: '/anmelden' },
    );
    expect(res.headers.location).toBe('/konto/2fa');
    expect(text((await client.get('/konto/2fa')).body)).toContain(
      'Für Koordination und Administration ist die Zwei-Faktor-Authentisierung vorgeschrieben',
    );
  });

  it('signs out on all devices', async () => {
    const user = await createUser(t.db);
    const laptop = await loginAs(t, user);
    const office = await loginAs(t, user);
    const res = await laptop.post('/konto/abmelden-ueberall', {}, { tokenFrom: '/konto' });
    expect(res.headers.location).toBe('/anmelden');
    expect((await office.get('/konto')).statusCode).toBe(303);
    expect((await laptop.get('/konto')).statusCode).toBe(303);
  });
});

describe('cookies under https', () => {
  const https = useTestApp({ config: { baseUrl: new URL('https://mentoring.example.de') } });

  it('uses the __Host- prefix and Secure when BASE_URL is https', async () => {
    const user = await createUser(https.db);
    const client = new TestClient(https.app);
    const page = await client.get('/anmelden');
    expect(String(page.headers['set-cookie'])).toMatch(
      /__Host-kt_csrf=[^;]+; Path=\/; HttpOnly; Secure; SameSite=Lax/,
    );
    expect(page.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    const res = await client.post(
      '/anmelden',
      { email: user.email, password: PASSWORD },
      { csrf: client.lastToken! },
    );
    expect(res.statusCode).toBe(303);
    expect(String(res.headers['set-cookie'])).toMatch(
      /__Host-kt_session=[^;]+;.*Path=\/;.*HttpOnly;.*Secure;.*SameSite=Lax/,
    );
  });
});
