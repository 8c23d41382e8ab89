import { z } from 'zod';
import type { MessageKey } from '../../../i18n/index.ts';
import { blank } from '../../../platform/forms.ts';
import { isoDate, type LocalDate, parseLocalDate, parseLocalTime } from '../../../platform/time.ts';

/** Form field parsers shared by the meeting, record, contact and to-do forms. */

export const MAX_TEXT = 5000;
export const MAX_LOCATION = 500;
export const MAX_TODO_TITLE = 300;

/** A required date ("2026-12-03" from a date input, or "3.12.2026" typed by hand). */
export const dateField = (required: MessageKey, invalid: MessageKey) =>
  z
    .string(required)
    .trim()
    .min(1, required)
    .transform((v, ctx): LocalDate => {
      const d = parseLocalDate(v);
      if (!d) ctx.addIssue({ code: 'custom', message: invalid });
      return d ?? { year: 0, month: 0, day: 0 };
    });

/** An optional date as the database stores it ("2026-12-03"); empty means none. */
export const optionalDay = (invalid: MessageKey) =>
  z.preprocess(
    blank,
    z
      .string(invalid)
      .trim()
      .transform((v, ctx) => {
        const d = parseLocalDate(v);
        if (!d) ctx.addIssue({ code: 'custom', message: invalid });
        return d ? isoDate(d) : '';
      })
      .optional(),
  );

export const timeField = (required: MessageKey, invalid: MessageKey) =>
  z
    .string(required)
    .trim()
    .min(1, required)
    .transform((v, ctx) => {
      const t = parseLocalTime(v);
      if (!t) ctx.addIssue({ code: 'custom', message: invalid });
      return t ?? { hour: 0, minute: 0 };
    });

/** Whole minutes, 1 to 1440 (the database's check); huge or odd numbers are a 422, not a 500. */
export const minutesField = (required: MessageKey, invalid: MessageKey) =>
  z
    .string(required)
    .trim()
    .min(1, required)
    .regex(/^\d{1,4}$/, invalid)
    .transform(Number)
    .refine((n) => n >= 1 && n <= 1440, invalid);

export const textField = (max: number, tooLong: MessageKey) =>
  z.string(tooLong).trim().max(max, tooLong).default('');
