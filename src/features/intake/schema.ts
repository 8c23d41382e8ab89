import { z } from 'zod';
import { BUNDESLAENDER, PARTICIPATION_STATUSES, ROLES } from '../../db/schema/registration.ts';
import { asList, blank, UUID } from '../../platform/forms.ts';
import { parseLocalDate, parseLocalTime } from '../../platform/time.ts';

const localDate = (invalid: 'form.intake.date.invalid' | 'form.intake.since.invalid') =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      const d = parseLocalDate(v);
      if (!d) ctx.addIssue({ code: 'custom', message: invalid });
      return d ?? { year: 0, month: 0, day: 0 };
    });

/** The list's filters. Manipulated choices are ignored; a date that is not one is shown as an error. */
export const listQuery = z.object({
  programm: z.preprocess(blank, z.string().regex(UUID).optional()).catch(undefined),
  rolle: z.preprocess(blank, z.enum(ROLES).optional()).catch(undefined),
  status: z.preprocess(blank, z.enum(PARTICIPATION_STATUSES).optional()).catch(undefined),
  bundesland: z.preprocess(blank, z.enum(BUNDESLAENDER).optional()).catch(undefined),
  seit: z.preprocess(blank, localDate('form.intake.since.invalid').optional()),
  suche: z.preprocess(
    blank,
    z.string('form.intake.search.invalid').trim().max(200, 'form.intake.search.tooLong').optional(),
  ),
  seite: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});
export type ListQuery = z.output<typeof listQuery>;

export const scheduleForm = z.object({
  datum: z
    .string('form.intake.date.required')
    .trim()
    .min(1, 'form.intake.date.required')
    .pipe(localDate('form.intake.date.invalid')),
  uhrzeit: z
    .string('form.intake.time.required')
    .trim()
    .min(1, 'form.intake.time.required')
    .transform((v, ctx) => {
      const time = parseLocalTime(v);
      if (!time) ctx.addIssue({ code: 'custom', message: 'form.intake.time.invalid' });
      return time ?? { hour: 0, minute: 0 };
    }),
});

export const statusForm = z.object({
  status: z.enum(['intake_held', 'accepted'], 'form.intake.status.invalid'),
});

export const noteForm = z.object({
  notiz: z
    .string('form.intake.note.required')
    .trim()
    .min(1, 'form.intake.note.required')
    .max(5000, 'form.intake.note.tooLong'),
});

export const strengthsForm = z.object({
  themen: z.preprocess(
    asList,
    z.array(z.string().regex(UUID, 'form.intake.topics.invalid')).min(1, 'form.intake.topics.required'),
  ),
  staerken: z.string('form.invalid').trim().max(3000, 'form.intake.strengths.tooLong').default(''),
});

export const declineForm = z.object({
  /** The roles declined; only asked for when the person has several open. */
  rollen: z.preprocess(asList, z.array(z.enum(ROLES, 'form.intake.declineRoles.required'))),
  mailtext: z
    .string('form.intake.declineText.required')
    .trim()
    .min(1, 'form.intake.declineText.required')
    .max(5000, 'form.intake.declineText.tooLong'),
});

export const bulkForm = z.object({
  auswahl: z.preprocess(
    asList,
    z.array(z.string()).min(1, 'form.intake.bulk.none').max(500, 'form.intake.bulk.tooMany'),
  ),
});
