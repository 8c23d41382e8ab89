import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/helpers/app.ts';
import { TestClient, text } from '../../test/helpers/client.ts';
import { createUser, PASSWORD } from '../../test/helpers/factories.ts';
import { limits } from './rate-limit.ts';

const t = useTestApp();

async function attempt(ip: string, email: string, password = 'falsches-passwort') {
  const client = new TestClient(t.app, ip);
  return client.post('/anmelden', { email, password }, { tokenFrom: '/anmelden' });
}

describe('login rate limits', () => {
  it('per address and IP: an attacker is stopped, the owner from elsewhere still signs in', async () => {
    const user = await createUser(t.db, { email: 'ziel@example.org' });
    const max = limits.loginPerAccountAndIp.max;
    for (let i = 1; i <= max; i++) {
      expect((await attempt('10.9.0.1', 'ziel@example.org')).statusCode).toBe(401);
    }
    // The attacker's address is refused, even with the right password.
    const blocked = await attempt('10.9.0.1', 'ziel@example.org', PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(text(blocked.body)).toContain(
      'Zu viele Versuche in kurzer Zeit. Bitte versuchen Sie es in 15 Minuten erneut.',
    );
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // The owner, from another IP, signs in with the right password; the attacker is still refused.
    expect((await attempt('10.9.0.2', user.email, PASSWORD)).statusCode).toBe(303);
    expect((await attempt('10.9.0.1', 'ziel@example.org')).statusCode).toBe(429);
    // The attacker's IP may still sign in to another account (its own, say).
    const other = await createUser(t.db);
    expect((await attempt('10.9.0.1', other.email, PASSWORD)).statusCode).toBe(303);

    t.clock.advance(limits.loginPerAccountAndIp.timeWindow + 1000);
    expect((await attempt('10.9.0.1', user.email, PASSWORD)).statusCode).toBe(303);
  });

  it('per address and IP: an unknown address gets the same answers as a known one', async () => {
    await createUser(t.db, { email: 'bekannt-limit@example.org' });
    const answers = async (ip: string, email: string) => {
      const seen: string[] = [];
      for (let i = 0; i <= limits.loginPerAccountAndIp.max + 1; i++) {
        const res = await attempt(ip, email);
        const page = text(res.body).replace(email, 'X');
        seen.push(`${res.statusCode} ${res.headers['retry-after'] ?? ''} ${page}`);
      }
      return seen;
    };
    const known = await answers('10.9.3.1', 'bekannt-limit@example.org');
    const unknown = await answers('10.9.3.2', 'unbekannt-limit@example.org');
    expect(known.map((a) => a.slice(0, 3))).toEqual(['401', '401', '401', '401', '401', '429', '429']);
    expect(unknown).toEqual(known);
  });

  it('per address from anywhere: many failures only slow the attempts down, the owner still signs in', async () => {
    const user = await createUser(t.db);
    const { max, delayMs } = limits.loginPerAccountSlowdown;
    for (let i = 1; i <= max; i++) {
      expect((await attempt(`10.9.4.${i}`, user.email)).statusCode).toBe(401);
    }
    const client = new TestClient(t.app, '10.9.5.1');
    const token = await client.token('/anmelden');
    const start = performance.now();
    const res = await client.post('/anmelden', { email: user.email, password: PASSWORD }, { csrf: token });
    expect(res.statusCode).toBe(303);
    expect(performance.now() - start).toBeGreaterThanOrEqual(delayMs - 50);
  });

  it('per account: successful logins do not use the limit up', async () => {
    const user = await createUser(t.db);
    for (let i = 1; i <= limits.loginPerAccountAndIp.max + 2; i++) {
      expect((await attempt(`10.9.2.${i}`, user.email, PASSWORD)).statusCode).toBe(303);
    }
  });

  it('per IP: one address trying many accounts is stopped', async () => {
    const max = limits.loginPerIp.max;
    for (let i = 1; i <= max; i++) {
      expect((await attempt('10.8.0.1', `niemand${i}@example.org`)).statusCode).toBe(401);
    }
    expect((await attempt('10.8.0.1', 'noch-jemand@example.org')).statusCode).toBe(429);
    expect((await attempt('10.8.0.2', 'noch-jemand@example.org')).statusCode).toBe(401);
    t.clock.advance(limits.loginPerIp.timeWindow + 1000);
    expect((await attempt('10.8.0.1', 'noch-jemand@example.org')).statusCode).toBe(401);
  });

  it('limits public forms that send mail per IP', async () => {
    const client = new TestClient(t.app, '10.7.0.1');
    for (let i = 1; i <= limits.forms.max; i++) {
      const res = await client.post(
        '/passwort-vergessen',
        { email: `x${i}@example.org` },
        { tokenFrom: '/passwort-vergessen' },
      );
      expect(res.statusCode).toBe(303);
    }
    const blocked = await client.post(
      '/passwort-vergessen',
      { email: 'y@example.org' },
      { tokenFrom: '/passwort-vergessen' },
    );
    expect(blocked.statusCode).toBe(429);
    expect(text(blocked.body)).toContain('Zu viele Versuche');
  });
});
