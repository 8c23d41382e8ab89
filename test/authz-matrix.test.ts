import Fastify from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerGuard } from '../src/platform/guard.ts';
import { createSession } from '../src/platform/session.ts';
import type { ActorKind } from '../src/policy/index.ts';
import { matrix, type Outcome } from './authz-matrix.ts';
import { useTestApp } from './helpers/app.ts';
import { TestClient } from './helpers/client.ts';
import { createUser } from './helpers/factories.ts';

const t = useTestApp({ config: { mode: 'development' } });
const users: Partial<Record<ActorKind, { id: string }>> = {};
beforeAll(async () => {
  // Development mode, so that the mail viewer's routes exist and are checked too.
  users.participant = await createUser(t.db, { kind: 'participant' });
  users.coordinator = await createUser(t.db, { kind: 'coordinator' });
  users.admin = await createUser(t.db, { kind: 'admin' });
});

let ipCounter = 0;
async function clientFor(kind: ActorKind) {
  ipCounter += 1;
  const client = new TestClient(t.app, `10.66.${Math.floor(ipCounter / 250)}.${ipCounter % 250}`);
  const user = users[kind];
  if (user) {
    const session = await createSession(t.db, user.id, 'full', t.clock.now());
    client.cookies.set('kt_session', session.token);
  }
  return client;
}

function outcomeOf(res: { statusCode: number; headers: Record<string, unknown> }): Outcome {
  const location = String(res.headers.location ?? '');
  if (res.statusCode === 403) return 'deny';
  if (res.statusCode === 303 && location.startsWith('/anmelden?weiter=')) return 'login';
  return 'allow';
}

describe('authorization matrix', () => {
  it('has exactly one row per registered route', () => {
    const registered = t.app.registeredRoutes.map((r) => `${r.method} ${r.url}`).sort();
    expect(registered).toEqual(Object.keys(matrix).sort());
  });

  for (const [route, row] of Object.entries(matrix)) {
    const [method, path] = route.split(' ') as [string, string];
    for (const kind of ['anonymous', 'participant', 'coordinator', 'admin'] as const) {
      it(`${route} as ${kind}: ${row[kind]}`, async () => {
        const client = await clientFor(kind);
        const url = row.url ?? path;
        const res = method === 'GET' ? await client.get(url) : await client.post(url, {});
        const expected = row[kind];
        if (expected === 'account') {
          expect(res.statusCode).toBe(303);
          expect(res.headers.location).toBe('/konto');
        } else if (expected === 'restart') {
          expect(res.statusCode).toBe(303);
          expect(res.headers.location).toBe('/anmelden');
        } else {
          expect(outcomeOf(res)).toBe(expected);
        }
        if (expected === 'deny') expect(res.body).toContain('Kein Zugriff');
      });
    }
  }

  it('refuses to start with a route that declares no policy', async () => {
    const app = Fastify();
    registerGuard(app);
    expect(() => app.get('/ohne-regel', async () => 'x')).toThrow(/declares no policy/);
  });

  it('sends coordinators without a second factor to the 2FA setup before anything else', async () => {
    const coordinator = await createUser(t.db, { kind: 'coordinator', totp: false });
    const client = new TestClient(t.app);
    const session = await createSession(t.db, coordinator.id, 'full', t.clock.now());
    client.cookies.set('kt_session', session.token);
    const res = await client.get('/');
    expect(res.statusCode).toBe(200);
    const account = await client.get('/konto');
    expect(account.statusCode).toBe(200);
    expect(account.body).toContain('Für Ihre Rolle ist die Zwei-Faktor-Authentisierung vorgeschrieben');
    const admin = await createUser(t.db, { kind: 'admin', totp: false });
    const adminClient = new TestClient(t.app);
    adminClient.cookies.set('kt_session', (await createSession(t.db, admin.id, 'full', t.clock.now())).token);
    const blocked = await adminClient.get('/verwaltung/seiten');
    expect(blocked.statusCode).toBe(303);
    expect(blocked.headers.location).toBe('/konto/2fa');
    expect((await adminClient.get('/konto/2fa')).statusCode).toBe(200);
  });
});
