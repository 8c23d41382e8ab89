import type { programmes } from '../../../db/schema/index.ts';
import { toBerlin } from '../../../platform/time.ts';

/** The programme's mentoring duty as it applies to one mentor. */
export interface Duty {
  days: number;
  hoursPerDay: number;
  /** The whole duty in minutes. */
  minutes: number;
}

type DutySettings = Pick<
  typeof programmes.$inferSelect,
  'dutyDaysPerYear' | 'dutyHoursPerDay' | 'dutyFundingPhase'
>;

/**
 * The duty applies when the programme has one and it is for every mentor (no funding phase set) or for
 * the mentor's funding phase (in the adaptation programme: Anschlussvorhaben).
 */
export function dutyFor(programme: DutySettings, funding: string): Duty | null {
  const days = programme.dutyDaysPerYear;
  if (days === null || days <= 0) return null;
  if (programme.dutyFundingPhase !== '' && programme.dutyFundingPhase !== funding) return null;
  return {
    days,
    hoursPerDay: programme.dutyHoursPerDay,
    minutes: Math.round(days * programme.dutyHoursPerDay * 60),
  };
}

/** Share of the duty done, in whole percent (may pass 100). */
export const dutyPercent = (minutes: number, duty: Duty) =>
  duty.minutes > 0 ? Math.floor((minutes * 100) / duty.minutes) : 0;

/** The calendar year in Berlin now. */
export const currentYear = (now: Date) => toBerlin(now).year;

/**
 * A year from a path or query: four digits, from 2000 to next year. Anything else is null, so that
 * the caller answers 404 (path) or shows the current year (filter).
 */
export function parseYear(value: unknown, now: Date): number | null {
  if (typeof value !== 'string' || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 2000 && year <= currentYear(now) + 1 ? year : null;
}

/** First and last day of a year, as the date column compares them. */
export const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });
