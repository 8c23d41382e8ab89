import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, extensions, openDatabase } from '../../src/db/client.ts';

/**
 * Each test run has its own golden database (named by KT_TEST_RUN, set in the global setup and inherited by
 * the workers), so two runs on one machine never overwrite each other's template.
 */
function runId(): string {
  return process.env.KT_TEST_RUN ?? 'default';
}
export function pgliteTemplateFile(): string {
  return `.tmp/pglite-template-${runId()}.tar`;
}
export function postgresTemplateDb(): string {
  return `klimatandem_test_template_${runId()}`;
}

export interface TestDatabase {
  database: Database;
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own: a PGlite copy, or a PostgreSQL database from the template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `klimatandem_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${postgresTemplateDb()}`);
    await admin.end();
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: dbUrl.toString() });
    return {
      database,
      async drop() {
        await database.close();
        const a = new pg.Client({ connectionString: url });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await a.end();
      },
    };
  }
  const dump = new Blob([readFileSync(pgliteTemplateFile())]);
  const client = await PGlite.create({ loadDataDir: dump, extensions });
  const database = await openDatabase({ pglite: client });
  return { database, drop: () => database.close() };
}
