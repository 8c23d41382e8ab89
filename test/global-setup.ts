import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { extensions, openDatabase } from '../src/db/client.ts';
import { pgliteTemplateFile, postgresTemplateDb } from './helpers/database.ts';

/**
 * Migrates one golden database per run: a PGlite data-dir dump, or a PostgreSQL template database.
 * Every test file then starts from its own copy, so files never share or wipe data. The run's id keeps
 * runs that happen at the same time apart; the teardown removes the run's template again.
 */
export default async function setup() {
  process.env.KT_TEST_RUN = randomBytes(4).toString('hex');
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const template = postgresTemplateDb();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
    await admin.end();
    const templateUrl = new URL(url);
    templateUrl.pathname = `/${template}`;
    const database = await openDatabase({ databaseUrl: templateUrl.toString() });
    await database.migrate();
    await database.close();
    return async () => {
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await a.end();
    };
  }
  const client = await PGlite.create({ extensions });
  const database = await openDatabase({ pglite: client });
  await database.migrate();
  const dump = await client.dumpDataDir('none');
  mkdirSync('.tmp', { recursive: true });
  const file = pgliteTemplateFile();
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  return () => rmSync(file, { force: true });
}
