import { type Figure, reported } from './report.ts';

const find = (name: string, match: Record<string, unknown> = {}) =>
  reported().filter((f) => f.case === name && Object.entries(match).every(([k, v]) => f[k] === v));

function httpLines(database: string): string[] {
  return find('http_rps', { database }).map((f: Figure) => {
    const ratio = f.ratio_app_raw === undefined ? '' : `  (${f.ratio_app_raw} × raw)`;
    const bad = Number(f.non2xx) + Number(f.errors) > 0 ? `  !! ${f.non2xx} non-2xx, ${f.errors} errors` : '';
    return `  ${String(f.target).padEnd(14)} ${String(f.rps).padStart(9)} req/s  p99 ${f.latency_ms_p99} ms${ratio}${bad}`;
  });
}

/** The human-readable close of a run, built from the figures printed above it. */
export function printSummary(): void {
  const lines = ['', '== klimatandem benchmark summary =='];
  for (const name of ['cold_start_first', 'cold_start_existing']) {
    for (const f of find(name)) {
      lines.push(
        `${name}: ready in ${f.median_ready_s} s, shutdown ${f.median_shutdown_s} s, RSS at ready ${f.median_rss_at_ready_mb} MB (median of ${f.runs})`,
      );
    }
  }
  for (const database of ['pglite', 'postgres']) {
    const http = httpLines(database);
    if (http.length === 0) continue;
    const first = find('http_rps', { database })[0];
    lines.push(
      `HTTP on ${database} (${first?.connections} connections, ${first?.seconds} s after ${first?.warmup_seconds} s warm-up):`,
      ...http,
    );
    for (const r of find('rss', { database }))
      lines.push(`  RSS: ${r.after_start_mb} MB after start, ${r.after_load_mb} MB after load`);
  }
  for (const database of ['pglite', 'postgres']) {
    const rows = find('intake_rps', { database });
    if (rows.length === 0) continue;
    const seed = find('intake_seed', { database })[0];
    lines.push(
      `Intake list on ${database} (${seed?.participants} participants, seeded in ${seed?.seconds} s, analyzed: ${seed?.analyzed}):`,
    );
    for (const f of rows) {
      const ratio = f.ratio_app_raw === undefined ? '' : `  (${f.ratio_app_raw} × raw)`;
      const bad =
        Number(f.non2xx) + Number(f.errors) > 0 ? `  !! ${f.non2xx} non-2xx, ${f.errors} errors` : '';
      lines.push(
        `  ${String(f.target).padEnd(70)} ${String(f.rps).padStart(9)} req/s  p99 ${f.latency_ms_p99} ms${ratio}${bad}`,
      );
    }
  }
  for (const f of find('community_digest'))
    lines.push(
      `Weekly digest on ${f.database} (${f.people} people, ${f.new_posts} new posts, ${f.notifications} notifications), ${f.run}: ${f.mails_written} mails in ${f.seconds} s`,
    );
  for (const database of ['pglite', 'postgres']) {
    const search = find('community_search', { database })[0];
    if (!search) continue;
    const seed = find('community_search_seed', { database })[0];
    lines.push(
      `Community search on ${database} (${search.posts} posts, seeded in ${seed?.seconds} s): p50 ${search.p50_ms} ms, p95 ${search.p95_ms} ms, max ${search.max_ms} ms over ${search.queries} queries (target on PostgreSQL: p50 < 20 ms, p95 < 50 ms)`,
    );
  }
  for (const database of ['pglite', 'postgres']) {
    const rows = find('community_page_rps', { database });
    if (rows.length === 0) continue;
    const seed = find('community_pages_seed', { database })[0];
    lines.push(
      `Community pages on ${database} (${seed?.threads} threads, ${seed?.posts} posts, seeded in ${seed?.seconds} s):`,
    );
    for (const f of rows) {
      const bad =
        Number(f.non2xx) + Number(f.errors) > 0 ? `  !! ${f.non2xx} non-2xx, ${f.errors} errors` : '';
      lines.push(
        `  ${String(f.target).padEnd(58)} ${String(f.rps).padStart(9)} req/s  p99 ${f.latency_ms_p99} ms  (${f.ratio_app_raw} × raw ${f.raw_rps})${bad}`,
      );
    }
  }
  for (const t of find('npm_test'))
    lines.push(`npm test: ${t.seconds} s (exit ${t.exit_code}; ${t.tests ?? '?'})`);
  for (const f of find('failed')) lines.push(`FAILED ${f.in}: ${String(f.error).split('\n')[0]}`);
  const before = find('machine')[0]?.load_average_1_5_15;
  const after = find('machine_after')[0]?.load_average_1_5_15;
  lines.push(`load average (1/5/15 min): before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`);
  console.log(lines.join('\n'));
}
