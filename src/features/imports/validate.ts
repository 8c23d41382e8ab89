import type { BUNDESLAENDER, ORGANISATION_TYPES, Role, SIZE_CLASSES } from '../../db/schema/registration.ts';
import type { imports } from '../../i18n/de/imports.ts';
import { applyMapping, type Field, type Mapping } from './mapping.ts';
import type { SheetRow } from './parse.ts';
import {
  readBundesland,
  readCapacity,
  readEmail,
  readFunding,
  readLanguages,
  readOrganisationType,
  readPhone,
  readRole,
  readSizeClass,
  readTopics,
  readYear,
} from './values.ts';

/** One finding of the report: the row as the spreadsheet numbers it, our field, a catalogue message. */
export interface Issue {
  row: number;
  field: Field;
  message: keyof typeof imports;
  vars?: Record<string, string | number>;
}

/** A valid row, ready for the import. Optional values are absent when the cell was empty. */
export interface ImportRow {
  row: number;
  name: string;
  email: string;
  roles: Role[];
  organisationName: string;
  organisationType?: (typeof ORGANISATION_TYPES)[number];
  bundesland?: (typeof BUNDESLAENDER)[number];
  sizeClass?: (typeof SIZE_CLASSES)[number];
  position?: string;
  inRoleSince?: number;
  funding?: string;
  topicIds?: string[];
  capacity?: number;
  languages?: string[];
  phone?: string;
}

export interface ValidationContext {
  topics: readonly { id: string; label: string }[];
  fundingOptions: readonly string[];
  currentYear: number;
}

export interface Validation {
  valid: ImportRow[];
  issues: Issue[];
  /** Rows with at least one issue (they are not imported). */
  invalidRows: number;
}

const MAX_TEXT = 200;
/** The value as shown in a message: short enough for a table cell. */
const shown = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** Checks every row; a row with any issue is left out as a whole, the others are imported. */
export function validateRows(
  rows: readonly SheetRow[],
  mapping: Mapping,
  ctx: ValidationContext,
): Validation {
  const valid: ImportRow[] = [];
  const issues: Issue[] = [];
  const firstRowOf = new Map<string, number>();
  let invalidRows = 0;
  for (const sheetRow of rows) {
    const { row, issues: found } = validateRow(sheetRow, mapping, ctx);
    if (row) {
      const earlier = firstRowOf.get(row.email);
      if (earlier !== undefined)
        found.push({
          row: row.row,
          field: 'email',
          message: 'imports.issue.emailTwice',
          vars: { row: earlier },
        });
      else firstRowOf.set(row.email, row.row);
    }
    if (found.length > 0 || !row) {
      invalidRows += 1;
      issues.push(...found);
    } else valid.push(row);
  }
  return { valid, issues, invalidRows };
}

export function validateRow(
  sheetRow: SheetRow,
  mapping: Mapping,
  ctx: ValidationContext,
): { row: ImportRow | null; issues: Issue[] } {
  const v = applyMapping(sheetRow.cells, mapping);
  const issues: Issue[] = [];
  const n = sheetRow.row;
  const issue = (field: Field, message: Issue['message'], vars?: Issue['vars']) => {
    issues.push({ row: n, field, message, ...(vars ? { vars } : {}) });
  };
  /** Reads an optional cell: undefined when empty, null (with an issue) when unreadable. */
  function optional<T>(
    field: Field,
    read: (text: string) => T | null,
    message: Issue['message'],
    extra: Record<string, string> = {},
  ) {
    const text = v[field];
    if (text === '') return undefined;
    const value = read(text);
    if (value === null) issue(field, message, { value: shown(text), ...extra });
    return value ?? undefined;
  }
  const text = (field: Field, required: boolean) => {
    const value = v[field].replace(/\s+/g, ' ');
    if (required && value === '') issue(field, 'imports.issue.required');
    if (value.length > MAX_TEXT) issue(field, 'imports.issue.tooLong', { max: MAX_TEXT });
    return value;
  };

  const name = (v.name || `${v.firstName} ${v.lastName}`).replace(/\s+/g, ' ').trim();
  if (name === '') issue('name', 'imports.issue.required');
  else if (name.length > MAX_TEXT) issue('name', 'imports.issue.tooLong', { max: MAX_TEXT });

  let email: string | null = null;
  if (v.email === '') issue('email', 'imports.issue.required');
  else {
    email = readEmail(v.email);
    if (!email) issue('email', 'imports.issue.email', { value: shown(v.email) });
  }

  let roles: Role[] | null = null;
  if (v.role === '') issue('role', 'imports.issue.required');
  else {
    roles = readRole(v.role);
    if (!roles) issue('role', 'imports.issue.role', { value: shown(v.role) });
  }

  const organisationName = text('organisationName', true);
  const position = text('position', false);
  const organisationType = optional(
    'organisationType',
    readOrganisationType,
    'imports.issue.organisationType',
  );
  const bundesland = optional('bundesland', readBundesland, 'imports.issue.bundesland');
  const sizeClass = optional('sizeClass', readSizeClass, 'imports.issue.sizeClass');
  const inRoleSince = optional('inRoleSince', (t) => readYear(t, ctx.currentYear), 'imports.issue.year');
  const phone = optional('phone', readPhone, 'imports.issue.phone');
  const funding = optional('funding', (t) => readFunding(t, ctx.fundingOptions), 'imports.issue.funding', {
    options: ctx.fundingOptions.join(', ') || '–',
  });

  const isMentor = roles?.includes('mentor') ?? false;
  const capacity = isMentor ? optional('capacity', readCapacity, 'imports.issue.capacity') : undefined;

  let topicIds: string[] | undefined;
  if (v.topics !== '') {
    const topics = readTopics(v.topics, ctx.topics);
    if (topics.unknown.length > 0)
      issue('topics', 'imports.issue.topics', { value: shown(topics.unknown.join('; ')) });
    topicIds = topics.ids;
  }
  let languages: string[] | undefined;
  if (v.languages !== '') {
    const read = readLanguages(v.languages);
    if (read.unknown.length > 0)
      issue('languages', 'imports.issue.languages', { value: shown(read.unknown.join(', ')) });
    languages = read.codes;
  }

  if (issues.length > 0 || !email || !roles) return { row: null, issues };
  return {
    row: {
      row: n,
      name,
      email,
      roles,
      organisationName,
      ...(organisationType ? { organisationType } : {}),
      ...(bundesland ? { bundesland } : {}),
      ...(sizeClass ? { sizeClass } : {}),
      ...(position ? { position } : {}),
      ...(inRoleSince ? { inRoleSince } : {}),
      ...(funding ? { funding } : {}),
      ...(topicIds ? { topicIds } : {}),
      ...(capacity ? { capacity } : {}),
      ...(languages ? { languages } : {}),
      ...(phone ? { phone } : {}),
    },
    issues,
  };
}
