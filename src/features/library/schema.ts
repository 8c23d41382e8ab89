import { z } from 'zod';
import { LIBRARY_CATEGORIES, type LibraryAudience, type LibraryKind } from '../../db/schema/index.ts';
import { blank, UUID } from '../../platform/forms.ts';

const E = 'library.error';

export const MAX_TITLE = 160;
export const MAX_SUMMARY = 500;
export const MAX_BODY = 20_000;
export const MAX_URL = 2_000;
export const MAX_CHECKLIST_ENTRIES = 30;
export const MAX_CHECKLIST_ENTRY = 300;
export const MAX_MODULE_POSITION = 99;

/** The German words in forms and paths, and what they stand for. */
export const KIND_WORDS = { dokument: 'document', link: 'link', text: 'text' } as const satisfies Record<
  string,
  LibraryKind
>;
export const AUDIENCE_WORDS = { alle: 'all', mentorinnen: 'mentors' } as const satisfies Record<
  string,
  LibraryAudience
>;
export type KindWord = keyof typeof KIND_WORDS;
export type AudienceWord = keyof typeof AUDIENCE_WORDS;
export const kindWord = (kind: LibraryKind) =>
  (Object.keys(KIND_WORDS) as KindWord[]).find((w) => KIND_WORDS[w] === kind)!;
export const audienceWord = (audience: LibraryAudience) =>
  (Object.keys(AUDIENCE_WORDS) as AudienceWord[]).find((w) => AUDIENCE_WORDS[w] === audience)!;

/** "beide" for both programmes, or a programme's id. */
export const BOTH = 'beide';

/** A text field that may be left empty: always a string, trimmed. */
const optionalText = (max: number, key: string) =>
  z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string().trim().max(max, key));

const title = z.preprocess(
  (v) => (typeof v === 'string' ? v : ''),
  z.string().trim().min(1, `${E}.title.required`).max(MAX_TITLE, `${E}.title.tooLong`),
);
const programme = z.union([z.literal(BOTH), z.string().regex(UUID)], `${E}.programme.required`);

const isWebAddress = (value: string) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
};

/** The checklist's entries, one a line, empty lines left out. */
export const checklistEntries = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\[[ xX]?\])\s*/, '').trim())
    .filter((line) => line !== '');

/** A material: the fields every kind has; what its kind needs is `kindErrors`' to check. */
export const itemForm = z.object({
  art: z.enum(['dokument', 'link', 'text'], `${E}.kind.required`),
  kategorie: z.enum(LIBRARY_CATEGORIES, `${E}.category.required`),
  zielgruppe: z.enum(['alle', 'mentorinnen'], `${E}.audience.required`),
  programm: programme,
  titel: title,
  zusammenfassung: optionalText(MAX_SUMMARY, `${E}.summary.tooLong`),
  text: optionalText(MAX_BODY, `${E}.text.tooLong`),
  adresse: optionalText(MAX_URL, `${E}.url.tooLong`),
  checkliste: optionalText(MAX_CHECKLIST_ENTRIES * (MAX_CHECKLIST_ENTRY + 2), `${E}.checklist.tooLong`),
});
export type ItemForm = z.output<typeof itemForm>;

/** A training module: title, description, programme, audience; its items come as position fields. */
export const moduleForm = z.object({
  titel: title,
  beschreibung: optionalText(2_000, `${E}.description.tooLong`),
  zielgruppe: z.enum(['alle', 'mentorinnen'], `${E}.audience.required`),
  programm: programme,
});
export type ModuleForm = z.output<typeof moduleForm>;

/** The field of an item's position in the module form. */
export const positionField = (itemId: string) => `position-${itemId}`;

/**
 * The module's items from the position fields: an item with a number is in the module, in that
 * order (ties by the list's order); an empty field leaves it out.
 */
export function modulePositions(
  body: unknown,
  itemIds: string[],
): { ok: true; itemIds: string[] } | { ok: false; errors: Record<string, `${typeof E}.position.invalid`> } {
  const raw = (body ?? {}) as Record<string, unknown>;
  const chosen: { id: string; position: number; order: number }[] = [];
  const errors: Record<string, `${typeof E}.position.invalid`> = {};
  itemIds.forEach((id, order) => {
    const value = raw[positionField(id)];
    const text = typeof value === 'string' ? value.trim() : '';
    if (text === '') return;
    const position = Number(text);
    if (!/^\d{1,2}$/.test(text) || position < 1 || position > MAX_MODULE_POSITION) {
      errors[positionField(id)] = `${E}.position.invalid`;
    } else chosen.push({ id, position, order });
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  chosen.sort((a, b) => a.position - b.position || a.order - b.order);
  return { ok: true, itemIds: chosen.map((c) => c.id) };
}

export const moveForm = z.object({ material: z.string().regex(UUID), richtung: z.enum(['hoch', 'runter']) });
export const completionForm = z.object({ erledigt: z.enum(['ja', 'nein']) });
export const publishForm = z.object({ veroeffentlicht: z.enum(['ja', 'nein']) });

const page = z.preprocess(blank, z.coerce.number().int().min(1).max(10_000).default(1)).catch(1);

/** The library's filters; anything unreadable is no filter, never an error page. */
export const listFilters = z.object({
  kategorie: z.preprocess(blank, z.enum(LIBRARY_CATEGORIES).optional()).catch(undefined),
  art: z.preprocess(blank, z.enum(['dokument', 'link', 'text']).optional()).catch(undefined),
  seite: page,
});

const text = (raw: Record<string, unknown>, name: string) =>
  typeof raw[name] === 'string' ? (raw[name] as string).trim() : '';

/**
 * What the material's kind needs, checked on the submitted values so that these messages come
 * with all the others: a link its web address, a text its text; the checklist's limits.
 */
export function kindErrors(body: unknown): Partial<Record<string, `${typeof E}.${string}`>> {
  const raw = (body ?? {}) as Record<string, unknown>;
  const errors: Partial<Record<string, `${typeof E}.${string}`>> = {};
  if (raw.art === 'text' && text(raw, 'text') === '') errors.text = `${E}.text.required`;
  if (raw.art === 'link') {
    const url = text(raw, 'adresse');
    if (url === '') errors.adresse = `${E}.url.required`;
    else if (url.length <= MAX_URL && !isWebAddress(url)) errors.adresse = `${E}.url.invalid`;
  }
  const entries = checklistEntries(text(raw, 'checkliste'));
  if (entries.length > MAX_CHECKLIST_ENTRIES || entries.some((e) => e.length > MAX_CHECKLIST_ENTRY)) {
    errors.checkliste = `${E}.checklist.tooLong`;
  }
  return errors;
}
