import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import type { Jobs } from './jobs/index.ts';

/** What the app is built from; `app.deps` in every route. */
export interface AppDeps {
  config: Config;
  database: Database;
  /** The job queue; null in tests that do not run workers (mails then stay pending in the outbox). */
  jobs: Jobs | null;
  clock: () => Date;
}

/** What a feature's service needs: the database, the clock, the settings and the job queue. */
export type ServiceDeps = Pick<AppDeps, 'database' | 'clock' | 'config' | 'jobs'>;
