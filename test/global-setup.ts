import { mkdirSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { extensions, openDatabase } from '../src/db/client.ts';
import { PGLITE_TEMPLATE_FILE, POSTGRES_TEMPLATE_DB } from './helpers/database.ts';

/**
 * Migrates one golden database per run: a PGlite data-dir dump, or a PostgreSQL template database.
 * Every test file then starts from its own copy, so files never share or wipe data.
 */
export default async function setup() {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${POSTGRES_TEMPLATE_DB}`);
    await admin.query(`CREATE DATABASE ${POSTGRES_TEMPLATE_DB}`);
    await admin.end();
    const templateUrl = new URL(url);
    templateUrl.pathname = `/${POSTGRES_TEMPLATE_DB}`;
    const database = await openDatabase({ databaseUrl: templateUrl.toString() });
    await database.migrate();
    await database.close();
    return;
  }
  const client = await PGlite.create({ extensions });
  const database = await openDatabase({ pglite: client });
  await database.migrate();
  const dump = await client.dumpDataDir('none');
  mkdirSync('.tmp', { recursive: true });
  writeFileSync(PGLITE_TEMPLATE_FILE, Buffer.from(await dump.arrayBuffer()));
  await database.close();
}
