import { z } from 'zod';
import { BUNDESLAENDER, ORGANISATION_TYPES, type Role, SIZE_CLASSES } from '../../db/schema/registration.ts';
import { catalogues, type MessageKey } from '../../i18n/index.ts';
import { normalise } from './mapping.ts';

/** Readers for one cell each: the stored value, or null when the text means nothing we know. */

type Bundesland = (typeof BUNDESLAENDER)[number];
type OrganisationType = (typeof ORGANISATION_TYPES)[number];
type SizeClass = (typeof SIZE_CLASSES)[number];

/** The languages the registration form offers (ISO 639-1). */
export const LANGUAGES = ['de', 'en', 'fr', 'pl', 'tr', 'ar', 'uk'] as const;

/** Lookup table from the normalised German and English labels (and extra spellings) to a code. */
function table<T extends string>(codes: readonly T[], keyOf: (code: T) => string, extra: Record<string, T>) {
  const map = new Map<string, T>();
  for (const code of codes) {
    map.set(normalise(code), code);
    for (const catalogue of Object.values(catalogues)) {
      const label = catalogue[keyOf(code) as MessageKey];
      if (label) map.set(normalise(label), code);
    }
  }
  for (const [text, code] of Object.entries(extra)) map.set(normalise(text), code);
  return map;
}

const roles = new Map<string, Role[]>([
  ...['mentee', 'menteein'].map((r) => [r, ['mentee']] as [string, Role[]]),
  ...['mentor', 'mentorin', 'mentorinnen', 'mentoren'].map((r) => [r, ['mentor']] as [string, Role[]]),
  ...[
    'beides',
    'both',
    'menteeundmentor',
    'menteeundmentorin',
    'menteementor',
    'menteementorin',
    'mentormentee',
    'mentorinundmentee',
    'mentorundmentee',
  ].map((r) => [r, ['mentee', 'mentor']] as [string, Role[]]),
]);

/** "Mentee", "Mentor*in", "Mentorin", "beides", "both", "Mentee und Mentor*in". */
export const readRole = (text: string): Role[] | null => roles.get(normalise(text)) ?? null;

const organisationTypes = table(ORGANISATION_TYPES, (c) => `organisation.type.${c}`, {
  kommune: 'gemeinde',
  municipality: 'gemeinde',
  ortsgemeinde: 'gemeinde',
  verbandsgemeinde: 'gemeinde',
  samtgemeinde: 'gemeinde',
  amt: 'gemeinde',
  city: 'stadt',
  town: 'stadt',
  kreisfreiestadt: 'stadt',
  grosskreisstadt: 'stadt',
  kreis: 'landkreis',
  district: 'landkreis',
  county: 'landkreis',
  region: 'landkreis',
  sozialeeinrichtung: 'soziale_einrichtung',
  socialinstitution: 'soziale_einrichtung',
  andere: 'sonstige',
  other: 'sonstige',
});
export const readOrganisationType = (text: string): OrganisationType | null =>
  organisationTypes.get(normalise(text)) ?? null;

const bundeslaender = table(BUNDESLAENDER, (c) => `bundesland.${c}`, {
  nrw: 'NW',
  nordrheinwestphalen: 'NW',
  badenwurttemberg: 'BW',
  thuringen: 'TH',
  mv: 'MV',
  meckpomm: 'MV',
  rlp: 'RP',
  bawue: 'BW',
  lsa: 'ST',
  freistaatbayern: 'BY',
  freistaatsachsen: 'SN',
  freistaatthueringen: 'TH',
  freiehansestadthamburg: 'HH',
  freiehansestadtbremen: 'HB',
  nds: 'NI',
  sh: 'SH',
});
export const readBundesland = (text: string): Bundesland | null => bundeslaender.get(normalise(text)) ?? null;

const sizeClasses = table(SIZE_CLASSES, (c) => `organisation.size.${c}`, {});

/** A class by its label or code, or an inhabitant count such as "23.500" or "23500". */
export function readSizeClass(text: string): SizeClass | null {
  const known = sizeClasses.get(normalise(text));
  if (known) return known;
  if (!/^\d{1,3}([.\s ]?\d{3})*$/.test(text.trim())) return null;
  const inhabitants = Number(text.replace(/\D/g, ''));
  if (inhabitants < 5_000) return 'unter_5000';
  if (inhabitants < 20_000) return '5000_20000';
  if (inhabitants < 50_000) return '20000_50000';
  if (inhabitants < 100_000) return '50000_100000';
  if (inhabitants <= 500_000) return '100000_500000';
  return 'ueber_500000';
}

export const MIN_YEAR = 1980;

/** "2019", or a date such as "2019-03-01" or "01.03.2019": the year. */
export function readYear(text: string, currentYear: number): number | null {
  const match = /^(\d{4})$|^(\d{4})-\d{2}-\d{2}$|^\d{1,2}\.\d{1,2}\.(\d{4})$|^\d{1,2}\/(\d{4})$/.exec(
    text.trim(),
  );
  if (!match) return null;
  const year = Number(match[1] ?? match[2] ?? match[3] ?? match[4]);
  return year >= MIN_YEAR && year <= currentYear ? year : null;
}

export function readCapacity(text: string): number | null {
  return /^[123]$/.test(text.trim()) ? Number(text.trim()) : null;
}

const languageNames = table(LANGUAGES, (c) => c, {
  deutsch: 'de',
  german: 'de',
  englisch: 'en',
  english: 'en',
  franzoesisch: 'fr',
  french: 'fr',
  polnisch: 'pl',
  polish: 'pl',
  tuerkisch: 'tr',
  turkish: 'tr',
  arabisch: 'ar',
  arabic: 'ar',
  ukrainisch: 'uk',
  ukrainian: 'uk',
});

/** "Deutsch, Englisch" or "de; en": the codes, and the words we did not know. */
export function readLanguages(text: string): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const part of splitList(text, /[;,/\r\n]/)) {
    const code = languageNames.get(normalise(part));
    if (code) {
      if (!codes.includes(code)) codes.push(code);
    } else unknown.push(part);
  }
  return { codes, unknown };
}

/**
 * Topic labels separated by semicolons, commas or line breaks, matched to the programme's active topics.
 * A label may itself hold a comma, so the longest run of comma-separated pieces that names a topic wins.
 */
export function readTopics(text: string, topics: readonly { id: string; label: string }[]) {
  const byLabel = new Map(topics.map((t) => [normalise(t.label), t.id]));
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const part of splitList(text, /[;\r\n]/)) {
    const pieces = part.split(',').map((s) => s.trim());
    let i = 0;
    while (i < pieces.length) {
      let end = pieces.length;
      let id: string | undefined;
      for (; end > i; end--) {
        id = byLabel.get(normalise(pieces.slice(i, end).join(', ')));
        if (id) break;
      }
      if (id) {
        if (!ids.includes(id)) ids.push(id);
        i = end;
      } else {
        if (pieces[i]) unknown.push(pieces[i]!);
        i += 1;
      }
    }
  }
  return { ids, unknown };
}

/** One of the programme's funding options, in its own spelling. */
export const readFunding = (text: string, options: readonly string[]): string | null =>
  options.find((o) => normalise(o) === normalise(text)) ?? null;

export const readPhone = (text: string): string | null =>
  text.length <= 40 && /^[0-9+()/\s-]+$/.test(text) ? text.replace(/\s+/g, ' ') : null;

const emailSchema = z.email();
export function readEmail(text: string): string | null {
  const email = text
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  return email.length <= 254 && emailSchema.safeParse(email).success ? email : null;
}

const splitList = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
