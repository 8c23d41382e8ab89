import { startAppServer } from '../lib/app-server.ts';
import { median, note, report, round } from '../lib/report.ts';
import { tempDir } from '../lib/tmp.ts';

const RUNS = Number(process.env.BENCH_START_RUNS ?? 3);

interface StartRun {
  ready_s: number;
  rss_mb: number;
  shutdown_s: number;
  exit_code: number | null;
}

async function startOnce(dataDir: string): Promise<StartRun> {
  const server = await startAppServer({ dataDir });
  const stopped = await server.stop();
  return {
    ready_s: round(server.readySeconds, 3),
    rss_mb: round(server.readyRssMb, 1),
    shutdown_s: round(stopped.seconds, 3),
    exit_code: stopped.code,
  };
}

function summarise(name: string, description: string, runs: StartRun[]) {
  report({
    case: name,
    description,
    runs: runs.length,
    median_ready_s: round(median(runs.map((r) => r.ready_s)), 3),
    median_shutdown_s: round(median(runs.map((r) => r.shutdown_s)), 3),
    median_rss_at_ready_mb: round(median(runs.map((r) => r.rss_mb)), 1),
    nonzero_exits: runs.filter((r) => r.exit_code !== 0).length,
    each: runs,
  });
}

/** Cold starts of the real server: on a fresh, empty data dir, then on an existing one. */
export async function coldStarts(): Promise<void> {
  const first: StartRun[] = [];
  const dirs = Array.from({ length: RUNS }, () => tempDir('start'));
  try {
    for (const [i, dir] of dirs.entries()) {
      note(`first start ${i + 1}/${RUNS}`);
      first.push(await startOnce(dir.dataDir));
    }
    summarise(
      'cold_start_first',
      'spawn until /readyz 200 on an empty data dir (creates and migrates PGlite)',
      first,
    );
    const existing: StartRun[] = [];
    const kept = dirs[0]!;
    for (let i = 0; i < RUNS; i++) {
      note(`start on existing data dir ${i + 1}/${RUNS}`);
      existing.push(await startOnce(kept.dataDir));
    }
    summarise('cold_start_existing', 'spawn until /readyz 200 on an existing, migrated data dir', existing);
  } finally {
    for (const dir of dirs) dir.remove();
  }
}
