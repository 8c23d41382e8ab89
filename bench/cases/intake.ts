import { randomBytes } from 'node:crypto';
import { type RunningServer, startAppServer, startRawServer } from '../lib/app-server.ts';
import { logInCoordinator } from '../lib/coordinator.ts';
import { seedIntake } from '../lib/intake-seed.ts';
import { CONNECTIONS, type LoadResult, load, SECONDS, WARMUP_SECONDS } from '../lib/load.ts';
import { createBenchDatabase } from '../lib/postgres.ts';
import { rssMb } from '../lib/process.ts';
import { note, report, round } from '../lib/report.ts';
import { tempDir } from '../lib/tmp.ts';

type Driver = 'pglite' | 'postgres';

// Fixed: the expected texts below (pages, search hits) follow from it.
const PARTICIPANTS = 10_000;
const LIST = '/koordination/anmeldungen';

/** The three views measured, and what each must show before it is (page size 50). */
const TARGETS = [
  { name: 'first page', path: LIST, rows: 50, text: `Alle: ${PARTICIPANTS}` },
  {
    name: 'filters + page 2',
    path: `${LIST}?status=accepted&bundesland=NW&seite=2`,
    rows: 50,
    text: 'Seite 2 von 3',
  },
  { name: 'search', path: `${LIST}?suche=Nr%2012`, rows: 50, text: '111 Treffer' },
];

const rowLink = /href="\/koordination\/anmeldungen\/[0-9a-f-]{36}"/g;

/** Fails unless the page answers 200 with the expected number of rows and the text. */
async function expectList(url: string, cookie: string, rows: number, text: string): Promise<void> {
  const res = await fetch(url, { redirect: 'manual', headers: { cookie } });
  const html = await res.text();
  const found = html.match(rowLink)?.length ?? 0;
  if (res.status !== 200 || found !== rows || !html.includes(text))
    throw new Error(
      `GET ${url}: status ${res.status}, ${found} rows (expected ${rows}), ${html.includes(text) ? '' : 'no '}"${text}"`,
    );
}

function reportLoad(database: Driver, target: string, result: LoadResult, raw?: LoadResult) {
  report({
    case: 'intake_rps',
    database,
    participants: PARTICIPANTS,
    target,
    ...result,
    ...(raw ? { raw_rps: raw.rps, ratio_app_raw: round(result.rps / raw.rps, 5) } : {}),
    connections: CONNECTIONS,
    seconds: SECONDS,
    warmup_seconds: WARMUP_SECONDS,
  });
  if (result.non2xx > 0 || result.errors > 0)
    note(`WARNING: ${target} had ${result.non2xx} non-2xx responses and ${result.errors} errors`);
}

async function measure(database: Driver, server: RunningServer): Promise<void> {
  const cookie = await logInCoordinator(server.baseUrl);
  for (const t of TARGETS) await expectList(`${server.baseUrl}${t.path}`, cookie, t.rows, t.text);

  note(`${database}: raw node:http hello world`);
  const rawServer = await startRawServer();
  let raw: LoadResult;
  try {
    raw = await load(rawServer.url);
  } finally {
    await rawServer.stop();
  }
  reportLoad(database, 'raw node:http', raw);
  for (const t of TARGETS) {
    note(`${database}: GET ${t.path} (${t.name})`);
    reportLoad(database, `GET ${t.path}`, await load(`${server.baseUrl}${t.path}`, cookie), raw);
  }
  // Still signed in and still the full list: the figures above were of the real pages.
  for (const t of TARGETS) await expectList(`${server.baseUrl}${t.path}`, cookie, t.rows, t.text);
  report({
    case: 'intake_rss',
    database,
    after_start_mb: round(server.readyRssMb, 1),
    after_load_mb: round(rssMb(server.child.pid), 1),
  });
}

async function seedAndMeasure(database: Driver, target: { dataDir: string; databaseUrl?: string }) {
  const sessionSecret = randomBytes(48).toString('base64url');
  note(`${database}: seeding ${PARTICIPANTS} participants and a coordinator`);
  // PostgreSQL is ANALYZEd after seeding, as its autovacuum soon would be; PGlite, which has no
  // autovacuum, only with BENCH_INTAKE_ANALYZE=1.
  const analyzed = database === 'postgres' || process.env.BENCH_INTAKE_ANALYZE === '1';
  const seeded = await seedIntake(target, sessionSecret, PARTICIPANTS, analyzed);
  report({
    case: 'intake_seed',
    database,
    participants: seeded.participants,
    seconds: round(seeded.seconds, 2),
    analyzed,
  });
  const server = await startAppServer({ ...target, sessionSecret });
  try {
    await measure(database, server);
  } catch (err) {
    const { exitCode, signalCode } = server.child.process;
    if (exitCode !== null || signalCode !== null)
      note(
        `${database}: the server had exited (code ${exitCode}, signal ${signalCode}):\n${server.child.output()}`,
      );
    throw err;
  } finally {
    await server.stop();
  }
}

/** The coordinators' intake list with 10,000 participants, with filters and search, on PGlite. */
export async function intakeOnPglite(): Promise<void> {
  const dir = tempDir('intake');
  try {
    await seedAndMeasure('pglite', { dataDir: dir.dataDir });
  } finally {
    dir.remove();
  }
}

/** The same on PostgreSQL, in a fresh database dropped afterwards. */
export async function intakeOnPostgres(adminUrl: string): Promise<void> {
  const db = await createBenchDatabase(adminUrl);
  const dir = tempDir('intake-pg');
  try {
    await seedAndMeasure('postgres', { dataDir: dir.dataDir, databaseUrl: db.url });
  } finally {
    dir.remove();
    await db.drop();
  }
}
