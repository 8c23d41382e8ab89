import { z } from 'zod';
import type { ExpertQuestions, MailFrequency } from '../../db/schema/index.ts';

const E = 'notifications.error';

/** The form's values (German, as every value users send) and what they stand for. */
export const MAIL_CHOICES = {
  sofort: 'immediate',
  taeglich: 'daily',
  woechentlich: 'weekly',
  nie: 'never',
} as const satisfies Record<string, MailFrequency>;
export const EXPERT_CHOICES = {
  ja: 'on',
  woechentlich: 'weekly',
  nein: 'off',
} as const satisfies Record<string, ExpertQuestions>;

const keys = <T extends Record<string, string>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** The settings form; `fragen` only for mentors (the route checks it is there for them). */
export const preferencesForm = z.object({
  haeufigkeit: z.enum(keys(MAIL_CHOICES), { error: `${E}.mail` }),
  fragen: z.enum(keys(EXPERT_CHOICES), { error: `${E}.expert` }).optional(),
});

/** The list's page, `?seite=2`; anything else is the first page. */
export const listQuery = z.object({
  seite: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});

export const choiceOf = <T extends Record<string, string>>(choices: T, value: string) =>
  (Object.keys(choices) as (keyof T & string)[]).find((k) => choices[k] === value);
