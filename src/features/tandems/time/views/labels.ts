import type { TimeKind } from '../../../../db/schema/tandems.ts';
import type { Locale, MessageKey, Translate } from '../../../../i18n/index.ts';
import { fromBerlin, parseLocalDate } from '../../../../platform/time.ts';
import { formatAt } from '../../../../ui/format.ts';

export const TIME_PATH = '/mentoring-zeit';
export const newEntryPath = (query = '') => `${TIME_PATH}/neu${query ? `?${query}` : ''}`;
export const entryPath = (id: string) => `${TIME_PATH}/${id}`;
export const proofPath = (year: number | string) => `${TIME_PATH}/nachweis/${year}`;
export const yearPath = (year: number) => `${TIME_PATH}?jahr=${year}`;

export const kindKey = (kind: TimeKind) => `tandems.time.kind.${kind}` as MessageKey;

/** "5 Tage" / "1 Tag". */
export const formatDays = (days: number, t: Translate) =>
  days === 1 ? t('tandems.time.days.one') : t('tandems.time.days', { count: days });

const pad = (n: number) => String(n).padStart(2, '0');

/** "1:30 Std." / "1:30 h". */
export const formatDuration = (minutes: number, t: Translate) =>
  t('tandems.time.duration', { hours: Math.floor(minutes / 60), minutes: pad(minutes % 60) });

const hourFormats = new Map<Locale, Intl.NumberFormat>();

/** Hours with at most two decimals in the reader's notation: "12,25" / "12.25". */
export function formatHours(minutes: number, locale: Locale) {
  let format = hourFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 2 });
    hourFormats.set(locale, format);
  }
  return format.format(minutes / 60);
}

/** A stored day ("2026-12-03") as the reader writes it: "03.12.2026" / "3 Dec 2026". */
export function formatDay(on: string, locale: Locale) {
  const d = parseLocalDate(on);
  return d ? formatAt(fromBerlin(d), locale, 'date') : on;
}
