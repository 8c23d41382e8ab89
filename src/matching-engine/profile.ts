import type {
  BUNDESLAENDER,
  FORMATS,
  FREQUENCIES,
  ORGANISATION_TYPES,
  SIZE_CLASSES,
} from '../db/schema/registration.ts';

export type Bundesland = (typeof BUNDESLAENDER)[number];
export type Format = (typeof FORMATS)[number];
export type Frequency = (typeof FREQUENCIES)[number];
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];
export type SizeClass = (typeof SIZE_CLASSES)[number];

/** What the engine knows of one participation: no names, no contact details, no database. */
export interface MatchProfile {
  /** The participation. */
  id: string;
  /** The person: a mentee is never matched with themself. */
  personId: string;
  organisationName: string;
  organisationType: OrganisationType;
  bundesland: Bundesland;
  sizeClass: SizeClass;
  formats: readonly Format[];
  frequency: Frequency;
  languages: readonly string[];
  inRoleSince: number;
  /** Position of the funding phase in the programme's list (Erstvorhaben 0, Anschlussvorhaben 1); -1 unknown. */
  fundingStage: number;
  /** Mentee: topics needed; mentor: topics offered. */
  topics: readonly string[];
}

export interface MentorProfile extends MatchProfile {
  /** Free places: capacity minus open tandems and pending proposals. */
  freeCapacity: number;
}

/** Organisations compare by name, ignoring case, spaces and "(Demo)"-style suffixes in brackets. */
export const organisationKey = (p: Pick<MatchProfile, 'organisationName' | 'bundesland'>) =>
  `${p.bundesland}:${p.organisationName
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()}`;
