import { BUNDESLAENDER, FORMATS, ORGANISATION_TYPES } from '../../../db/schema/registration.ts';
import {
  bundeslandIndex,
  fraction,
  frequencyIndex,
  neighbours,
  pointsPerCriterion,
  roundScore,
  sizeIndex,
  type Weights,
} from './criteria.ts';
import type { MatchingGraph } from './graph.ts';
import { type MatchProfile, type MentorProfile, organisationKey } from './profile.ts';

/**
 * Mentees and mentors compiled to numbers and bit masks, so that a whole cohort (millions of
 * pairs) scores in a fraction of a second. Same rules and arithmetic as explain.ts.
 */
export interface Pool {
  mentees: readonly MatchProfile[];
  mentors: readonly MentorProfile[];
  scoreRow(i: number, out: Float64Array): void;
}

export interface PoolContext {
  weights: Weights;
  year: number;
  /** Pairs never to propose again (declined before) or removed by the coordinator: [menteeId, mentorId]. */
  excluded?: ReadonlyArray<readonly [string, string]>;
}

const popcount = (x: number) => {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

const PRAESENZ = 1 << FORMATS.indexOf('praesenz');

class Indexer {
  private readonly ids = new Map<string, number>();
  of(key: string) {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
  get size() {
    return this.ids.size;
  }
}

function compileSide(
  people: readonly MatchProfile[],
  ix: Record<'person' | 'org' | 'topic' | 'lang', Indexer>,
) {
  const n = people.length;
  const c = {
    person: new Int32Array(n),
    org: new Int32Array(n),
    type: new Int8Array(n),
    land: new Int8Array(n),
    size: new Int8Array(n),
    formats: new Int32Array(n),
    frequency: new Int8Array(n),
    langs: new Int32Array(n),
    langCount: new Int8Array(n),
    stage: new Int8Array(n),
    since: new Int32Array(n),
    topicBits: [] as number[][],
    topicCount: new Int32Array(n),
  };
  people.forEach((p, i) => {
    c.person[i] = ix.person.of(p.personId);
    c.org[i] = ix.org.of(organisationKey(p));
    c.type[i] = ORGANISATION_TYPES.indexOf(p.organisationType);
    c.land[i] = bundeslandIndex(p.bundesland);
    c.size[i] = sizeIndex(p.sizeClass);
    c.formats[i] = p.formats.reduce((m, f) => m | (1 << FORMATS.indexOf(f)), 0);
    c.frequency[i] = frequencyIndex(p.frequency);
    const langs = new Set(p.languages);
    c.langs[i] = [...langs].reduce((m, l) => m | (1 << (ix.lang.of(l) % 31)), 0);
    c.langCount[i] = langs.size;
    c.stage[i] = p.fundingStage;
    c.since[i] = p.inRoleSince;
    const topics = new Set(p.topics);
    c.topicBits.push([...topics].map((t) => ix.topic.of(t)));
    c.topicCount[i] = topics.size;
  });
  return c;
}

function masks(bits: number[][], words: number) {
  const out = new Uint32Array(bits.length * words);
  bits.forEach((list, i) => {
    for (const b of list) out[i * words + (b >>> 5)]! |= 1 << (b & 31);
  });
  return out;
}

export function compilePool(
  mentees: readonly MatchProfile[],
  mentors: readonly MentorProfile[],
  ctx: PoolContext,
): Pool {
  const ix = { person: new Indexer(), org: new Indexer(), topic: new Indexer(), lang: new Indexer() };
  const a = compileSide(mentees, ix);
  const b = compileSide(mentors, ix);
  const words = Math.max(1, Math.ceil(ix.topic.size / 32));
  const needMask = masks(a.topicBits, words);
  const offerMask = masks(b.topicBits, words);
  const free = Int32Array.from(mentors, (m) => m.freeCapacity);
  const m = mentors.length;
  const landPairs = new Uint8Array(16 * 16);
  for (let x = 0; x < 16; x++)
    for (let y = 0; y < 16; y++)
      landPairs[x * 16 + y] = neighbours(BUNDESLAENDER[x]!, BUNDESLAENDER[y]!) ? 1 : 0;
  const pts = pointsPerCriterion(ctx.weights);
  const mentorIndex = new Map(mentors.map((p, j) => [p.id, j]));
  const menteeIndex = new Map(mentees.map((p, i) => [p.id, i]));
  const excludedByMentee = new Map<number, number[]>();
  for (const [menteeId, mentorId] of ctx.excluded ?? []) {
    const i = menteeIndex.get(menteeId);
    const j = mentorIndex.get(mentorId);
    if (i === undefined || j === undefined) continue;
    const list = excludedByMentee.get(i) ?? [];
    list.push(j);
    excludedByMentee.set(i, list);
  }
  const blocked = new Uint8Array(m);

  return {
    mentees,
    mentors,
    scoreRow(i, out) {
      const excluded = excludedByMentee.get(i);
      if (excluded) for (const j of excluded) blocked[j] = 1;
      const person = a.person[i]!;
      const org = a.org[i]!;
      const langs = a.langs[i]!;
      const langCount = a.langCount[i]!;
      const formats = a.formats[i]!;
      const needed = a.topicCount[i]!;
      const land = a.land[i]!;
      for (let j = 0; j < m; j++) {
        const sharedFormats = formats & b.formats[j]!;
        const sharedLangs = langs & b.langs[j]!;
        if (
          b.person[j] === person ||
          b.org[j] === org ||
          sharedLangs === 0 ||
          sharedFormats === 0 ||
          free[j]! <= 0 ||
          blocked[j] === 1
        ) {
          out[j] = -1;
          continue;
        }
        let covered = 0;
        for (let w = 0; w < words; w++)
          covered += popcount(needMask[i * words + w]! & offerMask[j * words + w]!);
        const sameLand = b.land[j] === land;
        const near = !sameLand && (sharedFormats & PRAESENZ) !== 0 && landPairs[land * 16 + b.land[j]!] === 1;
        let s = 0;
        s += fraction.topics(covered, needed) * pts.topics;
        s +=
          fraction.organisation(a.type[i] === b.type[j], Math.abs(a.size[i]! - b.size[j]!)) *
          pts.organisation;
        s += fraction.region(sameLand, near) * pts.region;
        s +=
          fraction.formats(
            popcount(sharedFormats),
            popcount(formats | b.formats[j]!),
            Math.abs(a.frequency[i]! - b.frequency[j]!),
          ) * pts.formats;
        s += fraction.experience(ctx.year - b.since[j]!) * pts.experience;
        s += fraction.funding(a.stage[i]!, b.stage[j]!) * pts.funding;
        s += fraction.languages(popcount(sharedLangs), langCount) * pts.languages;
        out[j] = roundScore(s);
      }
      if (excluded) for (const j of excluded) blocked[j] = 0;
    },
  };
}

/**
 * The allowed pairs at or above the minimum score as a solver graph. `candidates[i]` counts mentee
 * i's allowed partners at or above the minimum: an unmatched mentee with none has no partner at all.
 */
export function buildGraph(pool: Pool, minScore: number, capacity?: Int32Array) {
  const n = pool.mentees.length;
  const m = pool.mentors.length;
  const cap = capacity ?? Int32Array.from(pool.mentors, (p) => Math.max(0, p.freeCapacity));
  const row = new Float64Array(m);
  const start = new Int32Array(n + 1);
  let mentor = new Int32Array(Math.max(16, n * 8));
  let score = new Float64Array(mentor.length);
  let e = 0;
  for (let i = 0; i < n; i++) {
    pool.scoreRow(i, row);
    for (let j = 0; j < m; j++) {
      const s = row[j]!;
      if (s < 0 || s < minScore || cap[j]! <= 0) continue;
      if (e === mentor.length) {
        const grown = new Int32Array(e * 2);
        grown.set(mentor);
        mentor = grown;
        const grownScore = new Float64Array(e * 2);
        grownScore.set(score);
        score = grownScore;
      }
      mentor[e] = j;
      score[e] = s;
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
