import autocannon from 'autocannon';
import { round } from './report.ts';

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
export const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);

export interface LoadResult {
  rps: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  latency_ms_p50: number;
  latency_ms_p99: number;
  bytes_per_response: number;
}

const run = (url: string, cookie: string | undefined, seconds: number) =>
  autocannon({ url, connections: CONNECTIONS, duration: seconds, headers: cookie ? { cookie } : {} });

/** A warm-up (discarded), then the measured run, with the same connections for every case. */
export async function load(url: string, cookie?: string): Promise<LoadResult> {
  if (WARMUP_SECONDS > 0) await run(url, cookie, WARMUP_SECONDS);
  const r = await run(url, cookie, SECONDS);
  const responses = r['1xx'] + r['2xx'] + r['3xx'] + r['4xx'] + r['5xx'];
  return {
    rps: round(r.requests.average, 1),
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    latency_ms_p50: r.latency.p50,
    latency_ms_p99: r.latency.p99,
    bytes_per_response: responses > 0 ? Math.round(r.throughput.total / responses) : 0,
  };
}
