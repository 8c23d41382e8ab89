import type { TodoOwner } from '../../../../db/schema/tandems.ts';
import type { Locale, MessageKey } from '../../../../i18n/index.ts';
import { fromBerlin, isoDate, toBerlin } from '../../../../platform/time.ts';
import { formatAt } from '../../../../ui/format.ts';

/** Today's date in Berlin as the database stores due dates ("2026-11-20"): overdue is before it. */
export const berlinToday = (now: Date) => isoDate(toBerlin(now));

/** A stored day ("2026-12-03") as the reader writes dates. */
export function formatDay(day: string, locale: Locale) {
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
  return formatAt(fromBerlin({ year, month, day: dayOfMonth, hour: 12 }), locale, 'date');
}

export const ownerKey = (o: TodoOwner): MessageKey => `tandems.todos.owner.${o}`;
