import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, loggerOptions } from '../../src/app.ts';
import type { Config } from '../../src/config.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

export interface TestClock {
  now(): Date;
  advance(ms: number): void;
}

export function testClock(start = new Date('2026-11-20T09:00:00Z')): TestClock {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance(ms) {
      t += ms;
    },
  };
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    mode: 'test',
    port: 3000,
    host: 'localhost',
    baseUrl: new URL('http://localhost:3000'),
    dataDir: '.tmp/data',
    databaseUrl: undefined,
    smtpUrl: undefined,
    mailFrom: 'klimatandem <noreply@example.org>',
    sessionSecret: 'test-secret-test-secret-test-secret-1234',
    logLevel: 'silent',
    trustProxy: false,
    ...overrides,
  };
}

export interface TestApp {
  app: FastifyInstance;
  db: TestDatabase['database']['db'];
  clock: TestClock;
  close(): Promise<void>;
}

/** The real app on its own migrated database; no job workers, so mails wait in the outbox. */
export async function createTestApp(
  options: { config?: Partial<Config>; logStream?: { write(line: string): void } } = {},
): Promise<TestApp> {
  const testDb = await createTestDatabase();
  const clock = testClock();
  const config = testConfig(options.config);
  const app = await buildApp(
    { config, database: testDb.database, jobs: null, clock: clock.now },
    options.logStream
      ? { logger: { ...(loggerOptions(config) as object), level: 'info', stream: options.logStream } }
      : { logger: false },
  );
  await app.ready();
  return {
    app,
    db: testDb.database.db,
    clock,
    async close() {
      await app.close();
      await testDb.drop();
    },
  };
}

/**
 * The test file's app, built before its first test and closed after its last:
 * `const t = useTestApp();` is the whole set-up. Its fields are there once the tests run.
 */
export function useTestApp(options: Parameters<typeof createTestApp>[0] = {}): TestApp {
  const holder = {} as TestApp;
  beforeAll(async () => {
    Object.assign(holder, await createTestApp(options));
  });
  afterAll(async () => holder.close?.());
  return holder;
}
