import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const dataDir = () => mkdtempSync(join(tmpdir(), 'kt-config-'));

describe('configuration', () => {
  it('has working defaults for a laptop trial', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config.port).toBe(3000);
    expect(config.baseUrl.toString()).toBe('http://localhost:3000/');
    expect(config.mode).toBe('production');
    expect(config.databaseUrl).toBeUndefined();
    // The generated session secret is kept in the data dir and reused on the next start.
    expect(readFileSync(join(dir, 'session-secret'), 'utf8').trim()).toBe(config.sessionSecret);
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(config.sessionSecret);
  });

  it('listens on loopback only in demo mode, unless the operator names a host', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }, { demo: true }).host).toBe('127.0.0.1');
    expect(loadConfig({ DATA_DIR: dataDir(), HOST: '' }, { demo: true }).host).toBe('127.0.0.1');
    expect(loadConfig({ DATA_DIR: dataDir(), HOST: '0.0.0.0' }, { demo: true }).host).toBe('0.0.0.0');
    expect(loadConfig({ DATA_DIR: dataDir() }).host).toBe('localhost');
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['BASE_URL', 'localhost:3000'],
    ['DATABASE_URL', 'mysql://x@y/z'],
    ['SMTP_URL', 'http://mail.example.org'],
    ['SESSION_SECRET', 'zu-kurz'],
    ['LOG_LEVEL', 'verbose'],
    ['TRUST_PROXY', 'ja'],
  ])('names the variable when %s=%s is bad', (name, value) => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dataDir(), [name]: value })).toThrow(
      new RegExp(`^Ungültige Einstellung ${name}=`),
    );
  });

  it('requires SESSION_SECRET with PostgreSQL, where several instances must share it', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@localhost/db' })).toThrow(/SESSION_SECRET/);
    expect(
      loadConfig({ DATABASE_URL: 'postgres://u@localhost/db', SESSION_SECRET: 'x'.repeat(32) }).databaseUrl,
    ).toBe('postgres://u@localhost/db');
  });

  it('stops the start with one clear line and a non-zero exit code', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, PORT: 'abc', DATA_DIR: dataDir() },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('npm warn'));
    expect(lines).toEqual([
      'Ungültige Einstellung PORT="abc": erwartet eine Portnummer zwischen 1 und 65535.',
    ]);
  });
});
