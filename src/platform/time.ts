import type { Locale } from '../i18n/index.ts';
import { formatAt, ZONE } from '../ui/format.ts';

/** Programmes run in Germany: dates people type and read are wall-clock times in Berlin. */
export { ZONE };

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
}

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The wall-clock time in Berlin at an instant. */
export function toBerlin(at: Date): LocalDateTime & { second: number } {
  const parts = Object.fromEntries(partsFormat.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Minutes Berlin is ahead of UTC at an instant (60 in winter, 120 in summer). */
function offsetMinutes(at: Date): number {
  const b = toBerlin(at);
  const asUtc = Date.UTC(b.year, b.month - 1, b.day, b.hour, b.minute, b.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The instant of a Berlin wall-clock time (daylight saving time included). */
export function fromBerlin(local: LocalDate & Partial<LocalDateTime>): Date {
  const guess = Date.UTC(local.year, local.month - 1, local.day, local.hour ?? 0, local.minute ?? 0);
  const first = guess - offsetMinutes(new Date(guess)) * 60_000;
  return new Date(guess - offsetMinutes(new Date(first)) * 60_000);
}

/** Reads "2026-12-03" (date input) or "3.12.2026" (typed by hand); null for anything else or no such day. */
export function parseLocalDate(value: string): LocalDate | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : german
      ? [Number(german[3]), Number(german[2]), Number(german[1])]
      : [0, 0, 0];
  if (year < 2000 || year > 2100) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** Reads "14:30" or "14.30"; null for anything else. */
export function parseLocalTime(value: string): { hour: number; minute: number } | null {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(value);
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  return hour < 24 && minute < 60 ? { hour, minute } : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Values for the date and time inputs. */
export const isoDate = (d: LocalDate) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;
export const isoTime = (d: { hour: number; minute: number }) => `${pad(d.hour)}:${pad(d.minute)}`;

/** "03.12.2026, 14:30" / "3 Dec 2026, 14:30", Berlin time. */
export const formatDateTime = (at: Date, locale: Locale) => formatAt(at, locale, 'dateTime');

/** "03.12.2026" / "3 Dec 2026", Berlin time. */
export const formatDate = (at: Date, locale: Locale) => formatAt(at, locale, 'date');

/** "Donnerstag, 3. Dezember 2026" / "Thursday, 3 December 2026", Berlin time. */
export const formatLongDate = (at: Date, locale: Locale) => formatAt(at, locale, 'longDate');

/** "14:30", Berlin time. */
export const formatTime = (at: Date, locale: Locale) => formatAt(at, locale, 'time');
