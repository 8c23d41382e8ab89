import type { MatchingGraph, SolveMode } from './graph.ts';

export interface PathsResult {
  /** The edge each mentee is matched through, or -1. */
  pairOf: Int32Array;
  /** Potentials at the end: every edge's reduced cost (S − score) + π(mentee) − π(mentor) is ≥ 0. */
  menteePotential: Float64Array;
  mentorPotential: Float64Array;
}

/**
 * Exact maximum-weight assignment of mentees to mentors with capacities, by shortest augmenting paths
 * added row by row (Jonker–Volgenant style) with Dijkstra and node potentials on the sparse graph.
 *
 * As a min-cost flow: every mentee must reach a sink T, either through an allowed pair (cost S − score)
 * to a mentor with spare capacity, or through its own "stay unmatched" edge (cost S, or S + B in
 * participation mode, where B makes one more match worth more than any difference in scores). T has
 * potential 0. Mentor potentials only fall; a mentor with spare capacity keeps 0, so reaching it ends a
 * search at its distance. A full mentor passes the search on to each of its mentees at the same distance,
 * since the pair it holds is tight (reduced cost 0).
 */
export function shortestPaths(
  graph: MatchingGraph,
  mode: SolveMode,
  scale: { best: number; worst: number },
  onProgress?: (menteesDone: number) => void,
): PathsResult {
  const { mentees: n, capacity, start, mentor, score } = graph;
  const { best, worst } = scale;
  const m = capacity.length;
  const edges = start[n]!;
  const cost = new Float64Array(edges);
  for (let e = 0; e < edges; e++) cost[e] = best - score[e]!;
  const unmatchedCost = mode === 'score' ? best : best + n * (best - worst) + 1;

  // The mentees a mentor holds sit in its slots; a mentor never holds more than its pairs allow.
  const slotStart = new Int32Array(m + 1);
  for (let e = 0; e < edges; e++) slotStart[mentor[e]! + 1]!++;
  for (let j = 0; j < m; j++) {
    slotStart[j + 1] = slotStart[j]! + Math.min(slotStart[j + 1]!, Math.max(capacity[j]!, 0));
  }
  const slots = new Int32Array(slotStart[m]!);
  const held = new Int32Array(m);
  const spare = Int32Array.from(capacity);
  const slotOf = new Int32Array(n);
  const pairOf = new Int32Array(n).fill(-1);

  const menteePotential = new Float64Array(n);
  const mentorPotential = new Float64Array(m);

  // Per search; a stamp marks what belongs to the current search instead of clearing the arrays.
  const dist = new Float64Array(m);
  const seen = new Int32Array(m);
  const finished = new Int32Array(m);
  const predMentee = new Int32Array(m);
  const predPair = new Int32Array(m);
  const finalised = new Int32Array(m);
  const heap = new MentorHeap(m, dist);

  for (let source = 0; source < n; source++) {
    const stamp = source + 1;
    heap.clear();
    let doneCount = 0;
    // The best way to T found so far: through endPair to a mentor with spare capacity, or (endPair -1)
    // endMentee stays unmatched.
    let bound = unmatchedCost;
    let endMentee = source;
    let endPair = -1;

    // The mentees to expand: the source, then those held by each full mentor as it is finalised.
    let k = source;
    let dk = 0;
    let cursor = 0;
    let cursorEnd = 0;
    for (;;) {
      const base = dk + menteePotential[k]!;
      for (let e = start[k]!, end = start[k + 1]!; e < end; e++) {
        const j = mentor[e]!;
        let d = base + cost[e]! - mentorPotential[j]!;
        if (d >= bound || finished[j] === stamp) continue;
        if (d < dk) d = dk; // a reduced cost that rounding made slightly negative
        if (spare[j]! > 0) {
          bound = d;
          endMentee = k;
          endPair = e;
        } else if (seen[j] !== stamp) {
          seen[j] = stamp;
          dist[j] = d;
          predMentee[j] = k;
          predPair[j] = e;
          heap.push(j);
        } else if (d < dist[j]!) {
          dist[j] = d;
          predMentee[j] = k;
          predPair[j] = e;
          heap.decrease(j);
        }
      }
      if (k !== source) {
        const d = Math.max(dk, base + unmatchedCost);
        if (d < bound) {
          bound = d;
          endMentee = k;
          endPair = -1;
        }
      }
      if (++cursor < cursorEnd && dk < bound) {
        k = slots[cursor]!;
        continue;
      }
      let next = -1;
      while (heap.size > 0 && dist[heap.top()]! < bound) {
        const j = heap.pop();
        finished[j] = stamp;
        finalised[doneCount++] = j;
        if (held[j]! > 0) {
          next = j;
          break;
        }
      }
      if (next < 0) break;
      cursor = slotStart[next]!;
      cursorEnd = cursor + held[next]!;
      k = slots[cursor]!;
      dk = dist[next]!;
    }

    // Potentials: everything finalised closer than T moves by its distance minus T's.
    menteePotential[source] = -bound;
    for (let f = 0; f < doneCount; f++) {
      const j = finalised[f]!;
      const shift = dist[j]! - bound;
      mentorPotential[j] = mentorPotential[j]! + shift;
      for (let s = slotStart[j]!, end = s + held[j]!; s < end; s++) {
        const h = slots[s]!;
        menteePotential[h] = menteePotential[h]! + shift;
      }
    }

    // Back from T: each mentee on the path takes its new pair and hands its old place to the mentee the
    // search reached that mentor from.
    k = endMentee;
    let e = endPair;
    let slot = -1;
    if (e >= 0) {
      const j = mentor[e]!;
      slot = slotStart[j]! + held[j]!;
      held[j]!++;
      spare[j]!--;
    }
    for (;;) {
      const oldPair = pairOf[k]!;
      const oldSlot = slotOf[k]!;
      pairOf[k] = e;
      slotOf[k] = slot;
      if (slot >= 0) slots[slot] = k;
      if (oldPair < 0) break;
      const j = mentor[oldPair]!;
      k = predMentee[j]!;
      e = predPair[j]!;
      slot = oldSlot;
    }

    if (onProgress && ((source + 1) % 256 === 0 || source + 1 === n)) onProgress(source + 1);
  }

  return { pairOf, menteePotential, mentorPotential };
}

/** A binary min-heap of mentors keyed by their tentative distance, with decrease-key. */
class MentorHeap {
  size = 0;
  private readonly items: Int32Array;
  private readonly position: Int32Array;

  constructor(
    mentors: number,
    private readonly key: Float64Array,
  ) {
    this.items = new Int32Array(mentors);
    this.position = new Int32Array(mentors);
  }

  clear() {
    this.size = 0;
  }

  top() {
    return this.items[0]!;
  }

  push(j: number) {
    this.items[this.size] = j;
    this.position[j] = this.size;
    this.size++;
    this.up(this.size - 1);
  }

  decrease(j: number) {
    this.up(this.position[j]!);
  }

  pop() {
    const { items, position } = this;
    const top = items[0]!;
    const last = items[--this.size]!;
    if (this.size > 0) {
      items[0] = last;
      position[last] = 0;
      this.down(0);
    }
    return top;
  }

  private up(at: number) {
    const { items, position, key } = this;
    const j = items[at]!;
    const d = key[j]!;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const p = items[parent]!;
      if (key[p]! <= d) break;
      items[at] = p;
      position[p] = at;
      at = parent;
    }
    items[at] = j;
    position[j] = at;
  }

  private down(at: number) {
    const { items, position, key, size } = this;
    const j = items[at]!;
    const d = key[j]!;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (child + 1 < size && key[items[child + 1]!]! < key[items[child]!]!) child++;
      const c = items[child]!;
      if (key[c]! >= d) break;
      items[at] = c;
      position[c] = at;
      at = child;
    }
    items[at] = j;
    position[j] = at;
  }
}
