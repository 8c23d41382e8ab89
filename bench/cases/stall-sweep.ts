import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/client.ts';
import { sweepStalledTandems } from '../../src/features/coordination/index.ts';
import { createBenchDatabase } from '../lib/postgres.ts';
import { note, report, round } from '../lib/report.ts';
import { seedSweepCohort } from '../lib/sweep-seed.ts';
import { tempDir } from '../lib/tmp.ts';

const TANDEMS = Number(process.env.BENCH_SWEEP_TANDEMS ?? 5000);
const WEEK_MS = 7 * 86_400_000;

type Driver = 'pglite' | 'postgres';

/**
 * The stalled-tandem sweep over 5,000 tandems: the first run reminds every stalled tandem (two mails
 * each into the outbox), a second at once finds nothing, one four weeks later escalates.
 */
async function sweepOn(database: Driver, target: { dataDir: string; databaseUrl?: string }) {
  const db = await openDatabase(target);
  try {
    await db.migrate();
    let now = new Date();
    const cohort = await seedSweepCohort(db, TANDEMS, now);
    const config = loadConfig({ DATA_DIR: target.dataDir, SESSION_SECRET: 'x'.repeat(48), NODE_ENV: 'test' });
    const deps = { config, database: db, jobs: null, clock: () => now };
    const run = async (label: string) => {
      const start = performance.now();
      const result = await sweepStalledTandems(deps);
      const seconds = (performance.now() - start) / 1000;
      report({
        case: 'stall_sweep',
        database,
        run: label,
        tandems: TANDEMS,
        ...result,
        seconds: round(seconds, 3),
      });
      return result;
    };
    note(
      `${database}: ${cohort.tandems} tandems, ${cohort.meetings} meetings, ${cohort.dueForReminder} stalled`,
    );
    const first = await run('first: reminders');
    if (first.reminded !== cohort.dueForReminder)
      throw new Error(`reminded ${first.reminded} tandems, expected ${cohort.dueForReminder}`);
    const again = await run('again at once: nothing to do');
    if (again.reminded !== 0 || again.escalated !== 0) throw new Error('a second sweep sent reminders again');
    now = new Date(now.getTime() + 4 * WEEK_MS + 60_000);
    await run('four weeks later: escalations');
  } finally {
    await db.close();
  }
}

export async function stallSweep(pgUrl?: string): Promise<void> {
  const dir = tempDir('sweep');
  try {
    await sweepOn('pglite', { dataDir: dir.dataDir });
  } finally {
    dir.remove();
  }
  if (!pgUrl) return;
  const pg = await createBenchDatabase(pgUrl);
  const pgDir = tempDir('sweep-pg');
  try {
    await sweepOn('postgres', { dataDir: pgDir.dataDir, databaseUrl: pg.url });
  } finally {
    pgDir.remove();
    await pg.drop();
  }
}
