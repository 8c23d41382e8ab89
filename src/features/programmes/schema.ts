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

export const programmeForm = z.object({
  name: z.string().transform(oneLine).pipe(z.string().min(1, 'form.required').max(200, 'form.tooLong')),
  agency: z.string().transform(oneLine).pipe(z.string().min(1, 'form.required').max(200, 'form.tooLong')),
  description: z.string().trim().min(1, 'form.required').max(5000, 'form.tooLong'),
  contactEmail: z
    .string()
    .trim()
    .min(1, 'form.programmes.contactEmail.required')
    .max(254, 'form.email.invalid')
    .pipe(z.email('form.email.invalid')),
  registrationOpen: z
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
});
export type ProgrammeInput = z.output<typeof programmeForm>;

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
