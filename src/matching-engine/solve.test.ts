import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assignment, SolveMode } from './graph.ts';
import { greedy } from './greedy.ts';
import { graphFromEdges, solve } from './solve.ts';

type Edge = readonly [number, number, number];
interface Instance {
  mentees: number;
  capacity: number[];
  edges: Edge[];
  minScore: number;
  mode: SolveMode;
}
interface Optimum {
  matched: number;
  total: number;
}

/** The pairs the instance allows, keyed "mentee,mentor", read from the raw edges independently of the solver. */
function allowedPairs({ capacity, edges, minScore }: Instance) {
  const allowed = new Map<string, number>();
  for (const [i, j, s] of edges) if (s >= minScore && capacity[j]! > 0) allowed.set(`${i},${j}`, s);
  return allowed;
}

const better = (mode: SolveMode, a: Optimum, b: Optimum) =>
  mode === 'score'
    ? a.total > b.total + 1e-9
    : a.matched > b.matched || (a.matched === b.matched && a.total > b.total + 1e-9);

/** Reference (a): every feasible assignment, one mentee after another. */
function bruteForce(instance: Instance): Optimum {
  const rows = Array.from({ length: instance.mentees }, () => [] as [number, number][]);
  for (const [key, s] of allowedPairs(instance)) {
    const [i, j] = key.split(',').map(Number);
    rows[i!]!.push([j!, s]);
  }
  const left = [...instance.capacity];
  let best: Optimum = { matched: 0, total: 0 };
  const visit = (i: number, matched: number, total: number) => {
    if (i === instance.mentees) {
      if (better(instance.mode, { matched, total }, best)) best = { matched, total };
      return;
    }
    visit(i + 1, matched, total);
    for (const [j, s] of rows[i]!) {
      if (left[j]! === 0) continue;
      left[j]!--;
      visit(i + 1, matched + 1, total + s);
      left[j]!++;
    }
  };
  visit(0, 0, 0);
  return best;
}

/**
 * Reference (b): min-cost flow by successive shortest paths found with Bellman–Ford. Source → mentee
 * (capacity 1), mentee → mentor (capacity 1, cost −score), mentor → sink (its capacity). In score mode
 * it stops once the cheapest path no longer gains; in participation mode it augments while any path exists.
 */
function minCostFlow(instance: Instance): Optimum {
  const n = instance.mentees;
  const m = instance.capacity.length;
  const source = n + m;
  const sink = source + 1;
  const to: number[] = [];
  const cap: number[] = [];
  const cost: number[] = [];
  const out: number[][] = Array.from({ length: sink + 1 }, () => []);
  const half = (a: number, b: number, c: number, w: number) => {
    out[a]!.push(to.length);
    to.push(b);
    cap.push(c);
    cost.push(w);
  };
  // An arc and its reverse sit at e and e ^ 1.
  const arc = (a: number, b: number, c: number, w: number) => {
    half(a, b, c, w);
    half(b, a, 0, -w);
  };
  for (let i = 0; i < n; i++) arc(source, i, 1, 0);
  for (const [key, s] of allowedPairs(instance)) {
    const [i, j] = key.split(',').map(Number);
    arc(i!, n + j!, 1, -s);
  }
  for (let j = 0; j < m; j++) arc(n + j, sink, instance.capacity[j]!, 0);

  let matched = 0;
  let total = 0;
  for (;;) {
    const dist = new Array<number>(sink + 1).fill(Infinity);
    const via = new Array<number>(sink + 1).fill(-1);
    dist[source] = 0;
    for (let round = 0, changed = true; changed && round <= sink; round++) {
      changed = false;
      for (let a = 0; a <= sink; a++) {
        if (dist[a] === Infinity) continue;
        for (const e of out[a]!) {
          if (cap[e]! > 0 && dist[a]! + cost[e]! < dist[to[e]!]! - 1e-9) {
            dist[to[e]!] = dist[a]! + cost[e]!;
            via[to[e]!] = e;
            changed = true;
          }
        }
      }
    }
    if (dist[sink] === Infinity) break;
    if (instance.mode === 'score' && dist[sink]! >= -1e-9) break;
    for (let v = sink; v !== source; v = to[via[v]! ^ 1]!) {
      cap[via[v]!]!--;
      cap[via[v]! ^ 1]!++;
    }
    matched++;
    total -= dist[sink]!;
  }
  return { matched, total };
}

/** Feasibility, and matched/total consistent with the assignment; returns the result as an Optimum. */
function checked(instance: Instance, result: Assignment): Optimum {
  const allowed = allowedPairs(instance);
  const load = new Array<number>(instance.capacity.length).fill(0);
  let matched = 0;
  let total = 0;
  expect(result.assignment).toHaveLength(instance.mentees);
  for (const [i, j] of result.assignment.entries()) {
    if (j === -1) continue;
    const s = allowed.get(`${i},${j}`);
    expect(s, `mentee ${i} with mentor ${j} is not an allowed pair`).toBeDefined();
    load[j]!++;
    matched++;
    total += s!;
  }
  for (const [j, l] of load.entries()) expect(l, `mentor ${j}`).toBeLessThanOrEqual(instance.capacity[j]!);
  expect(result.matched).toBe(matched);
  expect(result.total).toBeCloseTo(total, 6);
  return { matched, total };
}

function expectOptimal(instance: Instance, reference: (instance: Instance) => Optimum) {
  const graph = graphFromEdges(instance.mentees, instance.capacity, instance.edges, instance.minScore);
  const got = checked(instance, solve(graph, instance.mode));
  const want = reference(instance);
  expect(Math.abs(got.total - want.total), `total ${got.total}, optimum ${want.total}`).toBeLessThan(1e-6);
  if (instance.mode === 'participation') expect(got.matched).toBe(want.matched);
  // Starting from only the best one or two pairs per mentee, the certificate must add what matters.
  for (const candidates of [1, 2]) {
    const narrow = checked(instance, solve(graph, instance.mode, undefined, candidates));
    expect(Math.abs(narrow.total - want.total), `with ${candidates} candidates`).toBeLessThan(1e-6);
    if (instance.mode === 'participation') expect(narrow.matched).toBe(want.matched);
  }

  const baseline = checked(instance, greedy(graph, instance.mode));
  expect(better(instance.mode, baseline, got), 'greedy beats the exact solver').toBe(false);
}

/** Random instances; a few distinct scores make ties frequent. One pair in excludeOneIn is not allowed. */
function instances(maxMentees: number, maxMentors: number, excludeOneIn: number) {
  const scores = [-5, 0, 40, 55, 55, 71.5, 90, 90, 100];
  return fc
    .record({
      mentees: fc.integer({ min: 0, max: maxMentees }),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 0, maxLength: maxMentors }),
      table: fc.array(fc.option(fc.constantFrom(...scores), { freq: excludeOneIn }), {
        minLength: maxMentees * maxMentors,
        maxLength: maxMentees * maxMentors,
      }),
      minScore: fc.constantFrom(-Infinity, -Infinity, 0, 40, 55, 90),
      mode: fc.constantFrom<SolveMode>('score', 'participation'),
      reversed: fc.boolean(),
    })
    .map(({ mentees, capacity, table, minScore, mode, reversed }): Instance => {
      const edges: Edge[] = [];
      for (let i = 0; i < mentees; i++) {
        for (let j = 0; j < capacity.length; j++) {
          const s = table[i * maxMentors + j];
          if (s !== null && s !== undefined) edges.push([i, j, s]);
        }
      }
      if (reversed) edges.reverse();
      return { mentees, capacity, edges, minScore, mode };
    });
}

describe('solve, against independent exact methods', () => {
  it('matches brute force on tiny instances', () => {
    fc.assert(
      fc.property(instances(6, 4, 4), (instance) => expectOptimal(instance, bruteForce)),
      { numRuns: 3000 },
    );
  });

  it('matches a Bellman–Ford min-cost flow on instances up to 30 × 12', () => {
    fc.assert(
      fc.property(instances(30, 12, 3), (instance) => expectOptimal(instance, minCostFlow)),
      { numRuns: 1000 },
    );
  });

  it('matches the min-cost flow on sparse instances with scarce capacity', () => {
    fc.assert(
      fc.property(instances(60, 25, 2), (instance) => expectOptimal(instance, minCostFlow)),
      { numRuns: 100 },
    );
  });
});

describe('solve, by example', () => {
  const solved = (
    mentees: number,
    capacity: number[],
    edges: Edge[],
    mode: SolveMode = 'score',
    min = -Infinity,
  ) => {
    const { assignment, matched, total } = solve(graphFromEdges(mentees, capacity, edges, min), mode);
    return { assignment: [...assignment], matched, total };
  };

  it('solves the example of the issue: a score equal to the minimum is allowed', () => {
    const edges: Edge[] = [
      [0, 0, 71.5],
      [0, 1, 55],
      [1, 1, 90],
      [2, 0, 40],
    ];
    // Mentee 0 gives up its best mentor so that mentee 2 can be matched: 55 + 90 + 40 beats 71.5 + 90.
    expect(solved(3, [1, 2], edges, 'score', 40)).toEqual({ assignment: [1, 1, 0], matched: 3, total: 185 });
    expect(solved(3, [1, 2], edges, 'score', 41)).toEqual({
      assignment: [0, 1, -1],
      matched: 2,
      total: 161.5,
    });
  });

  it('solves an empty instance and one without mentors', () => {
    expect(solved(0, [], [])).toEqual({ assignment: [], matched: 0, total: 0 });
    expect(solved(3, [], [], 'participation')).toEqual({ assignment: [-1, -1, -1], matched: 0, total: 0 });
  });

  it('never assigns a mentor with capacity 0, and leaves its pairs out of the graph', () => {
    const edges: Edge[] = [
      [0, 0, 100],
      [1, 0, 90],
      [1, 1, 50],
    ];
    expect(graphFromEdges(2, [0, 1], edges).mentor).toEqual(Int32Array.from([1]));
    expect(solved(2, [0, 1], edges)).toEqual({ assignment: [-1, 1], matched: 1, total: 50 });
  });

  it('matches no one when all pairs are below the minimum', () => {
    const edges: Edge[] = [
      [0, 0, 59.9],
      [1, 0, 30],
    ];
    expect(graphFromEdges(2, [2], edges, 60).start).toEqual(Int32Array.from([0, 0, 0]));
    expect(solved(2, [2], edges, 'participation', 60)).toEqual({
      assignment: [-1, -1],
      matched: 0,
      total: 0,
    });
  });

  it('finds the optimum where taking the best pair first is wrong', () => {
    const edges: Edge[] = [
      [0, 0, 90],
      [0, 1, 80],
      [1, 0, 85],
    ];
    const graph = graphFromEdges(2, [1, 1], edges);
    expect(greedy(graph, 'score')).toEqual({ assignment: Int32Array.from([0, -1]), matched: 1, total: 90 });
    expect(solved(2, [1, 1], edges)).toEqual({ assignment: [1, 0], matched: 2, total: 165 });
  });

  it('matches more people in participation mode, at the cost of score', () => {
    const edges: Edge[] = [
      [0, 0, 100],
      [0, 1, 10],
      [1, 0, 10],
    ];
    expect(solved(2, [1, 1], edges, 'score')).toEqual({ assignment: [0, -1], matched: 1, total: 100 });
    expect(solved(2, [1, 1], edges, 'participation')).toEqual({
      assignment: [1, 0],
      matched: 2,
      total: 20,
    });
  });

  it('reports progress every 256 mentees and at the end', () => {
    const done: number[] = [];
    solve(graphFromEdges(600, [1], [[599, 0, 50]]), 'score', (n) => done.push(n));
    expect(done).toEqual([256, 512, 600]);
  });
});
