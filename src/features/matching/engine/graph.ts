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
