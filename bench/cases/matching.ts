import { performance } from 'node:perf_hooks';
import { suggest } from '../../src/features/matching/service/suggestions.ts';
import { DEFAULT_WEIGHTS } from '../../src/matching-engine/criteria.ts';
import { buildGraph } from '../../src/matching-engine/graph.ts';
import { greedy } from '../../src/matching-engine/greedy.ts';
import { compilePool } from '../../src/matching-engine/pool.ts';
import { solve } from '../../src/matching-engine/solve.ts';
import { generateCohort } from '../lib/cohort.ts';
import { median, note, report, round } from '../lib/report.ts';

const RUNS = 5;
const ctx = { weights: DEFAULT_WEIGHTS, year: 2026 };

function timed<T>(run: () => T): { seconds: number; value: T } {
  const start = performance.now();
  const value = run();
  return { seconds: (performance.now() - start) / 1000, value };
}

/** The score at which about `share` of all allowed pairs lie at or above, from a sample. */
function minScoreFor(cohort: ReturnType<typeof generateCohort>, share: number) {
  const pool = compilePool(cohort.mentees.slice(0, 400), cohort.mentors, ctx);
  const row = new Float64Array(cohort.mentors.length);
  const scores: number[] = [];
  for (let i = 0; i < 400; i++) {
    pool.scoreRow(i, row);
    for (const s of row) scores.push(s < 0 ? s : s / 10);
  }
  scores.sort((a, b) => b - a);
  return {
    minScore: scores[Math.floor(scores.length * share)]!,
    allowedShare: scores.filter((s) => s >= 0).length / scores.length,
  };
}

/**
 * A matching round of 5,000 mentees × 2,500 mentors (BENCH_MATCHING_MENTEES/_MENTORS) on one core,
 * score computation included, exact beside greedy in both modes; and top-10 suggestions for one mentee.
 */
export async function matchingRound() {
  const n = Number(process.env.BENCH_MATCHING_MENTEES ?? 5000);
  const m = Number(process.env.BENCH_MATCHING_MENTORS ?? 2500);
  const cohort = generateCohort(n, m);
  const { minScore, allowedShare } = minScoreFor(cohort, 0.1);
  note(`matching: ${n} × ${m}, minimum score ${minScore} (10 % of pairs at or above)`);
  for (const mode of ['score', 'participation'] as const) {
    const exact: number[] = [];
    const baseline: number[] = [];
    let figures = { total: 0, matched: 0, greedyTotal: 0, greedyMatched: 0, edges: 0 };
    for (let k = 0; k < RUNS; k++) {
      const a = timed(() => {
        const graph = buildGraph(compilePool(cohort.mentees, cohort.mentors, ctx), minScore);
        return { graph, result: solve(graph, mode) };
      });
      const b = timed(() =>
        greedy(buildGraph(compilePool(cohort.mentees, cohort.mentors, ctx), minScore), mode),
      );
      exact.push(a.seconds);
      baseline.push(b.seconds);
      figures = {
        total: round(a.value.result.total, 1),
        matched: a.value.result.matched,
        greedyTotal: round(b.value.total, 1),
        greedyMatched: b.value.matched,
        edges: a.value.graph.mentor.length,
      };
    }
    report({
      case: 'matching_round',
      mode,
      mentees: n,
      mentors: m,
      capacity: cohort.mentors.reduce((s, x) => s + x.freeCapacity, 0),
      allowed_pairs_share: round(allowedShare, 3),
      min_score: minScore,
      pairs_at_or_above_min: figures.edges,
      seconds_median_of_5: round(median(exact), 3),
      total: figures.total,
      matched: figures.matched,
      greedy_seconds_median_of_5: round(median(baseline), 3),
      greedy_total: figures.greedyTotal,
      greedy_matched: figures.greedyMatched,
      time_ratio_to_greedy: round(median(exact) / median(baseline), 2),
      score_ratio_to_greedy: round(figures.total / figures.greedyTotal, 4),
    });
  }

  const pool = { mentees: cohort.mentees, mentors: cohort.mentors, declined: [] as [string, string][] };
  const times: number[] = [];
  for (let k = 0; k < 200; k++) {
    const mentee = cohort.mentees[k]!.id;
    times.push(timed(() => suggest(pool, mentee, ctx)).seconds);
  }
  report({
    case: 'matching_suggestions',
    mentors: m,
    top: 10,
    ms_median_of_200: round(median(times) * 1000, 2),
    ms_p95: round([...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)]! * 1000, 2),
  });
}
