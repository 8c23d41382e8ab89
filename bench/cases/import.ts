import { performance } from 'node:perf_hooks';
import { type Database, openDatabase } from '../../src/db/client.ts';
import { parseUpload, runImport, suggestMapping, validateRows } from '../../src/features/imports/index.ts';
import { findProgrammeBySlug, listActiveTopics } from '../../src/features/programmes/index.ts';
import { sampleCsv } from '../../test/support/imports-sample.ts';
import { createBenchDatabase } from '../lib/postgres.ts';
import { note, report, round } from '../lib/report.ts';
import { tempDir } from '../lib/tmp.ts';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);

const seconds = async (work: () => Promise<unknown>) => {
  const start = performance.now();
  await work();
  return round((performance.now() - start) / 1000, 2);
};

/**
 * The import of a generated list (CSV, 10,000 people by default), through the same functions the
 * routes use: parse, validate, import (one transaction, invitations into the outbox); then the same
 * list again, which only updates. No HTTP and no mail delivery.
 */
async function measure(driver: 'pglite' | 'postgres', database: Database) {
  await database.migrate();
  const db = database.db;
  const programme = (await findProgrammeBySlug(db, 'klimaschutz'))!;
  const topics = await listActiveTopics(db, programme.id);
  const csv = Buffer.from(sampleCsv(ROWS, { topics: topics.map((t) => t.label), domain: 'bench.example' }));
  const deps = {
    database,
    clock: () => new Date(),
    config: { baseUrl: new URL('http://localhost:3000') } as Parameters<typeof runImport>[0]['config'],
    jobs: null,
  };
  let valid = 0;
  const once = async () => {
    const parsed = await parseUpload(csv);
    if (!parsed.ok) throw new Error(parsed.error);
    const checked = validateRows(parsed.sheet.rows, suggestMapping(parsed.sheet.headers), {
      topics,
      fundingOptions: programme.fundingOptions,
      currentYear: new Date().getFullYear(),
    });
    valid = checked.valid.length;
    const outcome = await runImport(deps, {
      programme,
      rows: checked.valid,
      invalid: { rows: checked.invalidRows, issues: checked.issues },
      actorId: null,
      dryRun: false,
    });
    if (!outcome.ok) throw new Error(outcome.reason);
    return outcome.value;
  };
  note(`${driver}: importing ${ROWS} rows`);
  const first = await seconds(once);
  note(`${driver}: importing the same ${ROWS} rows again`);
  const again = await seconds(once);
  report({
    case: 'import',
    database: driver,
    rows: ROWS,
    valid_rows: valid,
    first_import_s: first,
    reimport_s: again,
    description:
      'parse CSV + validate + import in one transaction (new people with invitation), then the same file again (updates only)',
  });
}

export async function importOnPglite(): Promise<void> {
  const dir = tempDir('import');
  const database = await openDatabase({ dataDir: dir.dataDir });
  try {
    await measure('pglite', database);
  } finally {
    await database.close();
    dir.remove();
  }
}

export async function importOnPostgres(url: string): Promise<void> {
  const bench = await createBenchDatabase(url);
  const database = await openDatabase({ databaseUrl: bench.url });
  try {
    await measure('postgres', database);
  } finally {
    await database.close();
    await bench.drop();
  }
}
