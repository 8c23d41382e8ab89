import { z } from 'zod';

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

const weeks = (invalid: 'tandems.settings.error.reminderWeeks' | 'tandems.settings.error.escalationWeeks') =>
  z.preprocess(
    trimmed,
    z
      .string(invalid)
      .regex(/^\d{1,2}$/, invalid)
      .transform(Number)
      .pipe(z.number().min(1, invalid).max(52, invalid)),
  );

/**
 * The programme's tandem settings: stall reminder and escalation in weeks, the mentoring duty (days per
 * year, empty for none; hours per day, "7,8" allowed) and the funding phase it applies to ('' = every
 * mentor; otherwise one of the programme's funding options).
 */
export const tandemSettingsForm = (fundingOptions: readonly string[]) =>
  z.object({
    erinnerung: weeks('tandems.settings.error.reminderWeeks'),
    eskalation: weeks('tandems.settings.error.escalationWeeks'),
    pflicht_tage: z.preprocess(
      (v) => (v === undefined ? '' : trimmed(v)),
      z
        .string('tandems.settings.error.dutyDays')
        .regex(/^(\d{1,3})?$/, 'tandems.settings.error.dutyDays')
        .transform((v) => (v === '' ? null : Number(v)))
        .refine((v) => v === null || (v >= 1 && v <= 365), 'tandems.settings.error.dutyDays'),
    ),
    stunden_pro_tag: z.preprocess(
      trimmed,
      z
        .string('tandems.settings.error.hoursPerDay')
        .regex(/^\d{1,2}([.,]\d{1,2})?$/, 'tandems.settings.error.hoursPerDay')
        .transform((v) => Number(v.replace(',', '.')))
        .pipe(
          z
            .number()
            .min(1, 'tandems.settings.error.hoursPerDay')
            .max(24, 'tandems.settings.error.hoursPerDay'),
        ),
    ),
    foerderphase: z
      .string('tandems.settings.error.fundingPhase')
      .refine((v) => v === '' || fundingOptions.includes(v), 'tandems.settings.error.fundingPhase'),
  });

export type TandemSettings = z.output<ReturnType<typeof tandemSettingsForm>>;
