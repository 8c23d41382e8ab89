import { type LoadResult, load } from './load.ts';
import { type Child, freePort, rssMb, spawnNode, stop, waitFor200 } from './process.ts';
import { note, report } from './report.ts';

export interface RunningServer {
  child: Child;
  baseUrl: string;
  /** Seconds from spawn until GET /readyz answered 200. */
  readySeconds: number;
  /** RSS in MB right when it became ready. */
  readyRssMb: number;
  stop(): Promise<{ seconds: number; code: number | null }>;
}

export interface ServerOptions {
  dataDir: string;
  databaseUrl?: string;
  sessionSecret?: string;
}

/** The real server as it is run in production: `node --import tsx src/main.ts`. */
export async function startAppServer(options: ServerOptions): Promise<RunningServer> {
  const port = await freePort();
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    DATA_DIR: options.dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  if (options.sessionSecret) env.SESSION_SECRET = options.sessionSecret;
  const since = performance.now();
  const child = spawnNode('src/main.ts', env);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    const readySeconds = await waitFor200(`${baseUrl}/readyz`, child, since);
    return { child, baseUrl, readySeconds, readyRssMb: rssMb(child.pid), stop: () => stop(child) };
  } catch (err) {
    await stop(child);
    throw err;
  }
}

/** The raw node:http hello-world server of bench/raw-server.ts, the yardstick for requests per second. */
export async function startRawServer(): Promise<{ child: Child; url: string; stop: () => Promise<unknown> }> {
  const port = await freePort();
  const since = performance.now();
  const child = spawnNode('bench/raw-server.ts', { PORT: String(port) });
  const url = `http://127.0.0.1:${port}/`;
  await waitFor200(url, child, since);
  return { child, url, stop: () => stop(child) };
}

/** The raw server's requests per second, reported under the case's name, to set beside the app's. */
export async function rawYardstick(caseName: string): Promise<LoadResult> {
  note('raw node:http hello world');
  const rawServer = await startRawServer();
  try {
    const raw = await load(rawServer.url);
    report({ case: caseName, database: 'none', target: 'raw node:http', ...raw });
    return raw;
  } finally {
    await rawServer.stop();
  }
}
