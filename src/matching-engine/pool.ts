import {
  BUNDESLAENDER,
  FORMATS,
  FREQUENCIES,
  ORGANISATION_TYPES,
  SIZE_CLASSES,
} from '../db/schema/registration.ts';
import {
  bundeslandIndex,
  fraction,
  frequencyIndex,
  neighbours,
  pointsPerCriterion,
  sizeIndex,
  type Weights,
} from './criteria.ts';
import { type MatchProfile, type MentorProfile, organisationKey } from './profile.ts';

/**
 * Mentees and mentors compiled to numbers and bit masks, so that a whole cohort (millions of
 * pairs) scores in a fraction of a second. Same rules and arithmetic as explain.ts.
 */
export interface Pool {
  mentees: readonly MatchProfile[];
  mentors: readonly MentorProfile[];
  /**
   * Scores of mentee i with every mentor in tenths of a point (0–1000); -1 where the pair is not
   * allowed, and BELOW_MINIMUM where a minimum (in tenths) was given and the pair cannot reach it.
   */
  scoreRow(i: number, out: Float64Array, minTenths?: number): void;
}

export interface PoolContext {
  weights: Weights;
  year: number;
  /** Pairs never to propose again (declined before, or a tandem that ended) or removed by the coordinator: [menteeId, mentorId]. */
  excluded?: ReadonlyArray<readonly [string, string]>;
}

const popcount = (x: number) => {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

const PRAESENZ = 1 << FORMATS.indexOf('praesenz');
export const BELOW_MINIMUM = -2;
/** Funding phases the tables know: unknown (-1) and up to seven phases. */
const STAGES = 9;

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

function compileSide(people: readonly MatchProfile[], ix: Indexers) {
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
    c.stage[i] = Math.min(p.fundingStage, STAGES - 2);
    c.since[i] = p.inRoleSince;
    const topics = new Set(p.topics);
    c.topicBits.push([...topics].map((t) => ix.topic.of(t)));
    c.topicCount[i] = topics.size;
  });
  return c;
}

/** Topic bit masks; topics beyond the mentors' (no mentor offers them) have no bit. */
function masks(bits: number[][], words: number) {
  const out = new Uint32Array(bits.length * words);
  bits.forEach((list, i) => {
    for (const b of list) if (b < words * 32) out[i * words + (b >>> 5)]! |= 1 << (b & 31);
  });
  return out;
}

type Indexers = Record<'person' | 'org' | 'topic' | 'lang', Indexer>;

/**
 * The mentors compiled once per list: suggestions for many mentees against the same mentors reuse
 * it. The indexers only ever grow, so the mentors' numbers stay valid when mentees are added.
 */
const mentorSides = new WeakMap<readonly MentorProfile[], ReturnType<typeof compileMentors>>();

function compileMentors(mentors: readonly MentorProfile[]) {
  const ix: Indexers = {
    person: new Indexer(),
    org: new Indexer(),
    topic: new Indexer(),
    lang: new Indexer(),
  };
  const side = compileSide(mentors, ix);
  const words = Math.max(1, Math.ceil(ix.topic.size / 32));
  return {
    ix,
    side,
    words,
    offerMask: masks(side.topicBits, words),
    free: Int32Array.from(mentors, (m) => m.freeCapacity),
    index: new Map(mentors.map((p, j) => [p.id, j])),
  };
}

export function compilePool(
  mentees: readonly MatchProfile[],
  mentors: readonly MentorProfile[],
  ctx: PoolContext,
): Pool {
  let compiled = mentorSides.get(mentors);
  if (!compiled) {
    compiled = compileMentors(mentors);
    mentorSides.set(mentors, compiled);
  }
  const { ix, side: b, words, offerMask, free, index: mentorIndex } = compiled;
  const a = compileSide(mentees, ix);
  const needMask = masks(a.topicBits, words);
  const m = mentors.length;
  const t = pointTables(ctx.weights, Math.max(words * 32, ...a.topicCount));
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
  // Per mentor, what does not depend on the mentee.
  const experience = Float64Array.from(
    b.since,
    (since) => fraction.experience(ctx.year - since) * t.pts.experience,
  );
  const {
    person: bPerson,
    org: bOrg,
    langs: bLangs,
    formats: bFormats,
    land: bLand,
    size: bSize,
    type: bType,
  } = b;
  const { frequency: bFrequency, stage: bStage } = b;
  const { topics: topicsT, topicWidth: width, organisation: orgT, region: regionT } = t;
  const { formats: formatsT, funding: fundingT, languages: langT } = t;
  const { pts } = t;
  const restAfterOrganisation = pts.formats + pts.experience + pts.funding + pts.languages;
  const restMax = pts.organisation + restAfterOrganisation;

  return {
    mentees,
    mentors,
    scoreRow(i, out, minTenths = Number.NEGATIVE_INFINITY) {
      // Pairs whose best possible rest cannot lift them to the minimum are not scored to the end.
      const cutoff = minTenths - 0.5 - 1e-6;
      const excluded = excludedByMentee.get(i);
      if (excluded) for (const j of excluded) blocked[j] = 1;
      const person = a.person[i]!;
      const org = a.org[i]!;
      const langs = a.langs[i]!;
      const langRow = a.langCount[i]! * 32;
      const formats = a.formats[i]!;
      const topicRow = a.topicCount[i]! * width;
      const landRow = a.land[i]! * 16;
      const type = a.type[i]!;
      const sizeRow = a.size[i]! * 8;
      const formatRow = formats * 16;
      const frequency = a.frequency[i]!;
      const stageRow = (a.stage[i]! + 1) * STAGES;
      const need = i * words;
      for (let j = 0; j < m; j++) {
        const sharedFormats = formats & bFormats[j]!;
        const sharedLangs = langs & bLangs[j]!;
        if (
          bPerson[j] === person ||
          bOrg[j] === org ||
          sharedLangs === 0 ||
          sharedFormats === 0 ||
          free[j]! <= 0 ||
          blocked[j] === 1
        ) {
          out[j] = -1;
          continue;
        }
        let covered = 0;
        for (let w = 0; w < words; w++) covered += popcount(needMask[need + w]! & offerMask[j * words + w]!);
        const inPerson = (sharedFormats & PRAESENZ) !== 0 ? 256 : 0;
        let s = 0;
        s += topicsT[topicRow + covered]!;
        s += regionT[inPerson + landRow + bLand[j]!]!;
        if ((s + restMax) * 10 < cutoff) {
          out[j] = BELOW_MINIMUM;
          continue;
        }
        s += orgT[(type === bType[j] ? 64 : 0) + sizeRow + bSize[j]!]!;
        if ((s + restAfterOrganisation) * 10 < cutoff) {
          out[j] = BELOW_MINIMUM;
          continue;
        }
        s += formatsT[((formatRow + bFormats[j]!) * 8 + frequency) * 8 + bFrequency[j]!]!;
        s += experience[j]!;
        s += fundingT[stageRow + bStage[j]! + 1]!;
        s += langT[langRow + popcount(sharedLangs)]!;
        // Tenths of a point, as integers: roundScore(s) * 10 without the division.
        out[j] = Math.round(s * 10);
      }
      if (excluded) for (const j of excluded) blocked[j] = 0;
    },
  };
}

/**
 * Every criterion's points for every combination of the small numbers it depends on, computed
 * with the very expressions explain.ts uses, so the sums are identical to the last bit.
 */
function pointTables(weights: Weights, maxTopics: number) {
  const pts = pointsPerCriterion(weights);
  const topicWidth = maxTopics + 1;
  const topics = new Float64Array(topicWidth * topicWidth);
  for (let needed = 0; needed <= maxTopics; needed++)
    for (let covered = 0; covered <= needed; covered++)
      topics[needed * topicWidth + covered] = fraction.topics(covered, needed) * pts.topics;
  const organisation = new Float64Array(128);
  for (let same = 0; same < 2; same++)
    for (let x = 0; x < SIZE_CLASSES.length; x++)
      for (let y = 0; y < SIZE_CLASSES.length; y++)
        organisation[same * 64 + x * 8 + y] =
          fraction.organisation(same === 1, Math.abs(x - y)) * pts.organisation;
  const region = new Float64Array(512);
  for (let inPerson = 0; inPerson < 2; inPerson++)
    for (let x = 0; x < 16; x++)
      for (let y = 0; y < 16; y++) {
        const near = x !== y && inPerson === 1 && neighbours(BUNDESLAENDER[x]!, BUNDESLAENDER[y]!);
        region[inPerson * 256 + x * 16 + y] = fraction.region(x === y, near) * pts.region;
      }
  const formats = new Float64Array(16 * 16 * 8 * 8);
  for (let fa = 0; fa < 16; fa++)
    for (let fb = 0; fb < 16; fb++)
      for (let qa = 0; qa < FREQUENCIES.length; qa++)
        for (let qb = 0; qb < FREQUENCIES.length; qb++)
          formats[((fa * 16 + fb) * 8 + qa) * 8 + qb] =
            fraction.formats(popcount(fa & fb), popcount(fa | fb), Math.abs(qa - qb)) * pts.formats;
  const funding = new Float64Array(STAGES * STAGES);
  for (let sa = -1; sa < STAGES - 1; sa++)
    for (let sb = -1; sb < STAGES - 1; sb++)
      funding[(sa + 1) * STAGES + sb + 1] = fraction.funding(sa, sb) * pts.funding;
  const languages = new Float64Array(32 * 32);
  for (let count = 0; count < 32; count++)
    for (let shared = 0; shared < 32; shared++)
      languages[count * 32 + shared] = fraction.languages(shared, count) * pts.languages;
  return { pts, topics, topicWidth, organisation, region, formats, funding, languages };
}
