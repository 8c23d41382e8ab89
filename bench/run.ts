import { loadavg } from 'node:os';
import { httpOnPglite, httpOnPostgres } from './cases/http.ts';
import { coldStarts } from './cases/startup.ts';
import { testSuiteDuration } from './cases/tests.ts';
import { report, round } from './lib/report.ts';
import { printSummary } from './lib/summary.ts';

// `npm run bench`: the Foundation figures, one JSON line each, then a short summary.
// BENCH_SECONDS (default 10), BENCH_WARMUP_SECONDS (2), BENCH_CONNECTIONS (10), BENCH_START_RUNS (3),
// BENCH_DATABASE_URL (repeat the HTTP cases on PostgreSQL), BENCH_TESTS=1 (time the test suite).
const load = () => loadavg().map((l) => round(l, 2));
report({
  case: 'machine',
  node: process.version,
  load_average_1_5_15: load(),
  started: new Date().toISOString(),
});

// BENCH_ONLY=start,pglite,postgres,tests runs only the cases named (for looking into one of them).
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const wanted = (name: string) => !only || only.includes(name);
const pgUrl = process.env.BENCH_DATABASE_URL;

if (wanted('start')) await coldStarts();
if (wanted('pglite')) await httpOnPglite();
if (pgUrl && wanted('postgres')) await httpOnPostgres(pgUrl);
if (process.env.BENCH_TESTS === '1' && wanted('tests')) await testSuiteDuration();

report({ case: 'machine_after', load_average_1_5_15: load(), finished: new Date().toISOString() });
printSummary();
