import { createBenchDatabase } from './postgres.ts';
import { tempDir } from './tmp.ts';

export type Driver = 'pglite' | 'postgres';
export interface Target {
  dataDir: string;
  databaseUrl?: string;
}

/**
 * Runs a case on a fresh PGlite data directory and, given a PostgreSQL URL, on a fresh PostgreSQL
 * database of its own; both are removed afterwards, also when the case fails.
 */
export async function onEachDatabase(
  label: string,
  pgUrl: string | undefined,
  run: (database: Driver, target: Target) => Promise<void>,
): Promise<void> {
  const dir = tempDir(label);
  try {
    await run('pglite', { dataDir: dir.dataDir });
  } finally {
    dir.remove();
  }
  if (!pgUrl) return;
  const pg = await createBenchDatabase(pgUrl);
  const pgDir = tempDir(`${label}-pg`);
  try {
    await run('postgres', { dataDir: pgDir.dataDir, databaseUrl: pg.url });
  } finally {
    pgDir.remove();
    await pg.drop();
  }
}
