import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/client.ts';
import { notificationJobs } from '../../src/features/notifications/index.ts';
import { type Driver, onEachDatabase } from '../lib/databases.ts';
import { seedDigestCohort } from '../lib/digest-seed.ts';
import { note, report, round } from '../lib/report.ts';

const PEOPLE = Number(process.env.BENCH_DIGEST_PEOPLE ?? 5000);
const POSTS = Number(process.env.BENCH_DIGEST_POSTS ?? 2000);
const THREADS = Number(process.env.BENCH_DIGEST_THREADS ?? 250);

/**
 * The weekly digest of the community area for 5,000 people with 2,000 new posts in threads they
 * follow: run as pg-boss runs the job (its handler), the mails written to the outbox as in
 * production. A second run at once must write nothing.
 */
async function digestOn(database: Driver, target: { dataDir: string; databaseUrl?: string }) {
  const db = await openDatabase(target);
  try {
    await db.migrate();
    const now = new Date();
    const seedStart = performance.now();
    const cohort = await seedDigestCohort(db, { people: PEOPLE, threads: THREADS, posts: POSTS }, now);
    note(
      `${database}: ${cohort.people} people, ${cohort.posts} posts in ${cohort.threads} threads, ${cohort.notifications} notifications (${cohort.read} read), seeded in ${round((performance.now() - seedStart) / 1000, 1)} s`,
    );
    const config = loadConfig({ DATA_DIR: target.dataDir, SESSION_SECRET: 'x'.repeat(48), NODE_ENV: 'test' });
    const deps = { config, database: db, jobs: null, clock: () => now };
    const weekly = notificationJobs(deps).find((j) => j.queue === 'notifications.digest.weekly')!;
    const outboxCount = async () =>
      (
        (await db.db.execute(sql`SELECT count(*)::int AS n FROM outbox`)) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0]!.n;
    const run = async (label: string) => {
      const before = await outboxCount();
      const start = performance.now();
      await weekly.handle({}, { retryCount: 0, retryLimit: 0 });
      const seconds = (performance.now() - start) / 1000;
      const mails = (await outboxCount()) - before;
      report({
        case: 'community_digest',
        database,
        run: label,
        people: cohort.people,
        new_posts: cohort.posts,
        notifications: cohort.notifications,
        mails_written: mails,
        seconds: round(seconds, 3),
      });
      return mails;
    };
    const first = await run('weekly');
    if (first === 0) throw new Error('the weekly digest wrote no mails');
    const again = await run('again at once: nothing new');
    if (again !== 0) throw new Error(`a second digest wrote ${again} mails`);
  } finally {
    await db.close();
  }
}

export async function communityDigest(pgUrl?: string): Promise<void> {
  await onEachDatabase('digest', pgUrl, digestOn);
}
