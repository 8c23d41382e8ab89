import { randomBytes } from 'node:crypto';
import { type RunningServer, startAppServer, startRawServer } from '../lib/app-server.ts';
import { CONNECTIONS, type LoadResult, load, SECONDS, WARMUP_SECONDS } from '../lib/load.ts';
import { expectPage, logIn, PARTICIPANT, seedParticipant } from '../lib/participant.ts';
import { createBenchDatabase } from '../lib/postgres.ts';
import { rssMb } from '../lib/process.ts';
import { note, report, round } from '../lib/report.ts';
import { tempDir } from '../lib/tmp.ts';

type Driver = 'pglite' | 'postgres';

const settings = () => ({ connections: CONNECTIONS, seconds: SECONDS, warmup_seconds: WARMUP_SECONDS });

function reportLoad(database: Driver, target: string, result: LoadResult, raw?: LoadResult) {
  report({
    case: 'http_rps',
    database,
    target,
    ...result,
    ...(raw ? { raw_rps: raw.rps, ratio_app_raw: round(result.rps / raw.rps, 3) } : {}),
    ...settings(),
  });
  if (result.non2xx > 0 || result.errors > 0)
    note(`WARNING: ${target} had ${result.non2xx} non-2xx responses and ${result.errors} errors`);
}

/** Requests per second of `/` and the logged-in `/konto`, each beside the raw hello-world server. */
async function measure(database: Driver, server: RunningServer): Promise<void> {
  const cookie = await logIn(server.baseUrl);
  await expectPage(`${server.baseUrl}/`, undefined);
  await expectPage(`${server.baseUrl}/konto`, cookie, PARTICIPANT.email);

  note(`${database}: raw node:http hello world`);
  const rawServer = await startRawServer();
  let raw: LoadResult;
  try {
    raw = await load(rawServer.url);
  } finally {
    await rawServer.stop();
  }
  reportLoad(database, 'raw node:http', raw);
  note(`${database}: GET /`);
  reportLoad(database, 'GET /', await load(`${server.baseUrl}/`), raw);
  note(`${database}: GET /konto (logged in)`);
  reportLoad(database, 'GET /konto', await load(`${server.baseUrl}/konto`, cookie), raw);

  // Still logged in after the load: the figures above were of the real page, not of a redirect.
  await expectPage(`${server.baseUrl}/konto`, cookie, PARTICIPANT.email);
  report({
    case: 'rss',
    database,
    after_start_mb: round(server.readyRssMb, 1),
    after_load_mb: round(rssMb(server.child.pid), 1),
  });
}

async function withServer(database: Driver, options: Parameters<typeof startAppServer>[0]) {
  const server = await startAppServer(options);
  try {
    await measure(database, server);
  } finally {
    const { exitCode, signalCode } = server.child.process;
    const exitedEarly = exitCode !== null || signalCode !== null;
    if (exitedEarly)
      note(
        `${database}: the server had exited (code ${exitCode}, signal ${signalCode}); its output:\n${server.child.output()}`,
      );
    const stopped = await server.stop();
    report({
      case: 'http_server_shutdown',
      database,
      exited_early: exitedEarly,
      shutdown_s: round(stopped.seconds, 3),
      exit_code: stopped.code,
    });
  }
}

export async function httpOnPglite(): Promise<void> {
  const dir = tempDir('http');
  try {
    note('pglite: seeding a verified participant');
    await seedParticipant({ dataDir: dir.dataDir });
    await withServer('pglite', { dataDir: dir.dataDir });
  } finally {
    dir.remove();
  }
}

export async function httpOnPostgres(adminUrl: string): Promise<void> {
  const db = await createBenchDatabase(adminUrl);
  const dir = tempDir('http-pg');
  try {
    note(`postgres: seeding a verified participant in ${db.name}`);
    await seedParticipant({ databaseUrl: db.url });
    await withServer('postgres', {
      dataDir: dir.dataDir,
      databaseUrl: db.url,
      sessionSecret: randomBytes(48).toString('base64url'),
    });
  } finally {
    dir.remove();
    await db.drop();
  }
}
