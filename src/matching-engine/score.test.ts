import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUNDESLAENDER,
  FORMATS,
  FREQUENCIES,
  ORGANISATION_TYPES,
  SIZE_CLASSES,
} from '../db/schema/registration.ts';
import { reasonText } from '../features/proposals/views/Reasons.tsx';
import { translator } from '../i18n/index.ts';
import { DEFAULT_WEIGHTS, weightsFrom } from './criteria.ts';
import { explain } from './explain.ts';
import { buildGraph } from './graph.ts';
import { BELOW_MINIMUM, compilePool } from './pool.ts';
import type { MatchProfile, MentorProfile } from './profile.ts';

const base: MatchProfile = {
  id: 'mentee',
  personId: 'p1',
  organisationName: 'Gemeinde Talheim',
  organisationType: 'gemeinde',
  bundesland: 'BY',
  sizeClass: '5000_20000',
  formats: ['online', 'telefon'],
  frequency: 'monatlich',
  languages: ['de'],
  inRoleSince: 2025,
  fundingStage: 0,
  topics: ['t1', 't2', 't3', 't4'],
};
const mentor = (over: Partial<MentorProfile> = {}): MentorProfile => ({
  ...base,
  id: 'mentor',
  personId: 'p2',
  organisationName: 'Stadt Beispielburg',
  organisationType: 'stadt',
  sizeClass: '20000_50000',
  inRoleSince: 2018,
  fundingStage: 1,
  topics: ['t1', 't2', 't3', 't9'],
  freeCapacity: 1,
  ...over,
});
const ctx = { weights: DEFAULT_WEIGHTS, year: 2026 };

describe('explain', () => {
  it('gives a reason per criterion that adds up to the score', () => {
    const e = explain(base, mentor(), ctx);
    expect(e.exclusion).toBeNull();
    const topics = e.criteria.find((c) => c.criterion === 'topics')!;
    expect(topics.reason).toEqual({
      key: 'topics',
      params: { covered: 3, needed: 4 },
      list: { kind: 'topic', values: ['t1', 't2', 't3'] },
    });
    expect(topics.points).toBe(26.3);
    expect(e.criteria.find((c) => c.criterion === 'region')!.reason.key).toBe('regionSame');
    expect(e.criteria.find((c) => c.criterion === 'formats')!.reason).toMatchObject({
      key: 'formatsSameFrequency',
      list: { values: ['online', 'telefon'] },
    });
    expect(e.criteria.find((c) => c.criterion === 'funding')!.reason.key).toBe('fundingAhead');
    const sum = e.criteria.reduce((s, c) => s + c.points, 0);
    expect(Math.abs(sum - e.score)).toBeLessThan(0.5);
    expect(e.score).toBeGreaterThan(70);
  });

  it('scores a perfect pair 100 and an excluded pair 0 with the rule that excludes it', () => {
    const perfect = mentor({
      organisationType: 'gemeinde',
      sizeClass: '5000_20000',
      topics: base.topics,
      fundingStage: 0,
    });
    expect(explain(base, perfect, ctx).score).toBe(100);
    expect(explain(base, mentor({ personId: 'p1' }), ctx).exclusion).toBe('samePerson');
    expect(explain(base, mentor({ organisationName: 'gemeinde  TALHEIM (Demo)' }), ctx).exclusion).toBe(
      'sameOrganisation',
    );
    expect(explain(base, mentor({ languages: ['en'] }), ctx).exclusion).toBe('noSharedLanguage');
    expect(explain(base, mentor({ formats: ['praesenz'] }), ctx).exclusion).toBe('noSharedFormat');
    expect(explain(base, mentor({ freeCapacity: 0 }), ctx).exclusion).toBe('mentorFull');
    expect(explain(base, mentor(), { ...ctx, declined: true })).toMatchObject({
      exclusion: 'declinedBefore',
      score: 0,
    });
  });

  it('counts a neighbouring Bundesland as the region only when both meet in person', () => {
    const inPerson = { ...base, formats: ['praesenz', 'online'] as const };
    const near = mentor({ bundesland: 'BW', formats: ['praesenz'] });
    expect(explain(inPerson, near, ctx).criteria.find((c) => c.criterion === 'region')!.reason.key).toBe(
      'regionNeighbour',
    );
    expect(
      explain(base, mentor({ bundesland: 'BW' }), ctx).criteria.find((c) => c.criterion === 'region')!.reason
        .key,
    ).toBe('regionOther');
  });

  it('follows the programme weights: only topics counting makes topic coverage the score', () => {
    const weights = weightsFrom({
      topics: 10,
      organisation: 0,
      region: 0,
      formats: 0,
      experience: 0,
      funding: 0,
      languages: 0,
    });
    expect(explain(base, mentor(), { ...ctx, weights }).score).toBe(75);
    expect(weightsFrom({ topics: -3, region: 'x', unknown: 5 })).toEqual(DEFAULT_WEIGHTS);
  });
});

const profileArb = (role: 'mentee' | 'mentor') =>
  fc.record({
    personId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    organisationName: fc.constantFrom('Stadt A', 'Stadt B', 'Kreis C', 'Gemeinde D'),
    organisationType: fc.constantFrom(...ORGANISATION_TYPES),
    bundesland: fc.constantFrom(...BUNDESLAENDER),
    sizeClass: fc.constantFrom(...SIZE_CLASSES),
    formats: fc.subarray([...FORMATS]),
    frequency: fc.constantFrom(...FREQUENCIES),
    languages: fc.subarray(['de', 'en', 'pl', 'tr']),
    inRoleSince: fc.integer({ min: 2010, max: 2026 }),
    fundingStage: fc.integer({ min: -1, max: 1 }),
    topics: fc.subarray(Array.from({ length: 40 }, (_, k) => `topic-${k}`)),
    freeCapacity: fc.integer({ min: role === 'mentor' ? 0 : 1, max: 3 }),
  });

describe('the pool scores every pair exactly as explain does', () => {
  it('for random cohorts, weights and exclusions', () => {
    fc.assert(
      fc.property(
        fc.array(profileArb('mentee'), { minLength: 1, maxLength: 6 }),
        fc.array(profileArb('mentor'), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 7, maxLength: 7 }),
        fc.array(fc.tuple(fc.nat(5), fc.nat(5)), { maxLength: 4 }),
        fc.integer({ min: 0, max: 1000 }),
        (menteeRows, mentorRows, w, declined, minTenths) => {
          const mentees = menteeRows.map((r, i) => ({ ...r, id: `e${i}` }));
          const mentors = mentorRows.map((r, j) => ({ ...r, id: `m${j}` }));
          const weights = weightsFrom({
            topics: w[0],
            organisation: w[1],
            region: w[2],
            formats: w[3],
            experience: w[4],
            funding: w[5],
            languages: w[6],
          });
          const excluded = declined.map(([i, j]) => [`e${i}`, `m${j}`] as const);
          const pool = compilePool(mentees, mentors, { weights, year: 2026, excluded });
          const row = new Float64Array(mentors.length);
          const cut = new Float64Array(mentors.length);
          mentees.forEach((mentee, i) => {
            pool.scoreRow(i, row);
            mentors.forEach((m, j) => {
              const declinedPair = excluded.some(([a, b]) => a === mentee.id && b === m.id);
              const e = explain(mentee, m, { weights, year: 2026, declined: declinedPair });
              expect(row[j]).toBe(e.exclusion ? -1 : Math.round(e.score * 10));
              // With a minimum, a pair is left unscored only if it really stays below it.
              pool.scoreRow(i, cut, minTenths);
              if (cut[j] === BELOW_MINIMUM) expect(row[j]).toBeLessThan(minTenths);
              else expect(cut[j]).toBe(row[j]);
            });
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('builds a graph of the allowed pairs at or above the minimum score', () => {
    const mentors = [
      mentor({ id: 'm0' }),
      mentor({ id: 'm1', languages: ['en'] }),
      mentor({ id: 'm2', freeCapacity: 2 }),
    ];
    const pool = compilePool([base], mentors, { ...ctx, excluded: [['mentee', 'm2']] });
    const graph = buildGraph(pool, 40);
    expect([...graph.mentor]).toEqual([0]);
    expect([...graph.capacity]).toEqual([1, 1, 2]);
    expect(buildGraph(pool, 99).mentor.length).toBe(0);
  });
});

describe('the explanation says what differs when the points differ', () => {
  const de = translator('de');
  const sentence = (e: ReturnType<typeof explain>, criterion: string) => {
    const c = e.criteria.find((x) => x.criterion === criterion)!;
    return { points: c.points, text: reasonText(de, 'de', c.reason, new Map()) };
  };

  it('for formats: a shared format with one more only one side names, and how far the rhythms lie apart', () => {
    const only = sentence(explain(base, mentor({ formats: ['online'] }), ctx), 'formats');
    const more = sentence(explain(base, mentor({ formats: ['online', 'praesenz'] }), ctx), 'formats');
    expect(more.points).toBeLessThan(only.points);
    expect(only.text).toBe(
      'Gemeinsame Formate: Online; ein weiteres Format nennt nur eine Seite; gleicher gewünschter Rhythmus.',
    );
    expect(more.text).toBe(
      'Gemeinsame Formate: Online; 2 weitere Formate nennt nur eine Seite; gleicher gewünschter Rhythmus.',
    );
    const near = sentence(explain(base, mentor({ frequency: 'zweiwoechentlich' }), ctx), 'formats');
    const far = sentence(explain(base, mentor({ frequency: 'woechentlich' }), ctx), 'formats');
    expect(far.points).toBeLessThan(near.points);
    expect(near.text).toBe(
      'Gemeinsame Formate: Online und Telefon; der gewünschte Rhythmus liegt eine Stufe auseinander.',
    );
    expect(far.text).toBe(
      'Gemeinsame Formate: Online und Telefon; der gewünschte Rhythmus liegt 2 Stufen auseinander.',
    );
  });

  it('for languages and the size of the organisation: a partial match and the distance are named', () => {
    const both = { ...base, languages: ['de', 'en'] };
    expect(sentence(explain(both, mentor({ languages: ['de'] }), ctx), 'languages').text).toBe(
      'Gemeinsame Sprachen: Deutsch; eine weitere Sprache der*des Mentee spricht die Mentor*in nicht.',
    );
    expect(sentence(explain(base, mentor({ languages: ['de'] }), ctx), 'languages').text).toBe(
      'Gemeinsame Sprachen: Deutsch.',
    );
    const two = sentence(explain(base, mentor({ sizeClass: '50000_100000' }), ctx), 'organisation');
    const four = sentence(explain(base, mentor({ sizeClass: 'ueber_500000' }), ctx), 'organisation');
    expect(four.points).toBeLessThan(two.points);
    expect(two.text).toBe(
      'Unterschiedliche Art von Organisation und deutlich unterschiedliche Größe (2 Größenklassen auseinander).',
    );
    expect(four.text).toContain('(4 Größenklassen auseinander)');
  });

  it('for random pairs: the same sentence for a criterion always means the same points', () => {
    fc.assert(
      fc.property(profileArb('mentee'), profileArb('mentor'), profileArb('mentor'), (mentee, m1, m2) => {
        const a = explain({ ...mentee, id: 'e' }, { ...m1, id: 'm1' }, ctx);
        const b = explain({ ...mentee, id: 'e' }, { ...m2, id: 'm2' }, ctx);
        for (const c of a.criteria) {
          const x = sentence(a, c.criterion);
          const y = sentence(b, c.criterion);
          if (x.text === y.text) expect(y.points, `${c.criterion}: ${x.text}`).toBe(x.points);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
