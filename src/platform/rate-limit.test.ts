import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/app.ts';
import { TestClient, text } from '../../test/helpers/client.ts';
import { createUser, PASSWORD } from '../../test/helpers/factories.ts';
import { limits } from './rate-limit.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function attempt(ip: string, email: string, password = 'falsches-passwort') {
  const client = new TestClient(t.app, ip);
  return client.post('/anmelden', { email, password }, { tokenFrom: '/anmelden' });
}

describe('login rate limits', () => {
  it('per account: below and at the limit answer normally, above it 429 in German, after the window again', async () => {
    const user = await createUser(t.db, { email: 'ziel@example.org' });
    const max = limits.loginPerAccount.max;
    // Each attempt from another IP: only the per-account limit applies.
    for (let i = 1; i <= max; i++) {
      expect((await attempt(`10.9.0.${i}`, 'ziel@example.org')).statusCode).toBe(401);
    }
    const blocked = await attempt('10.9.1.1', 'ziel@example.org', PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(text(blocked.body)).toContain(
      'Zu viele Versuche in kurzer Zeit. Bitte versuchen Sie es in 15 Minute(n) erneut.',
    );
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Another account is not affected.
    const other = await createUser(t.db);
    expect((await attempt('10.9.1.2', other.email, PASSWORD)).statusCode).toBe(303);

    t.clock.advance(limits.loginPerAccount.timeWindow + 1000);
    const after = await attempt('10.9.1.3', user.email, PASSWORD);
    expect(after.statusCode).toBe(303);
  });

  it('per account: successful logins do not use the limit up', async () => {
    const user = await createUser(t.db);
    for (let i = 1; i <= limits.loginPerAccount.max + 2; i++) {
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
