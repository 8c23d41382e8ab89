import { z } from 'zod';
import { TIME_KINDS } from '../../../db/schema/tandems.ts';
import { blank, UUID } from '../../../platform/forms.ts';
import { isoDate, parseLocalDate } from '../../../platform/time.ts';

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

/** A whole number typed by a person, or nothing (counts as 0). */
const count = (max: number, invalid: 'tandems.time.error.hours' | 'tandems.time.error.minutes') =>
  z.preprocess(
    (v) => (blank(v) === undefined ? '0' : trimmed(v)),
    z
      .string(invalid)
      .regex(/^\d{1,4}$/, invalid)
      .transform(Number)
      .pipe(z.number().max(max, invalid)),
  );

/**
 * A time entry as typed: date (not in the future), duration as hours and minutes or minutes alone
 * (1 minute to 24 hours), kind, optionally a programme, a tandem and a note. Which programmes and
 * tandems are the person's own is checked against the database afterwards.
 */
export const entryForm = (today: string) =>
  z
    .object({
      datum: z
        .string('tandems.time.error.date')
        .trim()
        .transform((v, ctx) => {
          const d = parseLocalDate(v);
          if (!d) {
            ctx.addIssue({ code: 'custom', message: 'tandems.time.error.date' });
            return z.NEVER;
          }
          return isoDate(d);
        })
        .refine((v) => v <= today, 'tandems.time.error.future'),
      stunden: count(24, 'tandems.time.error.hours'),
      minuten: count(1440, 'tandems.time.error.minutes'),
      art: z.enum(TIME_KINDS, { error: 'tandems.time.error.kind' }),
      programm: z.preprocess(blank, z.string().regex(UUID, 'tandems.time.error.programme').optional()),
      tandem: z.preprocess(blank, z.string().regex(UUID, 'tandems.time.error.tandem').optional()),
      treffen: z.preprocess(blank, z.string().optional()),
      notiz: z.preprocess(
        (v) => (v === undefined ? '' : v),
        z.string('tandems.time.error.noteTooLong').trim().max(2000, 'tandems.time.error.noteTooLong'),
      ),
    })
    .transform((v) => ({ ...v, minutesTotal: v.stunden * 60 + v.minuten }))
    .refine((v) => v.minutesTotal >= 1 && v.minutesTotal <= 1440, {
      path: ['stunden'],
      message: 'tandems.time.error.duration',
    });

export type EntryInput = z.output<ReturnType<typeof entryForm>>;
