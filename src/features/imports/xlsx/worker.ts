import { parentPort, workerData } from 'node:worker_threads';
import { readXlsx } from './read.ts';

/** Reads one uploaded workbook off the request thread and posts the result back. */
const port = parentPort!;
readXlsx(Buffer.from(workerData as Uint8Array)).then(
  (result) => port.postMessage(result),
  () => port.postMessage({ ok: false, error: 'imports.upload.error.unreadable' }),
);
