import { z } from 'zod';
import { BUNDESLAENDER, FORMATS, ROUND_MODES } from '../../db/schema/index.ts';
import { CRITERIA, type Criterion, MAX_WEIGHT } from '../../matching-engine/criteria.ts';
import { asList, blank, UUID } from '../../platform/forms.ts';

/** A score typed by a person: "40", "40,5" or "40.5", from 0 to 100. */
const scoreField = (invalid: 'form.matching.minScore.invalid') =>
  z
    .string(invalid)
    .trim()
    .transform((v) => v.replace(',', '.'))
    .pipe(z.coerce.number<string>(invalid).min(0, invalid).max(100, invalid));

/** The suggestions' filters; manipulated choices are ignored, a bad minimum is shown as an error. */
export const suggestionFilters = z.object({
  bundesland: z.preprocess(blank, z.enum(BUNDESLAENDER).optional()).catch(undefined),
  format: z.preprocess(blank, z.enum(FORMATS).optional()).catch(undefined),
  thema: z.preprocess(blank, z.string().regex(UUID).optional()).catch(undefined),
  mindestpunktzahl: z.preprocess(blank, scoreField('form.matching.minScore.invalid').optional()),
});
export type SuggestionFilters = z.output<typeof suggestionFilters>;

export const proposeForm = z.object({
  mentor: z.string('form.matching.mentor.required').regex(UUID, 'form.matching.mentor.required'),
  begruendung: z.string().trim().max(2000, 'form.matching.reason.tooLong').default(''),
});

export const roundForm = z.object({
  modus: z.enum(ROUND_MODES, { error: 'form.matching.mode.required' }),
  mindestpunktzahl: z
    .string('form.matching.minScore.required')
    .trim()
    .min(1, 'form.matching.minScore.required')
    .pipe(scoreField('form.matching.minScore.invalid')),
});

/** Pairs in a round's form arrive as "menteeId:mentorId"; anything else (a tampered form) is ignored. */
const PAIR = /^[0-9a-f-]{36}:[0-9a-f-]{36}$/i;
const pairs = z.preprocess(
  (v) =>
    asList(v)
      .filter((x) => PAIR.test(x))
      .slice(0, 10_000)
      .map((x) => {
        const [menteeId, mentorId] = x.split(':') as [string, string];
        return { menteeId, mentorId };
      }),
  z.array(z.object({ menteeId: z.string(), mentorId: z.string() })),
);
export const rerunForm = z.object({ fixieren: pairs, entfernen: pairs });

const weight = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim() : v),
  z.coerce
    .number('form.matching.weight.invalid')
    .int('form.matching.weight.invalid')
    .min(0, 'form.matching.weight.invalid')
    .max(MAX_WEIGHT, 'form.matching.weight.invalid'),
);
const days = (key: 'form.matching.days.invalid') =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : v),
    z.coerce.number(key).int(key).min(1, key).max(90, key),
  );

export const settingsForm = z
  .object({
    aktion: z.enum(['vorschau', 'speichern']).catch('vorschau'),
    ...(Object.fromEntries(CRITERIA.map((c) => [`gewicht_${c}`, weight])) as Record<
      `gewicht_${Criterion}`,
      typeof weight
    >),
    erinnerung: days('form.matching.days.invalid'),
    ablauf: days('form.matching.days.invalid'),
  })
  .refine((v) => v.ablauf > v.erinnerung, {
    path: ['ablauf'],
    message: 'form.matching.expiry.afterReminder',
  })
  .refine((v) => CRITERIA.some((c) => v[`gewicht_${c}`] > 0), {
    path: [`gewicht_${CRITERIA[0]}`],
    message: 'form.matching.weight.allZero',
  });
