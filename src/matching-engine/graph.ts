import type { Pool } from './pool.ts';

/**
 * A matching instance as the solvers take it: mentees 0..n-1, mentors 0..m-1 with a capacity each,
 * and the allowed pairs as a sparse graph in compressed rows (the pairs of mentee i are
 * start[i]..start[i+1]-1). Pairs not listed are not allowed; the graph is never padded to a square.
 */
export interface MatchingGraph {
  mentees: number;
  capacity: Int32Array;
  start: Int32Array;
  mentor: Int32Array;
  score: Float64Array;
}

/** "score": maximise the sum of scores; "participation": maximise the number matched, then the sum. */
export type SolveMode = 'score' | 'participation';

export interface Assignment {
  /** assignment[i] is mentee i's mentor, or -1. */
  assignment: Int32Array;
  matched: number;
  total: number;
}

/**
 * The allowed pairs at or above the minimum score as a solver graph. `candidates[i]` counts mentee
 * i's allowed partners at or above the minimum: an unmatched mentee with none has no partner at all.
 */
export function buildGraph(pool: Pool, minScore: number, capacity?: Int32Array, skip?: Uint8Array) {
  const n = pool.mentees.length;
  const m = pool.mentors.length;
  const cap = capacity ?? Int32Array.from(pool.mentors, (p) => Math.max(0, p.freeCapacity));
  const row = new Float64Array(m);
  // Scores are whole tenths; the epsilon keeps 54.8 * 10 = 548.0000000000001 at 548.
  const minTenths = Math.ceil(minScore * 10 - 1e-9);
  const start = new Int32Array(n + 1);
  let mentor = new Int32Array(Math.max(16, n * 8));
  let score = new Float64Array(mentor.length);
  let e = 0;
  for (let i = 0; i < n; i++) {
    if (skip?.[i] === 1) {
      start[i + 1] = e;
      continue;
    }
    pool.scoreRow(i, row, minTenths);
    for (let j = 0; j < m; j++) {
      const tenths = row[j]!;
      if (tenths < 0 || tenths < minTenths || cap[j]! <= 0) continue;
      if (e === mentor.length) {
        const grown = new Int32Array(e * 2);
        grown.set(mentor);
        mentor = grown;
        const grownScore = new Float64Array(e * 2);
        grownScore.set(score);
        score = grownScore;
      }
      mentor[e] = j;
      score[e] = tenths / 10;
      e++;
    }
    start[i + 1] = e;
  }
  const graph: MatchingGraph = {
    mentees: n,
    capacity: cap,
    start,
    mentor: mentor.subarray(0, e),
    score: score.subarray(0, e),
  };
  return graph;
}
