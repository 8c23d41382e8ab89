import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { type Database, openDatabase } from './db/client.ts';
import { accountJobs } from './features/accounts/index.ts';
import { coordinationJobs } from './features/coordination/index.ts';
import { notificationJobs } from './features/notifications/index.ts';
import { proposalJobs } from './features/proposals/index.ts';
import { tandemJobs } from './features/tandems/index.ts';
import { platformJobs } from './jobs/handlers.ts';
import { startJobs } from './jobs/index.ts';

export interface Server {
  app: FastifyInstance;
  database: Database;
  /** Stops accepting, lets in-flight requests and jobs finish, closes the database. */
  stop(): Promise<void>;
}

/** Opens and migrates the database, builds the app and starts the job workers. */
export async function startServer(config: Config, options: { clock?: () => Date } = {}): Promise<Server> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await database.migrate();
  // PGlite has no autovacuum: without statistics its planner guesses badly on larger tables.
  if (database.driver === 'pglite') await database.execute('ANALYZE');
  const deps = {
    config,
    database,
    jobs: null as Awaited<ReturnType<typeof startJobs>> | null,
    clock: options.clock ?? (() => new Date()),
  };
  const app = await buildApp(deps);
  const send = (queue: string, data: Record<string, unknown>) =>
    deps.jobs?.send(queue, data) ?? Promise.resolve();
  deps.jobs = await startJobs(
    database,
    [
      ...platformJobs(deps, app.log, send),
      ...accountJobs(deps),
      ...proposalJobs(deps),
      ...tandemJobs(deps),
      ...coordinationJobs(deps),
      ...notificationJobs(deps),
    ],
    app.log,
  );
  await app.listen({ port: config.port, host: config.host });
  return {
    app,
    database,
    async stop() {
      await app.close();
      await deps.jobs?.stop();
      await database.close();
    },
  };
}
