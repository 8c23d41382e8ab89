import { parentPort, workerData } from 'node:worker_threads';
import { computeRound, type RoundInput } from './compute.ts';

/** Runs one round off the request thread; reports progress, then the result or the error. */
const port = parentPort!;
try {
  let last = -1;
  const result = computeRound(workerData as RoundInput, (percent) => {
    if (percent === last) return;
    last = percent;
    port.postMessage({ kind: 'progress', percent });
  });
  port.postMessage({ kind: 'done', result });
} catch (err) {
  port.postMessage({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
}
