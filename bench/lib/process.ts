import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const children = new Set<ChildProcess>();
// A benchmark that fails halfway must not leave servers behind.
process.on('exit', () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

export interface Child {
  process: ChildProcess;
  pid: number;
  /** Everything it printed so far (stdout and stderr), for error messages. */
  output(): string;
  exited: Promise<number | null>;
}

// The app's own settings come only from the benchmark, never from the calling shell.
const appVariables = [
  'PORT',
  'HOST',
  'BASE_URL',
  'DATA_DIR',
  'DATABASE_URL',
  'SMTP_URL',
  'MAIL_FROM',
  'SESSION_SECRET',
  'LOG_LEVEL',
  'TRUST_PROXY',
  'NODE_ENV',
];

function inheritedEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !appVariables.includes(k)) env[k] = v;
  return env;
}

/** Starts `node --import tsx <script>` in the repository, with its output captured. */
export function spawnNode(script: string, env: Record<string, string>): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: repoRoot,
    env: { ...inheritedEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  child.stdout.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      children.delete(child);
      resolve(code);
    });
  });
  if (child.pid === undefined) throw new Error(`could not start ${script}`);
  return { process: child, pid: child.pid, output: () => output, exited };
}

/** A port free at the moment of asking. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Resident set size of a process in MB, from /proc/<pid>/status (VmRSS). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) / 1024;
}

/** Polls the URL until it answers 200; resolves with the time that took, in seconds since `since`. */
export async function waitFor200(
  url: string,
  child: Child,
  since: number,
  timeoutMs = 120_000,
): Promise<number> {
  let exited = false;
  void child.exited.then(() => {
    exited = true;
  });
  while (performance.now() - since < timeoutMs) {
    if (exited) throw new Error(`process exited before ${url} answered:\n${child.output()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return (performance.now() - since) / 1000;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms:\n${child.output()}`);
}

/** SIGTERM, then waits for the exit; resolves with seconds taken and the exit code. */
export async function stop(
  child: Child,
  timeoutMs = 30_000,
): Promise<{ seconds: number; code: number | null }> {
  const start = performance.now();
  if (child.process.exitCode !== null) return { seconds: 0, code: child.process.exitCode };
  child.process.kill('SIGTERM');
  const timer = setTimeout(() => child.process.kill('SIGKILL'), timeoutMs);
  const code = await child.exited;
  clearTimeout(timer);
  return { seconds: (performance.now() - start) / 1000, code };
}
