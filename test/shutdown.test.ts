import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.ts';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** The server as `node --import tsx src/main.ts`, or as an operator starts it: `npm start`. */
async function startMain(dataDir: string, command: 'node' | 'npm' = 'node') {
  const port = await freePort();
  const [file, args] =
    command === 'npm' ? ['npm', ['start']] : [process.execPath, ['--import', 'tsx', 'src/main.ts']];
  const child = spawn(file, args, {
    // Vitest puts BASE_URL='/' into the environment (a Vite variable): set ours explicitly.
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      BASE_URL: `http://127.0.0.1:${port}`,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  let exitCode: number | null | undefined;
  child.once('exit', (code) => (exitCode = code));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline && exitCode === undefined) {
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return { child, port, output: () => output };
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start:\n${output}`);
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe('process lifecycle', () => {
  it('starts on a fresh data dir, prints the setup link, and stops cleanly on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kt-main-'));
    const { child, port, output } = await startMain(dataDir);
    expect(output()).toContain('/einrichtung?token=');
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(await page.text()).toContain('Mentoring für kommunale Klimamanager*innen');

    // A request in flight when the signal arrives still gets its answer.
    const inFlight = fetch(`http://127.0.0.1:${port}/anmelden`).then((r) => r.status);
    child.kill('SIGTERM');
    expect(await inFlight).toBe(200);
    expect(await exited(child)).toBe(0);
    expect(output()).toContain('Fahre herunter');
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();

    // The database was closed properly: it opens again with its data.
    const database = await openDatabase({ dataDir });
    expect((await database.execute('SELECT count(*)::int AS n FROM programmes')).rows[0]).toEqual({ n: 2 });
    await database.close();
  }, 120_000);

  it('stops gracefully when SIGTERM goes to the npm process an operator started', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kt-npm-'));
    const { child, port, output } = await startMain(dataDir, 'npm');
    // npm forwards the signal to its child; the script must make the server that child.
    const serverPid = Number(/"pid":(\d+)/.exec(output())?.[1]);
    expect(serverPid).not.toBe(child.pid);
    try {
      child.kill('SIGTERM');
      expect(await exited(child)).toBe(0);
      expect(output()).toContain('Fahre herunter');
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
      expect(() => process.kill(serverPid, 0)).toThrow();
    } finally {
      // Never leave an orphaned server behind when the assertions fail.
      try {
        process.kill(serverPid, 'SIGKILL');
      } catch {}
    }
    const database = await openDatabase({ dataDir });
    expect((await database.execute('SELECT count(*)::int AS n FROM programmes')).rows[0]).toEqual({ n: 2 });
    await database.close();
  }, 120_000);

  it('exits at once on a second SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kt-main-'));
    const { child, port, output } = await startMain(dataDir);
    // A request whose body is still arriving keeps the graceful stop waiting…
    const socket = connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    socket.write(
      'POST /anmelden HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nemail=',
    );
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    expect(child.exitCode).toBeNull();
    // …until the operator insists.
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(1);
    expect(output()).toContain('Zweites Signal');
    socket.destroy();
  }, 120_000);
});
