/**
 * Our fields, and which column of the uploaded file feeds each. The coordinator confirms a suggestion
 * made from the column headers.
 */
export const FIELDS = [
  'name',
  'firstName',
  'lastName',
  'email',
  'role',
  'organisationName',
  'organisationType',
  'bundesland',
  'sizeClass',
  'position',
  'inRoleSince',
  'funding',
  'topics',
  'capacity',
  'languages',
  'phone',
] as const;

export type Field = (typeof FIELDS)[number];

/**
 * A column must be chosen for these, and every row needs a value in them. The name may also come from
 * two columns, first and last name.
 */
export const REQUIRED_FIELDS: readonly Field[] = ['name', 'email', 'role', 'organisationName'];

/**
 * A profile cannot be stored without these (the database has no "unknown" for them): a person who has
 * no profile yet is skipped when one is missing. People who have one keep their stored value.
 */
export const PROFILE_FIELDS: readonly Field[] = ['bundesland', 'sizeClass', 'inRoleSince'];

/** Header words that point to a field, normalised (see `normalise`); the first ones are the likeliest. */
const SYNONYMS: Record<Field, string[]> = {
  name: ['name', 'vollername', 'vorundnachname', 'teilnehmerin', 'teilnehmer', 'person', 'fullname'],
  firstName: ['vorname', 'firstname', 'givenname', 'rufname'],
  lastName: ['nachname', 'familienname', 'lastname', 'surname', 'zuname'],
  email: ['email', 'emailadresse', 'mail', 'mailadresse', 'emailaddress'],
  role: ['rolle', 'role', 'menteementor', 'mentorinmentee', 'teilnahmeals'],
  organisationName: [
    'organisation',
    'organisationsname',
    'organization',
    'kommune',
    'institution',
    'einrichtung',
    'arbeitgeber',
    'verwaltung',
  ],
  organisationType: ['organisationstyp', 'organisationsart', 'typ', 'art', 'organisationtype', 'kommunentyp'],
  bundesland: ['bundesland', 'land', 'federalstate', 'state', 'region'],
  sizeClass: [
    'groessenklasse',
    'groesse',
    'einwohner',
    'einwohnerzahl',
    'einwohnerinnen',
    'size',
    'sizeclass',
  ],
  position: ['position', 'stelle', 'funktion', 'jobtitle', 'taetigkeit', 'berufsbezeichnung'],
  inRoleSince: [
    'seit',
    'inderrolleseit',
    'imamtseit',
    'seitwann',
    'beginn',
    'since',
    'inrolesince',
    'startjahr',
  ],
  funding: ['foerderung', 'foerderphase', 'funding', 'foerderprogramm', 'vorhaben'],
  topics: ['themen', 'thema', 'topics', 'schwerpunkte', 'interessen'],
  capacity: ['kapazitaet', 'capacity', 'anzahlmentees', 'mentees', 'maxmentees'],
  languages: ['sprachen', 'sprache', 'languages', 'language'],
  phone: ['telefon', 'telefonnummer', 'tel', 'phone', 'mobil', 'handy', 'rufnummer'],
};

/** Lower case, umlauts spelt out, everything but letters and digits dropped: "E-Mail-Adresse" → "emailadresse". */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');
}

/** Field → column index (or null: not in the file). */
export type Mapping = Record<Field, number | null>;

function score(field: Field, header: string): number {
  const h = normalise(header);
  if (!h) return 0;
  const words = SYNONYMS[field];
  const exact = words.indexOf(h);
  if (exact >= 0) return 100 - exact;
  // "E-Mail (dienstlich)", "Name der Organisation": a synonym inside the header counts, less.
  const inside = words.findIndex((w) => w.length >= 5 && h.includes(w));
  return inside >= 0 ? 50 - inside : 0;
}

/** The best guess from the headers: each column goes to at most one field, the strongest match first. */
export function suggestMapping(headers: string[]): Mapping {
  const candidates: { field: Field; column: number; score: number }[] = [];
  for (const field of FIELDS) {
    headers.forEach((header, column) => {
      const s = score(field, header);
      if (s > 0) candidates.push({ field, column, score: s });
    });
  }
  candidates.sort((a, b) => b.score - a.score || FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field));
  const mapping = Object.fromEntries(FIELDS.map((f) => [f, null])) as Mapping;
  const usedColumns = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== null || usedColumns.has(c.column)) continue;
    mapping[c.field] = c.column;
    usedColumns.add(c.column);
  }
  return mapping;
}

export type MappingError = 'imports.mapping.error.required' | 'imports.mapping.error.twice';

/** The submitted mapping form (`spalte_<field>` = column index or ''), checked against the file's columns. */
export function readMappingForm(
  body: unknown,
  columnCount: number,
):
  | { ok: true; mapping: Mapping }
  | { ok: false; mapping: Mapping; errors: Partial<Record<Field, MappingError>> } {
  const raw = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const mapping = Object.fromEntries(FIELDS.map((f) => [f, null])) as Mapping;
  for (const field of FIELDS) {
    const value = raw[`spalte_${field}`];
    const n = typeof value === 'string' && /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
    mapping[field] = Number.isInteger(n) && n < columnCount ? n : null;
  }
  const errors: Partial<Record<Field, MappingError>> = {};
  for (const field of REQUIRED_FIELDS) {
    const splitName = field === 'name' && mapping.firstName !== null && mapping.lastName !== null;
    if (mapping[field] === null && !splitName) errors[field] = 'imports.mapping.error.required';
  }
  const seen = new Map<number, Field>();
  for (const field of FIELDS) {
    const column = mapping[field];
    if (column === null) continue;
    if (seen.has(column)) errors[field] ??= 'imports.mapping.error.twice';
    else seen.set(column, field);
  }
  return Object.keys(errors).length > 0 ? { ok: false, mapping, errors } : { ok: true, mapping };
}

/** A row's values by field ('' where the field has no column or the cell is empty), trimmed. */
export function applyMapping(cells: string[], mapping: Mapping): Record<Field, string> {
  return Object.fromEntries(
    FIELDS.map((f) => {
      const column = mapping[f];
      return [f, column === null ? '' : (cells[column] ?? '').trim()];
    }),
  ) as Record<Field, string>;
}

/** "A", "B", …, "Z", "AA": how spreadsheets name a column. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
