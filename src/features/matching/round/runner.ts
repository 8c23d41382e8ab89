import { Worker } from 'node:worker_threads';
import { and, eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { matchingRounds, type RoundResult } from '../../../db/schema/index.ts';
import type { AppDeps } from '../../../deps.ts';
import type { RoundInput } from './compute.ts';

type Message =
  | { kind: 'progress'; percent: number }
  | { kind: 'done'; result: RoundResult }
  | { kind: 'failed'; message: string };

const PROGRESS_EVERY_MS = 250;

/**
 * Runs matching rounds in worker threads so that requests never wait for the optimiser. The round's
 * row carries status and progress, so any page (and any instance) can show them.
 */
export class RoundRunner {
  private readonly running = new Map<string, { worker: Worker; done: Promise<void> }>();

  constructor(
    private readonly deps: Pick<AppDeps, 'database' | 'clock'>,
    private readonly log: FastifyBaseLogger,
  ) {}

  isRunning(roundId: string) {
    return this.running.has(roundId);
  }

  /** Resolves when the round is finished (or failed); at once when it is not running here. */
  settled(roundId: string): Promise<void> {
    return this.running.get(roundId)?.done ?? Promise.resolve();
  }

  start(roundId: string, input: RoundInput): Promise<void> {
    const db = this.deps.database.db;
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: input });
    const stillRunning = and(eq(matchingRounds.id, roundId), eq(matchingRounds.status, 'running'));
    let lastWrite = 0;
    const done = new Promise<void>((resolve) => {
      let finished = false;
      const finish = async (values: Partial<typeof matchingRounds.$inferInsert>) => {
        if (finished) return;
        finished = true;
        try {
          await db
            .update(matchingRounds)
            .set({ ...values, finishedAt: this.deps.clock() })
            .where(stillRunning);
        } catch (err) {
          this.log.error({ err, roundId }, 'matching round could not be saved');
        }
        this.running.delete(roundId);
        void worker.terminate();
        resolve();
      };
      worker.on('message', (msg: Message) => {
        if (msg.kind === 'done') void finish({ status: 'draft', progress: 100, result: msg.result });
        else if (msg.kind === 'failed') {
          this.log.error({ roundId, message: msg.message }, 'matching round failed');
          void finish({ status: 'failed' });
        } else if (Date.now() - lastWrite > PROGRESS_EVERY_MS) {
          lastWrite = Date.now();
          db.update(matchingRounds)
            .set({ progress: msg.percent })
            .where(stillRunning)
            .catch((err) => this.log.warn({ err, roundId }, 'round progress not saved'));
        }
      });
      worker.on('error', (err) => {
        this.log.error({ err, roundId }, 'matching round worker crashed');
        void finish({ status: 'failed' });
      });
      worker.on('exit', () => void finish({ status: 'failed' }));
    });
    this.running.set(roundId, { worker, done });
    return done;
  }

  /** On shutdown: rounds still running are stopped and marked failed, so they can be run again. */
  async stop() {
    const all = [...this.running.values()];
    for (const r of all) void r.worker.terminate();
    await Promise.all(all.map((r) => r.done));
  }
}
