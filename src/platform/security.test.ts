import { describe, expect, it } from 'vitest';
import { matrix } from '../../test/authz-matrix.ts';
import { useTestApp } from '../../test/helpers/app.ts';
import { TestClient, text } from '../../test/helpers/client.ts';
import { createUser, loginAs } from '../../test/helpers/factories.ts';

const t = useTestApp({ config: { mode: 'development' } });

describe('CSRF protection', () => {
  it('refuses a state change without a token, with a wrong one, and with another session’s token', async () => {
    const alice = await loginAs(t, await createUser(t.db, { name: 'Alice' }));
    const bob = await loginAs(t, await createUser(t.db, { name: 'Bob' }));
    const aliceToken = await alice.token('/konto');

    const missing = await bob.post('/konto/abmelden-ueberall', {}, { csrf: false });
    expect(missing.statusCode).toBe(403);
    expect(text(missing.body)).toContain('Das Formular ist abgelaufen');

    const wrong = await bob.post('/konto/abmelden-ueberall', {}, { csrf: 'abc.def' });
    expect(wrong.statusCode).toBe(403);

    const foreign = await bob.post('/konto/abmelden-ueberall', {}, { csrf: aliceToken });
    expect(foreign.statusCode).toBe(403);

    // Bob is still signed in: none of the refused requests changed anything.
    expect((await bob.get('/konto')).statusCode).toBe(200);
    const own = await bob.post('/konto/abmelden-ueberall', {}, { tokenFrom: '/konto' });
    expect(own.statusCode).toBe(303);
  });

  it('does not accept a token issued before login once the session exists', async () => {
    const user = await createUser(t.db);
    const client = new TestClient(t.app);
    const anonymousToken = await client.token('/anmelden');
    const signedIn = await loginAs(t, user);
    client.cookies = new Map(signedIn.cookies);
    const res = await client.post('/konto/abmelden-ueberall', {}, { csrf: anonymousToken });
    expect(res.statusCode).toBe(403);
  });
});

describe('security headers', () => {
  const getRoutes = Object.entries(matrix)
    .filter(([route]) => route.startsWith('GET '))
    .map(([route, row]) => row.url ?? route.slice(4));

  it.each(getRoutes)('GET %s sends CSP, nosniff, referrer policy and frame denial', async (url) => {
    const res = await new TestClient(t.app).get(url);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    if (String(res.headers['content-type']).startsWith('text/html')) {
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('keeps personal pages out of caches and never puts inline script on a page', async () => {
    const client = await loginAs(t, await createUser(t.db));
    const res = await client.get('/konto');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(res.body).not.toMatch(/\son[a-z]+="/);
  });

  it('refuses oversized bodies with a German 413 page', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/anmelden',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      payload: `email=${'a'.repeat(70 * 1024)}`,
    });
    expect(res.statusCode).toBe(413);
    expect(text(res.body)).toContain('Die gesendeten Daten sind zu groß');
  });

  it('shows German 404 pages', async () => {
    const res = await new TestClient(t.app).get('/gibt-es-nicht');
    expect(res.statusCode).toBe(404);
    expect(text(res.body)).toContain('Seite nicht gefunden');
  });
});
