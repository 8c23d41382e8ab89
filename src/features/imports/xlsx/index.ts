import { Worker } from 'node:worker_threads';
import type { ParseResult } from '../sheet.ts';
import { declaredInflatedBytes } from './zip.ts';

/** What the archive may inflate to; the catalogue's `imports.upload.error.inflated` names it. */
export const MAX_INFLATED_MB = 100;
/** Limits of the worker that reads a workbook: a file that lies about its sizes is stopped by these. */
const WORKER_HEAP_MB = 1024;
const WORKER_TIMEOUT_MS = 60_000;

/**
 * Reads an XLSX file. The sizes in the zip directory are checked first, then the workbook is read in a
 * worker thread with a memory limit and a time limit, so that a hostile or huge file never blocks the
 * requests of everyone else.
 */
export async function parseXlsx(file: Buffer): Promise<ParseResult> {
  const inflated = declaredInflatedBytes(file);
  if (inflated === null) return { ok: false, error: 'imports.upload.error.unreadable' };
  if (inflated > MAX_INFLATED_MB * 1024 * 1024) return { ok: false, error: 'imports.upload.error.inflated' };
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
      workerData: file,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let settled = false;
    const finish = (result: ParseResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, error: 'imports.upload.error.inflated' }),
      WORKER_TIMEOUT_MS,
    );
    worker.on('message', (result: ParseResult) => finish(result));
    // Out of memory ends the worker with an error.
    worker.on('error', () => finish({ ok: false, error: 'imports.upload.error.inflated' }));
    worker.on('exit', () => finish({ ok: false, error: 'imports.upload.error.unreadable' }));
  });
}
