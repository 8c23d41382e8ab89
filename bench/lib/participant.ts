import { openDatabase } from '../../src/db/client.ts';
import { users } from '../../src/db/schema/index.ts';
import { hashPassword } from '../../src/platform/passwords.ts';

export const PARTICIPANT = {
  email: 'bench-teilnehmerin@example.org',
  name: 'Bench Teilnehmerin',
  password: 'Sonnenblumen-am-Rathaus-42',
};

/**
 * Migrates the database and adds a verified participant (no second factor), before the server
 * starts: PGlite allows one process per data directory, so the database is closed again.
 */
export async function seedParticipant(target: { dataDir?: string; databaseUrl?: string }): Promise<void> {
  const database = await openDatabase(target);
  try {
    await database.migrate();
    await database.db.insert(users).values({
      email: PARTICIPANT.email,
      name: PARTICIPANT.name,
      passwordHash: await hashPassword(PARTICIPANT.password),
      role: 'participant',
      emailVerifiedAt: new Date(),
      locale: 'de',
    });
  } finally {
    await database.close();
  }
}

export const csrfField = /name="_csrf" value="([^"]+)"/;

export function cookiesOf(res: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const eq = pair?.indexOf('=') ?? -1;
    if (pair && eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  return jar;
}

/** Logs the participant in over HTTP like a browser; returns the Cookie header of the session. */
export async function logIn(baseUrl: string): Promise<string> {
  const form = await fetch(`${baseUrl}/anmelden`);
  const html = await form.text();
  const csrfCookie = cookiesOf(form).get('kt_csrf');
  const token = csrfField.exec(html)?.[1];
  if (form.status !== 200 || !csrfCookie || !token) {
    throw new Error(
      `GET /anmelden: status ${form.status}, kt_csrf cookie ${csrfCookie ? 'set' : 'missing'}, _csrf field ${token ? 'found' : 'missing'}`,
    );
  }
  const res = await fetch(`${baseUrl}/anmelden`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `kt_csrf=${csrfCookie}` },
    body: new URLSearchParams({
      email: PARTICIPANT.email,
      password: PARTICIPANT.password,
      _csrf: token,
    }).toString(),
  });
  await res.arrayBuffer();
  const session = cookiesOf(res).get('kt_session');
  if (res.status !== 303 || !session)
    throw new Error(`POST /anmelden: status ${res.status}, kt_session ${session ? 'set' : 'missing'}`);
  return `kt_csrf=${csrfCookie}; kt_session=${session}`;
}

/** Fails unless the page answers 200 (and, when given, contains the text). */
export async function expectPage(url: string, cookie: string | undefined, contains?: string): Promise<void> {
  const res = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} }).catch(
    (err: Error) => {
      throw new Error(
        `GET ${url}: ${err.message} (${err.cause instanceof Error ? err.cause.message : 'no cause'})`,
      );
    },
  );
  const body = await res.text();
  if (res.status !== 200) throw new Error(`GET ${url}: status ${res.status}, expected 200`);
  if (contains && !body.includes(contains)) throw new Error(`GET ${url}: page does not contain ${contains}`);
}
