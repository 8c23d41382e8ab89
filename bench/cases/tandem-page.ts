import { randomBytes } from 'node:crypto';
import { type RunningServer, rawYardstick, startAppServer } from '../lib/app-server.ts';
import { type Driver, onEachDatabase } from '../lib/databases.ts';
import { CONNECTIONS, type LoadResult, load, SECONDS, WARMUP_SECONDS } from '../lib/load.ts';
import { logIn } from '../lib/participant.ts';
import { note, report, round } from '../lib/report.ts';
import { MEETINGS, MENTEE_NAME, OPEN_TODOS, seedLongTandem, TODOS } from '../lib/tandem-seed.ts';

/** Fails unless the workspace answers 200 and shows the partner, the open to-dos and the history. */
async function expectWorkspace(url: string, cookie: string) {
  const res = await fetch(url, { redirect: 'manual', headers: { cookie } });
  const html = await res.text();
  const open = `von ${OPEN_TODOS} offenen Aufgaben`;
  const history = `von ${MEETINGS - 1} Treffen und Kontakten`;
  if (res.status !== 200 || !html.includes(MENTEE_NAME) || !html.includes(open) || !html.includes(history))
    throw new Error(`GET ${url}: status ${res.status}; partner, "${open}" or "${history}" missing`);
}

async function measure(database: Driver, server: RunningServer, tandemId: string, raw: LoadResult) {
  const cookie = await logIn(server.baseUrl);
  const url = `${server.baseUrl}/tandems/${tandemId}`;
  await expectWorkspace(url, cookie);
  note(`${database}: GET /tandems/:id (${MEETINGS} meetings, ${TODOS} to-dos, ${OPEN_TODOS} open)`);
  const result = await load(url, cookie);
  report({
    case: 'tandem_page_rps',
    database,
    meetings: MEETINGS,
    todos: TODOS,
    open_todos: OPEN_TODOS,
    ...result,
    raw_rps: raw.rps,
    ratio_app_raw: round(result.rps / raw.rps, 4),
    connections: CONNECTIONS,
    seconds: SECONDS,
    warmup_seconds: WARMUP_SECONDS,
  });
  if (result.non2xx > 0 || result.errors > 0)
    note(`WARNING: ${result.non2xx} non-2xx responses and ${result.errors} errors`);
  await expectWorkspace(url, cookie);
}

async function seedAndMeasure(
  database: Driver,
  target: { dataDir: string; databaseUrl?: string },
  raw: LoadResult,
) {
  const tandemId = await seedLongTandem(target);
  const server = await startAppServer({ ...target, sessionSecret: randomBytes(48).toString('base64url') });
  try {
    await measure(database, server, tandemId, raw);
  } finally {
    await server.stop();
  }
}

/** The workspace of a tandem with 100 meetings and 500 to-dos, on PGlite and (given a URL) PostgreSQL. */
export async function tandemPage(pgUrl?: string): Promise<void> {
  const raw = await rawYardstick('tandem_page_rps');
  await onEachDatabase('tandem-page', pgUrl, (database, target) => seedAndMeasure(database, target, raw));
}
