import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STOP_GRACE_MS = 60_000;

// ---------------------------------------------------------------------------------------------
// The real server, as an operator starts it
// ---------------------------------------------------------------------------------------------

async function freePort(): Promise<number> {
  const srv = createServer();
  srv.listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const address = srv.address();
  srv.close();
  await once(srv, 'close');
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `node --import tsx src/main.ts` in development mode on its own data directory (PGlite), with
 * stdout captured (the first-admin setup link is printed there). PGlite allows one process per data
 * directory: stop the server before running the CLI on the same directory.
 */
export class AppServer {
  private child: ChildProcess | null = null;
  private log = '';

  private constructor(
    readonly port: number,
    readonly dataDir: string,
    /** Start with `--demo`: fictitious demo people, among them coordinators with a known TOTP key. */
    readonly demo = false,
  ) {}

  get baseUrl() {
    return `http://127.0.0.1:${this.port}`;
  }

  url(path: string) {
    return new URL(path, this.baseUrl).toString();
  }

  static async start(options: { demo?: boolean } = {}): Promise<AppServer> {
    const server = new AppServer(
      await freePort(),
      mkdtempSync(join(tmpdir(), 'klimatandem-e2e-')),
      options.demo,
    );
    await server.start();
    return server;
  }

  /** Everything the server printed so far (stdout and stderr, across restarts). */
  output() {
    return this.log;
  }

  env(): NodeJS.ProcessEnv {
    const env = { ...process.env };
    // Hermetic: never pick up a database, mail server or secret from the caller's shell.
    for (const name of ['DATABASE_URL', 'SESSION_SECRET', 'SMTP_URL', 'TRUST_PROXY', 'MAIL_FROM'])
      delete env[name];
    return {
      ...env,
      NODE_ENV: 'development',
      DATA_DIR: this.dataDir,
      PORT: String(this.port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      BASE_URL: this.baseUrl,
    };
  }

  async start() {
    if (this.child) throw new Error('server already running');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/main.ts', ...(this.demo ? ['--demo'] : [])],
      {
        cwd: ROOT,
        env: this.env(),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child = child;
    child.stdout?.on('data', (chunk: Buffer) => {
      this.log += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      this.log += chunk.toString();
    });
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        this.child = null;
        throw new Error(
          `server exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${this.log}`,
        );
      }
      try {
        const res = await fetch(this.url('/readyz'), { signal: AbortSignal.timeout(2_000) });
        if (res.status === 200) return;
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    await this.stop();
    throw new Error(`server not ready within 90 s:\n${this.log}`);
  }

  /** SIGTERM, as a service manager sends it; returns the exit code (0 for a graceful shutdown). */
  async stop(): Promise<number | null> {
    const child = this.child;
    if (!child) return null;
    this.child = null;
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    const exited = once(child, 'exit');
    const started = Date.now();
    child.kill('SIGTERM');
    // Beyond the app's own 20 s grace for running jobs, so a busy CI machine is not mistaken for a hang.
    const timer = setTimeout(() => {
      this.log += `\n[e2e] no exit ${STOP_GRACE_MS / 1000} s after SIGTERM: SIGKILL\n`;
      child.kill('SIGKILL');
    }, STOP_GRACE_MS);
    const [code] = (await exited) as [number | null];
    clearTimeout(timer);
    const seconds = (Date.now() - started) / 1000;
    if (seconds > 5) this.log += `\n[e2e] the server took ${seconds.toFixed(1)} s to stop\n`;
    return code;
  }

  /** `node --import tsx src/cli.ts …` with the server's environment (same data directory). */
  async cli(args: string[]): Promise<CliResult> {
    if (this.child) throw new Error('stop the server first: PGlite allows one process per data directory');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      cwd: ROOT,
      env: this.env(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr?.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    const [code] = (await once(child, 'exit')) as [number | null];
    return { code, stdout, stderr };
  }

  async dispose() {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
