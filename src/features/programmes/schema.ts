import { z } from 'zod';

/** One line, single spaces: "  Hitze  vorsorge " and "Hitze vorsorge" are the same label. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Funding options, one per line; blank lines and repeats dropped. */
const lines = (s: string) => {
  const seen = new Set<string>();
  return s
    .split(/\r?\n/)
    .map(oneLine)
    .filter((l) => l !== '' && !seen.has(l.toLowerCase()) && seen.add(l.toLowerCase()));
};

/** A text field that must be filled, with messages that name the field. */
const requiredLine = (field: 'name' | 'agency') =>
  z
    .string()
    .default('')
    .transform(oneLine)
    .pipe(
      z.string().min(1, `form.programmes.${field}.required`).max(200, `form.programmes.${field}.tooLong`),
    );

/** The programme's data, the same for creating and editing; every message names its field. */
const programmeFields = {
  name: requiredLine('name'),
  agency: requiredLine('agency'),
  description: z
    .string()
    .default('')
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(1, 'form.programmes.description.required')
        .max(5000, 'form.programmes.description.tooLong'),
    ),
  contactEmail: z
    .string()
    .default('')
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(1, 'form.programmes.contactEmail.required')
        .max(254, 'form.programmes.contactEmail.invalid')
        .pipe(z.email('form.programmes.contactEmail.invalid')),
    ),
  registrationOpen: z
    .string()
    .optional()
    .transform((v) => v !== undefined),
  /** The first two posts of a new account in the community area wait for a moderator. */
  communityApproval: z
    .string()
    .optional()
    .transform((v) => v !== undefined),
  fundingOptions: z
    .string()
    .default('')
    .transform(lines)
    .pipe(
      z
        .array(z.string().max(200, 'form.programmes.fundingOptions.tooLong'))
        .min(1, 'form.programmes.fundingOptions.required')
        .max(20, 'form.programmes.fundingOptions.tooMany'),
    ),
};

export const programmeForm = z.object(programmeFields);
export type ProgrammeInput = z.output<typeof programmeForm>;

/** Paths under /verwaltung/programme/ that are pages of their own, not a programme. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['neu']);

/**
 * A new programme: its data and the short name in its addresses (/programme/<slug>/themen), which stays.
 * Lower-case letters, digits and single hyphens; 3 to 40 characters.
 */
export const createProgrammeForm = z.object({
  slug: z
    .string()
    .default('')
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(1, 'form.programmes.slug.required')
        .regex(/^(?=.{3,40}$)[a-z0-9]+(-[a-z0-9]+)*$/, 'form.programmes.slug.invalid')
        .refine((s) => !RESERVED_SLUGS.has(s), 'form.programmes.slug.reserved'),
    ),
  ...programmeFields,
});
export type CreateProgrammeInput = z.output<typeof createProgrammeForm>;

export const topicForm = z.object({
  label: z
    .string()
    .default('')
    .transform(oneLine)
    .pipe(z.string().min(1, 'form.programmes.topic.required').max(200, 'form.tooLong')),
});

export const moveForm = z.object({ richtung: z.enum(['hoch', 'runter']) });

export const coordinatorForm = z.object({
  email: z
    .string()
    .default('')
    .transform((e) => e.trim())
    .pipe(
      z
        .string()
        .min(1, 'form.programmes.coordinatorEmail.required')
        .max(254, 'form.email.invalid')
        .pipe(z.email('form.email.invalid')),
    ),
});
