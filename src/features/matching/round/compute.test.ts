import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../../../matching-engine/criteria.ts';
import type { MatchProfile, MentorProfile } from '../../../matching-engine/profile.ts';
import { computeRound, type RoundInput } from './compute.ts';

const person = (id: string, over: Partial<MatchProfile> = {}): MatchProfile => ({
  id,
  personId: `person-${id}`,
  organisationName: `Organisation ${id}`,
  organisationType: 'gemeinde',
  bundesland: 'NW',
  sizeClass: '5000_20000',
  formats: ['online'],
  frequency: 'monatlich',
  languages: ['de'],
  inRoleSince: 2020,
  fundingStage: 0,
  topics: ['t1'],
  ...over,
});
const mentor = (id: string, freeCapacity: number, over: Partial<MatchProfile> = {}): MentorProfile => ({
  ...person(id, over),
  freeCapacity,
});

const input = (over: Partial<RoundInput>): RoundInput => ({
  mentees: [],
  mentors: [],
  excluded: [],
  locked: [],
  weights: DEFAULT_WEIGHTS,
  year: 2026,
  minScore: 0,
  mode: 'score',
  ...over,
});

describe('computeRound', () => {
  it('respects capacities, names unmatched mentees with their candidate count, and fills the histogram', () => {
    const result = computeRound(
      input({
        mentees: [person('a'), person('b'), person('c', { languages: ['pl'] })],
        mentors: [mentor('m', 1)],
      }),
    );
    expect(result.pairs).toHaveLength(1);
    expect(result.exact.matched).toBe(1);
    expect(result.unmatched).toEqual(
      expect.arrayContaining([{ menteeId: 'c', candidates: 0 }, expect.objectContaining({ candidates: 1 })]),
    );
    expect(result.histogram.reduce((s, x) => s + x, 0)).toBe(1);
    expect(result.pool).toMatchObject({ mentees: 3, mentors: 1, capacity: 1, edges: 2 });
  });

  it('keeps locked pairs, drops locked pairs that are no longer possible, and never forms excluded pairs', () => {
    const result = computeRound(
      input({
        mentees: [person('a'), person('b')],
        mentors: [mentor('m1', 1), mentor('m2', 1, { topics: ['t9'] })],
        locked: [
          { menteeId: 'a', mentorId: 'm2' },
          { menteeId: 'gone', mentorId: 'm1' },
        ],
        excluded: [['b', 'm1']],
      }),
    );
    expect(result.pairs).toEqual([expect.objectContaining({ menteeId: 'a', mentorId: 'm2', locked: true })]);
    expect(result.unmatched).toEqual([{ menteeId: 'b', candidates: 0 }]);
    expect(result.exact.matched).toBe(1);
    expect(result.greedy.matched).toBe(1);
  });
});
