import type { Locale } from '../i18n/index.ts';

/** Every date on the platform is shown in German time, whatever the server's time zone. */
export const ZONE = 'Europe/Berlin';

type Style = 'dateTime' | 'date' | 'day' | 'longDate' | 'longDateTime' | 'time';

const options: Record<Style, Intl.DateTimeFormatOptions> = {
  dateTime: { timeZone: ZONE, dateStyle: 'medium', timeStyle: 'short' },
  date: { timeZone: ZONE, dateStyle: 'medium' },
  day: { timeZone: ZONE, dateStyle: 'long' },
  longDate: { timeZone: ZONE, dateStyle: 'full' },
  longDateTime: { timeZone: ZONE, dateStyle: 'long', timeStyle: 'short' },
  time: { timeZone: ZONE, timeStyle: 'short' },
};

// Building an Intl.DateTimeFormat costs far more than using one: keep one per locale and style.
const cache = new Map<string, Intl.DateTimeFormat>();

export function formatAt(at: Date, locale: Locale, style: Style = 'dateTime'): string {
  const key = `${locale}|${style}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', options[style]);
    cache.set(key, format);
  }
  return format.format(at);
}

const numbers = new Map<Locale, Intl.NumberFormat>();

/** Scores and other figures with at most one decimal, in the reader's notation (71,5 / 71.5). */
export function formatNumber(x: number, locale: Locale): string {
  let format = numbers.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 });
    numbers.set(locale, format);
  }
  return format.format(x);
}

/** A file's size as people read it: "620 B", "840 kB", "2,4 MB". */
export function formatSize(bytes: number, locale: Locale): string {
  if (bytes < 1000) return `${bytes} B`;
  const [value, unit, digits] =
    bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte', 1] : [bytes / 1000, 'kilobyte', 0];
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: digits,
  }).format(value);
}
