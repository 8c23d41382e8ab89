import type { Assignment, MatchingGraph, SolveMode } from './graph.ts';

/**
 * The baseline coordinators compare with: go through all pairs from the highest score down and take each
 * pair whose mentee is still free and whose mentor still has capacity; equal scores in graph order.
 * Participation mode uses the same greedy pass (it tends to match many, but not necessarily the most).
 */
export function greedy(graph: MatchingGraph, _mode: SolveMode): Assignment {
  const { mentees: n, capacity, start, mentor, score } = graph;
  const edges = start[n]!;
  const order = pairsByScoreDescending(score, edges);

  const mentee = new Int32Array(edges);
  for (let i = 0; i < n; i++) mentee.fill(i, start[i]!, start[i + 1]!);
  const left = Int32Array.from(capacity);
  const assignment = new Int32Array(n).fill(-1);
  let matched = 0;
  let total = 0;
  for (let p = 0; p < edges; p++) {
    const e = order[p]!;
    const i = mentee[e]!;
    const j = mentor[e]!;
    if (assignment[i] !== -1 || left[j]! <= 0) continue;
    assignment[i] = j;
    left[j]!--;
    matched++;
    total += score[e]!;
  }
  return { assignment, matched, total };
}

/**
 * Pair indices sorted by score descending, ties by index: a stable radix sort on the bits of the
 * doubles, turned so that unsigned order is descending numeric order. Several times faster than
 * sorting the indices with a comparator.
 */
function pairsByScoreDescending(score: Float64Array, edges: number): Int32Array {
  const bits = new Uint32Array(score.buffer, score.byteOffset, edges * 2);
  const littleEndian = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;
  const [low, high] = littleEndian ? [0, 1] : [1, 0];
  let keyHigh = new Uint32Array(edges);
  let keyLow = new Uint32Array(edges);
  let order = new Int32Array(edges);
  for (let e = 0; e < edges; e++) {
    let hi = bits[2 * e + high]!;
    let lo = bits[2 * e + low]!;
    if (hi & 0x80000000) {
      hi = ~hi;
      lo = ~lo;
    } else hi |= 0x80000000;
    keyHigh[e] = ~hi;
    keyLow[e] = ~lo;
    order[e] = e;
  }
  let nextHigh = new Uint32Array(edges);
  let nextLow = new Uint32Array(edges);
  let nextOrder = new Int32Array(edges);
  const count = new Int32Array(0x10001);
  for (let pass = 0; pass < 4; pass++) {
    const digits = pass < 2 ? keyLow : keyHigh;
    const shift = (pass & 1) * 16;
    count.fill(0);
    for (let p = 0; p < edges; p++) count[((digits[p]! >>> shift) & 0xffff) + 1]!++;
    if (edges === 0 || count[((digits[0]! >>> shift) & 0xffff) + 1] === edges) continue;
    for (let d = 0; d < 0x10000; d++) count[d + 1]! += count[d]!;
    for (let p = 0; p < edges; p++) {
      const q = count[(digits[p]! >>> shift) & 0xffff]!++;
      nextOrder[q] = order[p]!;
      nextHigh[q] = keyHigh[p]!;
      nextLow[q] = keyLow[p]!;
    }
    [order, nextOrder] = [nextOrder, order];
    [keyHigh, nextHigh] = [nextHigh, keyHigh];
    [keyLow, nextLow] = [nextLow, keyLow];
  }
  return order;
}
