import type { MeetingFormat, MeetingKind, MeetingStatus } from '../../../../db/schema/tandems.ts';
import type { Locale, MessageKey } from '../../../../i18n/index.ts';
import { formatAt } from '../../../../ui/format.ts';

export const formatKey = (f: MeetingFormat): MessageKey => `tandems.meetings.format.${f}`;
export const statusKey = (s: MeetingStatus): MessageKey => `tandems.meetings.status.${s}`;
export const kindKey = (k: MeetingKind): MessageKey => `tandems.meetings.kind.${k}`;

/** "Donnerstag, 3. Dezember 2026" and "14:30", German time. */
export const longDate = (at: Date, locale: Locale) => formatAt(at, locale, 'longDate');
export const shortDate = (at: Date, locale: Locale) => formatAt(at, locale, 'date');
export const clockTime = (at: Date, locale: Locale) => formatAt(at, locale, 'time');
