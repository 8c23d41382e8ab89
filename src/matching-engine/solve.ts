import type { Assignment, MatchingGraph, SolveMode } from './graph.ts';
import { shortestPaths } from './paths.ts';

/** Candidates per mentee in the first pass; the proof of optimality below adds any pair that matters. */
const CANDIDATES = 24;

/**
 * Exact maximum-weight assignment of mentees to mentors with capacities (see paths.ts for the
 * algorithm). Large graphs are solved first on each mentee's best pairs only; the potentials of that
 * solution then certify it for the whole graph (LP duality: no left-out pair has a negative reduced
 * cost), or name the pairs to add before solving again. The answer is always the optimum of the whole
 * graph; the first pass only makes it fast.
 */
export function solve(
  graph: MatchingGraph,
  mode: SolveMode,
  onProgress?: (menteesDone: number) => void,
  candidates = CANDIDATES,
): Assignment {
  const { mentees: n, start, mentor, score } = graph;
  const edges = start[n]!;
  let best = 0;
  let worst = 0;
  for (let e = 0; e < edges; e++) {
    const s = score[e]!;
    if (s > best) best = s;
    if (s < worst) worst = s;
  }
  const scale = { best, worst };
  const chosen = bestPairs(graph, candidates);
  for (let progress = onProgress; ; progress = undefined) {
    const { sub, origin } = subgraph(graph, chosen);
    const found = shortestPaths(sub, mode, scale, progress);
    let missing = 0;
    for (let i = 0; i < n; i++) {
      const pi = found.menteePotential[i]!;
      for (let e = start[i]!; e < start[i + 1]!; e++) {
        if (chosen[e] === 1) continue;
        if (best - score[e]! + pi - found.mentorPotential[mentor[e]!]! < -1e-9) {
          chosen[e] = 1;
          missing++;
        }
      }
    }
    if (missing === 0) return assignmentOf(graph, found.pairOf, origin);
  }
}

/** Marks each mentee's `k` best pairs (all of them for a mentee with fewer). */
function bestPairs(graph: MatchingGraph, k: number): Uint8Array {
  const { mentees: n, start, score } = graph;
  const chosen = new Uint8Array(start[n]!);
  const row = new Float64Array(
    Math.max(0, ...Array.from({ length: n }, (_, i) => start[i + 1]! - start[i]!)),
  );
  for (let i = 0; i < n; i++) {
    const from = start[i]!;
    const degree = start[i + 1]! - from;
    if (degree <= k) {
      chosen.fill(1, from, from + degree);
      continue;
    }
    for (let d = 0; d < degree; d++) row[d] = score[from + d]!;
    const threshold = kthLargest(row, degree, k);
    let left = k;
    for (let d = 0; d < degree; d++) {
      if (score[from + d]! > threshold) {
        chosen[from + d] = 1;
        left--;
      }
    }
    // Ties at the threshold: the first ones, up to k in all.
    for (let d = 0; d < degree && left > 0; d++) {
      if (score[from + d] === threshold) {
        chosen[from + d] = 1;
        left--;
      }
    }
  }
  return chosen;
}

/** The k-th largest of values[0..length), by quickselect (reorders values). */
function kthLargest(values: Float64Array, length: number, k: number): number {
  let lo = 0;
  let hi = length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let a = lo;
    let b = hi;
    while (a <= b) {
      while (values[a]! > pivot) a++;
      while (values[b]! < pivot) b--;
      if (a <= b) {
        const x = values[a]!;
        values[a] = values[b]!;
        values[b] = x;
        a++;
        b--;
      }
    }
    if (target <= b) hi = b;
    else if (target >= a) lo = a;
    else return values[target]!;
  }
  return values[target]!;
}

function subgraph(graph: MatchingGraph, chosen: Uint8Array) {
  const { mentees: n, start, mentor, score } = graph;
  let count = 0;
  for (let e = 0; e < chosen.length; e++) count += chosen[e]!;
  const subStart = new Int32Array(n + 1);
  const subMentor = new Int32Array(count);
  const subScore = new Float64Array(count);
  const origin = new Int32Array(count);
  let at = 0;
  for (let i = 0; i < n; i++) {
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      if (chosen[e] !== 1) continue;
      subMentor[at] = mentor[e]!;
      subScore[at] = score[e]!;
      origin[at++] = e;
    }
    subStart[i + 1] = at;
  }
  const sub: MatchingGraph = {
    mentees: n,
    capacity: graph.capacity,
    start: subStart,
    mentor: subMentor,
    score: subScore,
  };
  return { sub, origin };
}

function assignmentOf(graph: MatchingGraph, pairOf: Int32Array, origin: Int32Array): Assignment {
  const assignment = new Int32Array(graph.mentees).fill(-1);
  let matched = 0;
  let total = 0;
  for (let i = 0; i < graph.mentees; i++) {
    const sub = pairOf[i]!;
    if (sub < 0) continue;
    const e = origin[sub]!;
    assignment[i] = graph.mentor[e]!;
    matched++;
    total += graph.score[e]!;
  }
  return { assignment, matched, total };
}

/**
 * Builds the compressed graph from [mentee, mentor, score] triples, in their order, leaving out pairs
 * scored below minScore and pairs with a mentor of capacity 0.
 */
export function graphFromEdges(
  mentees: number,
  capacity: ArrayLike<number>,
  edges: ReadonlyArray<readonly [number, number, number]>,
  minScore = -Infinity,
): MatchingGraph {
  const caps = Int32Array.from(capacity);
  const keep = (edge: readonly [number, number, number]) => edge[2] >= minScore && caps[edge[1]]! > 0;
  const start = new Int32Array(mentees + 1);
  for (const edge of edges) if (keep(edge)) start[edge[0] + 1]!++;
  for (let i = 0; i < mentees; i++) start[i + 1]! += start[i]!;
  const next = start.slice(0, mentees);
  const mentor = new Int32Array(start[mentees]!);
  const score = new Float64Array(start[mentees]!);
  for (const edge of edges) {
    if (!keep(edge)) continue;
    const at = next[edge[0]]!++;
    mentor[at] = edge[1];
    score[at] = edge[2];
  }
  return { mentees, capacity: caps, start, mentor, score };
}
