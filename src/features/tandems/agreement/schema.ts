import { z } from 'zod';
import { MEETING_FORMATS, RHYTHMS, type Side } from '../../../db/schema/tandems.ts';
import { asList } from '../../../platform/forms.ts';

const E = 'tandems.agreement.error';
export const MAX_ANSWER = 4000;

/** The guide's preparation questions for the kick-off, by side. */
export const QUESTIONS: Record<Side, readonly string[]> = {
  mentee: ['learn', 'reach'],
  mentor: ['pass_on', 'connect', 'learn_myself'],
};

const answer = z.string().trim().max(MAX_ANSWER, `${E}.answer.tooLong`).default('');

/** One side's answers; the keys are the side's questions. */
export const preparationForm = (side: Side) =>
  z.object({
    ...(Object.fromEntries(QUESTIONS[side].map((q) => [q, answer])) as Record<string, typeof answer>),
    /** The share button of the same form: save and share (or take back) in one step. */
    teilen: z.enum(['ja', 'nein'], { error: `${E}.share` }).optional(),
  });

const text = (max: number, tooLong: string) => z.string().trim().max(max, tooLong).default('');

/** The kick-off record, i.e. a new version of the agreement, based on the version `basis`. */
export const agreementForm = z.object({
  erwartungen: text(MAX_ANSWER, `${E}.expectations.tooLong`),
  bedarfe: text(MAX_ANSWER, `${E}.needs.tooLong`),
  wuensche: text(MAX_ANSWER, `${E}.wishes.tooLong`),
  kapazitaeten: text(MAX_ANSWER, `${E}.capacities.tooLong`),
  ziele: text(MAX_ANSWER, `${E}.goals.tooLong`),
  formate: z.preprocess(
    (v) => asList(v).filter((x) => x !== ''),
    z.array(z.enum(MEETING_FORMATS)).min(1, `${E}.formats.required`),
  ),
  rhythmus: z.enum(RHYTHMS, { error: `${E}.rhythm.required` }),
  erreichbarkeit: text(MAX_ANSWER, `${E}.reachability.tooLong`),
  basis: z.coerce
    .number({ error: `${E}.basis.invalid` })
    .int(`${E}.basis.invalid`)
    .min(0, `${E}.basis.invalid`)
    .max(1_000_000, `${E}.basis.invalid`),
});
export type AgreementInput = z.output<typeof agreementForm>;

export const confirmForm = z.object({ version: z.coerce.number().int().min(1).max(1_000_000) });
export const shareForm = z.object({ teilen: z.enum(['ja', 'nein']) });

/** The order of the fields, for the error summary. */
export const AGREEMENT_FIELDS = [
  'erwartungen',
  'bedarfe',
  'wuensche',
  'kapazitaeten',
  'ziele',
  'formate',
  'rhythmus',
  'erreichbarkeit',
] as const;
