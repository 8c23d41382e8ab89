import type { RoundFigures, RoundMode, RoundPair, RoundResult } from '../../../db/schema/matching.ts';
import { roundScore, type Weights } from '../../../matching-engine/criteria.ts';
import type { Assignment, MatchingGraph } from '../../../matching-engine/graph.ts';
import { buildGraph } from '../../../matching-engine/graph.ts';
import { greedy } from '../../../matching-engine/greedy.ts';
import { compilePool } from '../../../matching-engine/pool.ts';
import type { MatchProfile, MentorProfile } from '../../../matching-engine/profile.ts';
import { solve } from '../../../matching-engine/solve.ts';

export interface RoundInput {
  mentees: MatchProfile[];
  mentors: MentorProfile[];
  /** Pairs not allowed in this round: declined before, or removed by the coordinator. */
  excluded: [string, string][];
  /** Pairs the coordinator locked: they stay, whatever the optimum would be. */
  locked: { menteeId: string; mentorId: string }[];
  weights: Weights;
  year: number;
  minScore: number;
  mode: RoundMode;
}

/** Scoring is about a third of a round's work, solving the rest. */
const SCORING_SHARE = 35;

/**
 * One matching round, from profiles to figures: locked pairs first, the exact optimum for the rest,
 * and the greedy assignment on the same pairs for comparison. Pure: runs in a worker thread.
 */
export function computeRound(
  input: RoundInput,
  onProgress: (percent: number) => void = () => {},
): RoundResult {
  const started = performance.now();
  const pool = compilePool(input.mentees, input.mentors, {
    weights: input.weights,
    year: input.year,
    excluded: input.excluded,
  });
  const menteeIndex = new Map(input.mentees.map((p, i) => [p.id, i]));
  const mentorIndex = new Map(input.mentors.map((p, j) => [p.id, j]));
  const capacity = Int32Array.from(input.mentors, (p) => Math.max(0, p.freeCapacity));
  const skip = new Uint8Array(input.mentees.length);
  const row = new Float64Array(input.mentors.length);
  const lockedPairs: RoundPair[] = [];
  for (const { menteeId, mentorId } of input.locked) {
    const i = menteeIndex.get(menteeId);
    const j = mentorIndex.get(mentorId);
    // A locked pair whose people left the pool (or that is no longer allowed) is dropped.
    if (i === undefined || j === undefined || skip[i] === 1 || capacity[j]! <= 0) continue;
    pool.scoreRow(i, row);
    if (row[j]! < 0) continue;
    skip[i] = 1;
    capacity[j]!--;
    lockedPairs.push({ menteeId, mentorId, score: row[j]! / 10, locked: true });
  }
  onProgress(5);
  const graph = buildGraph(pool, input.minScore, capacity, skip);
  onProgress(SCORING_SHARE);
  const n = input.mentees.length;
  const exact = solve(graph, input.mode, (done) =>
    onProgress(SCORING_SHARE + Math.floor(((100 - SCORING_SHARE) * done) / Math.max(1, n))),
  );
  const baseline = greedy(graph, input.mode);
  const pairs = [...lockedPairs, ...pairsOf(graph, exact, input)];
  const unmatched: RoundResult['unmatched'] = [];
  for (let i = 0; i < n; i++) {
    if (skip[i] === 1 || exact.assignment[i] !== -1) continue;
    unmatched.push({ menteeId: input.mentees[i]!.id, candidates: graph.start[i + 1]! - graph.start[i]! });
  }
  const histogram = new Array<number>(10).fill(0);
  for (const p of pairs) histogram[Math.min(9, Math.floor(p.score / 10))]!++;
  const lockedTotal = lockedPairs.reduce((s, p) => s + p.score, 0);
  return {
    pairs,
    unmatched,
    exact: figures(exact, lockedPairs.length, lockedTotal),
    greedy: figures(baseline, lockedPairs.length, lockedTotal),
    histogram,
    pool: {
      mentees: n,
      mentors: input.mentors.length,
      capacity: input.mentors.reduce((s, p) => s + Math.max(0, p.freeCapacity), 0),
      edges: graph.mentor.length,
    },
    seconds: (performance.now() - started) / 1000,
  };
}

function pairsOf(graph: MatchingGraph, a: Assignment, input: RoundInput): RoundPair[] {
  const pairs: RoundPair[] = [];
  for (let i = 0; i < graph.mentees; i++) {
    const j = a.assignment[i]!;
    if (j < 0) continue;
    let score = 0;
    for (let e = graph.start[i]!; e < graph.start[i + 1]!; e++)
      if (graph.mentor[e] === j) score = graph.score[e]!;
    pairs.push({ menteeId: input.mentees[i]!.id, mentorId: input.mentors[j]!.id, score, locked: false });
  }
  return pairs;
}

function figures(a: Assignment, lockedCount: number, lockedTotal: number): RoundFigures {
  const matched = a.matched + lockedCount;
  const total = roundScore(a.total + lockedTotal);
  return { matched, total, mean: matched === 0 ? 0 : roundScore(total / matched) };
}
