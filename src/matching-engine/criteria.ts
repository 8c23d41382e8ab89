import { BUNDESLAENDER, FREQUENCIES, SIZE_CLASSES } from '../db/schema/registration.ts';
import type { Bundesland } from './profile.ts';

/**
 * The criteria in the order the breakdown shows them and scores add up (topics and region first:
 * they decide most pairs, so a cohort's scoring can stop early for pairs that cannot reach a minimum).
 */
export const CRITERIA = [
  'topics',
  'region',
  'organisation',
  'formats',
  'experience',
  'funding',
  'languages',
] as const;
export type Criterion = (typeof CRITERIA)[number];
export type Weights = Record<Criterion, number>;

/** Topics first: the programmes promise the partner who knows what the mentee needs. */
export const DEFAULT_WEIGHTS: Weights = {
  topics: 35,
  organisation: 15,
  region: 15,
  formats: 10,
  experience: 10,
  funding: 10,
  languages: 5,
};

export const MAX_WEIGHT = 100;

/** A programme's stored weights over the defaults; unknown keys and bad values are ignored. */
export function weightsFrom(stored: Record<string, unknown> | null | undefined): Weights {
  const weights = { ...DEFAULT_WEIGHTS };
  for (const c of CRITERIA) {
    const v = stored?.[c];
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_WEIGHT) weights[c] = v;
  }
  return weights;
}

/** Points per criterion so that a perfect pair scores 100; all weights zero counts every criterion alike. */
export function pointsPerCriterion(weights: Weights): Weights {
  const sum = CRITERIA.reduce((s, c) => s + weights[c], 0);
  const points = {} as Weights;
  for (const c of CRITERIA) points[c] = sum === 0 ? 100 / CRITERIA.length : (weights[c] * 100) / sum;
  return points;
}

/** Years of experience at which a mentor earns the full experience points. */
export const FULL_EXPERIENCE_YEARS = 5;

/** Bundesländer sharing a border: "the region" for in-person meetings. */
const BORDERS: Record<Bundesland, readonly Bundesland[]> = {
  BW: ['BY', 'HE', 'RP'],
  BY: ['BW', 'HE', 'TH', 'SN'],
  BE: ['BB'],
  BB: ['BE', 'MV', 'NI', 'ST', 'SN'],
  HB: ['NI'],
  HH: ['NI', 'SH'],
  HE: ['BW', 'BY', 'TH', 'NI', 'NW', 'RP'],
  MV: ['SH', 'NI', 'BB'],
  NI: ['SH', 'HH', 'HB', 'MV', 'BB', 'ST', 'TH', 'HE', 'NW'],
  NW: ['NI', 'HE', 'RP'],
  RP: ['NW', 'HE', 'BW', 'SL'],
  SL: ['RP'],
  SN: ['BY', 'TH', 'ST', 'BB'],
  ST: ['NI', 'BB', 'SN', 'TH'],
  SH: ['HH', 'NI', 'MV'],
  TH: ['HE', 'NI', 'ST', 'SN', 'BY'],
};

export const neighbours = (a: Bundesland, b: Bundesland) => BORDERS[a].includes(b);

export const bundeslandIndex = (b: Bundesland) => BUNDESLAENDER.indexOf(b);
export const sizeIndex = (s: (typeof SIZE_CLASSES)[number]) => SIZE_CLASSES.indexOf(s);
export const frequencyIndex = (f: (typeof FREQUENCIES)[number]) => FREQUENCIES.indexOf(f);

/*
 * Each criterion as a fraction 0–1 of its points, from plain numbers: the explanation and the
 * fast pool scoring both call these, so a suggestion's reasons always add up to its score.
 */
export const fraction = {
  topics: (covered: number, needed: number) => (needed === 0 ? 0.5 : covered / needed),
  organisation: (sameType: boolean, sizeDistance: number) =>
    (sameType ? 0.5 : 0) + 0.5 * (1 - sizeDistance / (SIZE_CLASSES.length - 1)),
  region: (sameLand: boolean, neighbourInPerson: boolean) => (sameLand ? 1 : neighbourInPerson ? 0.5 : 0),
  formats: (shared: number, union: number, frequencyDistance: number) =>
    0.7 * (union === 0 ? 0 : shared / union) + 0.3 * (1 - frequencyDistance / (FREQUENCIES.length - 1)),
  experience: (years: number) => Math.min(Math.max(years, 0), FULL_EXPERIENCE_YEARS) / FULL_EXPERIENCE_YEARS,
  funding: (menteeStage: number, mentorStage: number) =>
    menteeStage < 0 || mentorStage < 0 ? 0.5 : mentorStage >= menteeStage ? 1 : 0,
  languages: (shared: number, menteeLanguages: number) =>
    menteeLanguages === 0 ? 0 : Math.min(shared / menteeLanguages, 1),
};

/** Scores are shown and compared with one decimal. */
export const roundScore = (x: number) => Math.round(x * 10) / 10;
