import { loadavg } from 'node:os';
import { communityDigest } from './cases/community-digest.ts';
import { communityPages } from './cases/community-pages.ts';
import { communitySearch } from './cases/community-search.ts';
import { httpOnPglite, httpOnPostgres } from './cases/http.ts';
import { importOnPglite, importOnPostgres } from './cases/import.ts';
import { intakeOnPglite, intakeOnPostgres } from './cases/intake.ts';
import { matchingRound } from './cases/matching.ts';
import { resetTiming } from './cases/reset-timing.ts';
import { stallSweep } from './cases/stall-sweep.ts';
import { coldStarts } from './cases/startup.ts';
import { tandemPage } from './cases/tandem-page.ts';
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

// BENCH_ONLY=start,pglite,postgres,import,intake,matching,tandem,sweep,digest,search,community,reset,tests runs only the cases named (for looking into one of them).
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const wanted = (name: string) => !only || only.includes(name);
const pgUrl = process.env.BENCH_DATABASE_URL;

// A case that fails is printed as a figure of its own; the others still run, and the exit code is 1.
async function attempt(name: string, run: () => Promise<void>) {
  if (!wanted(name)) return;
  try {
    await run();
  } catch (err) {
    report({ case: 'failed', in: name, error: err instanceof Error ? err.message : String(err) });
    process.exitCode = 1;
  }
}

await attempt('start', coldStarts);
await attempt('pglite', httpOnPglite);
if (pgUrl) await attempt('postgres', () => httpOnPostgres(pgUrl));
// Importing 10,000 generated rows (BENCH_IMPORT_ROWS), on PGlite and, with BENCH_DATABASE_URL, PostgreSQL.
await attempt('import', importOnPglite);
if (pgUrl) await attempt('import', () => importOnPostgres(pgUrl));
// The intake list with 10,000 participants (first page, filters + page 2, search), beside raw node:http.
await attempt('intake', intakeOnPglite);
if (pgUrl) await attempt('intake', () => intakeOnPostgres(pgUrl));
// A matching round of 5,000 × 2,500 on one core (exact and greedy, both modes) and top-10 suggestions.
await attempt('matching', matchingRound);
// The workspace of a tandem with 100 meetings and 500 to-dos, beside raw node:http, PGlite and PostgreSQL.
await attempt('tandem', () => tandemPage(pgUrl));
// The stalled-tandem sweep over 5,000 tandems (seconds), on PGlite and PostgreSQL.
await attempt('sweep', () => stallSweep(pgUrl));
// The community's weekly digest for 5,000 people with 2,000 new posts (seconds, mails written).
await attempt('digest', () => communityDigest(pgUrl));
// Search over 50,000 community posts: p50/p95 of 200 queries (target on PostgreSQL p50 < 20 ms, p95 < 50 ms).
await attempt('search', () => communitySearch(pgUrl));
// A thread page with 200 answers and a space's list among 5,000 threads, beside raw node:http.
await attempt('community', () => communityPages(pgUrl));
// The password-reset request's median for a known and an unknown address (they should not differ).
await attempt('reset', resetTiming);
if (process.env.BENCH_TESTS === '1') await attempt('tests', testSuiteDuration);

report({ case: 'machine_after', load_average_1_5_15: load(), finished: new Date().toISOString() });
printSummary();
