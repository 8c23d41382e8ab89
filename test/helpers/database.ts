import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, extensions, openDatabase } from '../../src/db/client.ts';

export const PGLITE_TEMPLATE_FILE = '.tmp/pglite-template.tar';
export const POSTGRES_TEMPLATE_DB = 'klimatandem_test_template';

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
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${POSTGRES_TEMPLATE_DB}`);
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
  const dump = new Blob([readFileSync(PGLITE_TEMPLATE_FILE)]);
  const client = await PGlite.create({ loadDataDir: dump, extensions });
  const database = await openDatabase({ pglite: client });
  return { database, drop: () => database.close() };
}
