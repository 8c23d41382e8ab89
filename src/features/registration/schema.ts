import { z } from 'zod';
import {
  BUNDESLAENDER,
  FORMATS,
  FREQUENCIES,
  ORGANISATION_TYPES,
  SIZE_CLASSES,
} from '../../db/schema/registration.ts';

/** Checkboxes arrive as a string (one ticked), an array (several) or not at all (none). */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item));

const text = (max: number, required: 'form.required' | false = 'form.required') =>
  required
    ? z.string().trim().min(1, required).max(max, 'form.tooLong')
    : z.string().trim().max(max, 'form.tooLong').default('');

/** An e-mail address, stored in lower case. */
const email = z
  .string()
  .trim()
  .min(1, 'form.email.required')
  .max(254, 'form.email.invalid')
  .pipe(z.email('form.email.invalid'))
  .transform((e) => e.toLowerCase());

export const ROLE_CHOICES = ['mentee', 'mentor', 'beides'] as const;
export const LANGUAGES = ['de', 'en', 'fr', 'pl', 'tr', 'ar', 'uk'] as const;
export const STEPS = [
  'programm',
  'kontakt',
  'organisation',
  'themen',
  'zusammenarbeit',
  'abschluss',
] as const;
export type Step = (typeof STEPS)[number];

const thisYear = new Date().getFullYear();

export const stepSchemas = {
  programm: z.object({
    programme: z.string({ error: 'registration.error.programme' }).min(1, 'registration.error.programme'),
    role: z.enum(ROLE_CHOICES, { error: 'registration.error.role' }),
  }),
  kontakt: z.object({
    name: text(200),
    email,
    phone: z
      .string()
      .trim()
      .max(40, 'form.tooLong')
      .regex(/^[0-9+()/\s-]*$/, 'registration.error.phone')
      .default(''),
  }),
  organisation: z.object({
    organisationName: text(200),
    organisationType: z.enum(ORGANISATION_TYPES, { error: 'registration.error.choose' }),
    bundesland: z.enum(BUNDESLAENDER, { error: 'registration.error.choose' }),
    sizeClass: z.enum(SIZE_CLASSES, { error: 'registration.error.choose' }),
    position: text(200),
    inRoleSince: z.coerce
      .number({ error: 'registration.error.year' })
      .int('registration.error.year')
      .min(1980, 'registration.error.year')
      .max(thisYear, 'registration.error.year'),
    funding: z.string({ error: 'registration.error.choose' }).min(1, 'registration.error.choose'),
  }),
  themen: z.object({
    topicsNeeded: list(z.string()),
    topicsOffered: list(z.string()),
    topicsFreeText: text(1000, false),
    goals: text(2000, false),
    capacity: z.preprocess(
      (v) => (v === '' || v === undefined ? undefined : v),
      z.coerce.number().optional(),
    ),
  }),
  zusammenarbeit: z.object({
    formats: list(z.enum(FORMATS, { error: 'form.invalid' })).refine(
      (f) => f.length > 0,
      'registration.error.formats',
    ),
    frequency: z.enum(FREQUENCIES, { error: 'registration.error.choose' }),
    languages: list(z.enum(LANGUAGES, { error: 'form.invalid' })).refine(
      (l) => l.length > 0,
      'registration.error.languages',
    ),
    availability: text(1000, false),
  }),
  abschluss: z.object({
    consent: z.literal('ja', { error: 'registration.error.consent' }),
    password: z.string().optional(),
  }),
} as const;

export type StepData<S extends Step> = z.output<(typeof stepSchemas)[S]>;

/** Everything a draft can hold, as typed so far. */
export type DraftData = Partial<
  StepData<'programm'> &
    StepData<'kontakt'> &
    StepData<'organisation'> &
    StepData<'themen'> &
    StepData<'zusammenarbeit'>
>;

export const eligibilityQuestionForm = z.object({
  programme: z.string({ error: 'registration.error.programme' }).min(1, 'registration.error.programme'),
  name: text(200),
  email,
  question: text(3000),
});

export const reasonForm = z.object({ reason: text(1000, false) });
