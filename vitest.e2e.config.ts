import { defineConfig } from 'vitest/config';

/**
 * Browser journeys: the real server as a child process, Debian's chromium through playwright-core.
 * No globalSetup: every test file starts its own server on a fresh data directory.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
