import type { FastifyBaseLogger } from 'fastify';
import PgBoss from 'pg-boss';
import type { Database } from '../db/client.ts';

export interface JobHandler {
  queue: string;
  /** A cron expression for recurring jobs (pg-boss schedules it once, whatever the number of instances). */
  cron?: string;
  options?: { retryLimit?: number; retryDelay?: number; retryBackoff?: boolean };
  handle(data: Record<string, unknown>, meta: { retryCount: number; retryLimit: number }): Promise<void>;
}

export interface Jobs {
  send(queue: string, data: Record<string, unknown>): Promise<void>;
  stop(): Promise<void>;
}

/** pg-boss on the app's own database, through the same driver (PGlite or pg). */
export async function startJobs(
  database: Database,
  handlers: JobHandler[],
  log: FastifyBaseLogger,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<Jobs> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => database.execute(text, values) },
    schema: 'pgboss',
  });
  boss.on('error', (err) => log.error({ err }, 'job queue error'));
  await boss.start();
  for (const h of handlers) {
    await boss.createQueue(h.queue, { name: h.queue, ...h.options });
    await boss.work<Record<string, unknown>>(
      h.queue,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, includeMetadata: true },
      async (jobs) => {
        for (const job of jobs) {
          await h.handle(job.data ?? {}, { retryCount: job.retryCount, retryLimit: job.retryLimit });
        }
      },
    );
    if (h.cron) await boss.schedule(h.queue, h.cron, {}, { tz: 'Europe/Berlin' });
  }
  return {
    async send(queue, data) {
      const handler = handlers.find((h) => h.queue === queue);
      await boss.send(queue, data, handler?.options ?? {});
    },
    async stop() {
      // Graceful: workers finish the jobs they hold before the database closes.
      await boss.stop({ graceful: true, wait: true, timeout: 20_000 });
    },
  };
}
