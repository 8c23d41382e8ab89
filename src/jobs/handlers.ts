import { and, inArray, lt } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { outbox, rateLimits, registrationDrafts, sessions, tokens } from '../db/schema/index.ts';
import type { AppDeps } from '../deps.ts';
import {
  deliverMail,
  MAIL_QUEUE,
  MAIL_RETRY,
  MAIL_SWEEP_QUEUE,
  smtpTransport,
  stalePendingMails,
} from '../mail/outbox.ts';
import type { JobHandler } from './index.ts';

const CLEANUP_QUEUE = 'platform.cleanup';

/** The platform's jobs: mail delivery with retries, a sweep for lost mail jobs, and cleanup. */
export function platformJobs(
  deps: Pick<AppDeps, 'config' | 'database' | 'clock'>,
  log: FastifyBaseLogger,
  send: (queue: string, data: Record<string, unknown>) => Promise<void>,
): JobHandler[] {
  const db = deps.database.db;
  const transport = deps.config.smtpUrl ? smtpTransport(deps.config.smtpUrl) : null;
  return [
    {
      queue: MAIL_QUEUE,
      options: MAIL_RETRY,
      async handle(data, meta) {
        await deliverMail(db, String(data.id), {
          transport,
          from: deps.config.mailFrom,
          log,
          final: meta.retryCount >= meta.retryLimit,
        });
      },
    },
    {
      queue: MAIL_SWEEP_QUEUE,
      cron: '*/5 * * * *',
      async handle() {
        const ids = await stalePendingMails(db, new Date(deps.clock().getTime() - 10 * 60_000));
        for (const id of ids) await send(MAIL_QUEUE, { id });
      },
    },
    {
      queue: CLEANUP_QUEUE,
      cron: '17 * * * *',
      async handle() {
        const now = deps.clock();
        await db.delete(sessions).where(lt(sessions.expiresAt, now));
        await db.delete(tokens).where(lt(tokens.expiresAt, new Date(now.getTime() - 7 * 24 * 3600_000)));
        await db.delete(rateLimits).where(lt(rateLimits.windowStart, now.getTime() - 24 * 3600_000));
        await db
          .delete(registrationDrafts)
          .where(lt(registrationDrafts.updatedAt, new Date(now.getTime() - 14 * 24 * 3600_000)));
        if (deps.database.driver === 'pglite') await deps.database.execute('ANALYZE');
        // Mails hold links; every link expires within 24 hours, so delivered mails need not stay.
        await db
          .delete(outbox)
          .where(
            and(
              inArray(outbox.status, ['sent', 'logged', 'failed']),
              lt(outbox.createdAt, new Date(now.getTime() - 7 * 24 * 3600_000)),
            ),
          );
      },
    },
  ];
}
