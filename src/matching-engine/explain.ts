import {
  CRITERIA,
  type Criterion,
  fraction,
  frequencyIndex,
  neighbours,
  pointsPerCriterion,
  roundScore,
  sizeIndex,
  type Weights,
} from './criteria.ts';
import { type MatchProfile, type MentorProfile, organisationKey } from './profile.ts';

/** Why a pair is not allowed; checked in this order. */
export const EXCLUSIONS = [
  'samePerson',
  'sameOrganisation',
  'noSharedLanguage',
  'noSharedFormat',
  'mentorFull',
  'declinedBefore',
] as const;
export type Exclusion = (typeof EXCLUSIONS)[number];

/**
 * A reason in words the view turns into a sentence: a message key under `matching.reason.`, its
 * numbers, and a list of topics, formats or languages the view names.
 */
export interface Reason {
  key: string;
  params: Record<string, number | string>;
  list?: { kind: 'topic' | 'format' | 'language' | 'bundesland'; values: string[] };
}

export interface CriterionScore {
  criterion: Criterion;
  points: number;
  max: number;
  reason: Reason;
}

export interface Explanation {
  score: number;
  criteria: CriterionScore[];
  /** Set when the pair is not allowed; the score is then 0. */
  exclusion: Exclusion | null;
}

export interface PairContext {
  weights: Weights;
  /** The current year, for the mentor's years in the role. */
  year: number;
  /** This pair was declined before or was a tandem that ended. */
  declined?: boolean;
}

const intersect = <T>(a: readonly T[], b: readonly T[]) => a.filter((x) => b.includes(x));

export function exclusionOf(mentee: MatchProfile, mentor: MentorProfile, declined = false): Exclusion | null {
  if (mentee.personId === mentor.personId) return 'samePerson';
  if (organisationKey(mentee) === organisationKey(mentor)) return 'sameOrganisation';
  if (intersect(mentee.languages, mentor.languages).length === 0) return 'noSharedLanguage';
  if (intersect(mentee.formats, mentor.formats).length === 0) return 'noSharedFormat';
  if (mentor.freeCapacity <= 0) return 'mentorFull';
  if (declined) return 'declinedBefore';
  return null;
}

/** The score of a pair with one reason per criterion; the slow, readable twin of the pool's scoring. */
export function explain(mentee: MatchProfile, mentor: MentorProfile, ctx: PairContext): Explanation {
  const exclusion = exclusionOf(mentee, mentor, ctx.declined);
  const max = pointsPerCriterion(ctx.weights);
  const parts = CRITERIA.map((criterion) => {
    const [f, reason] = judge[criterion](mentee, mentor, ctx.year);
    return { criterion, points: roundScore(f * max[criterion]), max: roundScore(max[criterion]), f, reason };
  });
  const raw = parts.reduce((s, p) => s + p.f * max[p.criterion], 0);
  return {
    score: exclusion ? 0 : roundScore(raw),
    criteria: parts.map(({ f: _f, ...rest }) => rest),
    exclusion,
  };
}

const noParams: Reason['params'] = {};

type Judge = (mentee: MatchProfile, mentor: MentorProfile, year: number) => [number, Reason];

const judge: Record<Criterion, Judge> = {
  topics(mentee, mentor) {
    const covered = intersect(mentee.topics, mentor.topics);
    const needed = mentee.topics.length;
    const f = fraction.topics(covered.length, needed);
    if (needed === 0) return [f, { key: 'topicsNone', params: {} }];
    return [
      f,
      {
        key: covered.length === 0 ? 'topicsNoneCovered' : 'topics',
        params: { covered: covered.length, needed },
        list: { kind: 'topic', values: covered },
      },
    ];
  },
  organisation(mentee, mentor) {
    const sameType = mentee.organisationType === mentor.organisationType;
    const distance = Math.abs(sizeIndex(mentee.sizeClass) - sizeIndex(mentor.sizeClass));
    const size = distance === 0 ? 'SameSize' : distance === 1 ? 'NearSize' : 'OtherSize';
    return [
      fraction.organisation(sameType, distance),
      // A clear difference says how many size classes lie between: 2 and 4 score differently.
      {
        key: `organisation${sameType ? 'Same' : 'Other'}${size}`,
        params: distance > 1 ? { steps: distance } : noParams,
      },
    ];
  },
  region(mentee, mentor) {
    const same = mentee.bundesland === mentor.bundesland;
    const inPerson = mentee.formats.includes('praesenz') && mentor.formats.includes('praesenz');
    const near = !same && inPerson && neighbours(mentee.bundesland, mentor.bundesland);
    const list = { kind: 'bundesland' as const, values: [mentor.bundesland] };
    return [
      fraction.region(same, near),
      { key: same ? 'regionSame' : near ? 'regionNeighbour' : 'regionOther', params: {}, list },
    ];
  },
  formats(mentee, mentor) {
    const shared = intersect(mentee.formats, mentor.formats);
    const union = new Set([...mentee.formats, ...mentor.formats]).size;
    const distance = Math.abs(frequencyIndex(mentee.frequency) - frequencyIndex(mentor.frequency));
    return [
      fraction.formats(shared.length, union, distance),
      {
        key: shared.length === 0 ? 'formatsNone' : distance === 0 ? 'formatsSameFrequency' : 'formats',
        // What lowers the points: formats only one side names, and how far the rhythms lie apart.
        params:
          shared.length === 0
            ? ({ steps: distance } as Reason['params'])
            : { onlyOne: union - shared.length, steps: distance },
        list: { kind: 'format', values: shared },
      },
    ];
  },
  experience(_mentee, mentor, year) {
    const years = Math.max(0, year - mentor.inRoleSince);
    return [fraction.experience(years), { key: 'experience', params: { years } }];
  },
  funding(mentee, mentor) {
    const f = fraction.funding(mentee.fundingStage, mentor.fundingStage);
    const key =
      mentee.fundingStage < 0 || mentor.fundingStage < 0
        ? 'fundingUnknown'
        : mentor.fundingStage === mentee.fundingStage
          ? 'fundingSame'
          : mentor.fundingStage > mentee.fundingStage
            ? 'fundingAhead'
            : 'fundingBehind';
    return [f, { key, params: {} }];
  },
  languages(mentee, mentor) {
    const shared = intersect(mentee.languages, mentor.languages);
    return [
      fraction.languages(shared.length, mentee.languages.length),
      {
        key: shared.length === 0 ? 'languagesNone' : 'languages',
        // A partial match says how many of the mentee's languages the mentor does not speak.
        params: shared.length === 0 ? noParams : { missing: mentee.languages.length - shared.length },
        list: { kind: 'language', values: shared },
      },
    ];
  },
};
