import ical, { type ICalDayJsStub, ICalEventStatus } from 'ical-generator';
import type { MeetingStatus } from '../../../db/schema/tandems.ts';
import { toBerlin, ZONE } from '../../../platform/time.ts';
import { VTIMEZONE_BERLIN } from '../../../platform/vtimezone.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The Berlin wall-clock time of an instant, shaped like a dayjs object: ical-generator then writes
 * exactly these digits after TZID=Europe/Berlin, whatever the server's own time zone.
 */
function wallClock(at: Date): ICalDayJsStub {
  const b = toBerlin(at);
  const date = `${b.year}${pad(b.month)}${pad(b.day)}`;
  const time = `${pad(b.hour)}${pad(b.minute)}${pad(b.second)}`;
  const self: ICalDayJsStub = {
    isValid: () => true,
    tz: () => self,
    toDate: () => at,
    toJSON: () => at.toISOString(),
    format: (pattern: string) => (pattern === 'YYYYMMDD' ? date : time),
  };
  return self;
}

export interface CalendarMeeting {
  /** Stable per meeting (`<id>@<host>`): a changed or cancelled meeting replaces the earlier entry. */
  uid: string;
  sequence: number;
  status: MeetingStatus;
  startsAt: Date;
  durationMinutes: number;
  summary: string;
  /** Place or link: only in files that nobody but the two members receives. */
  location: string;
  description: string;
  url: string;
}

const STATUS: Record<MeetingStatus, ICalEventStatus> = {
  planned: ICalEventStatus.CONFIRMED,
  held: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
};

/** A calendar of tandem meetings in Europe/Berlin: one meeting's .ics or a person's whole feed. */
export function meetingsCalendar(options: {
  name: string;
  stamp: Date;
  meetings: CalendarMeeting[];
  /** How often subscribed calendars should look again, in seconds (feeds only). */
  ttl?: number;
}): string {
  const cal = ical({
    name: options.name,
    prodId: { company: 'klimatandem', product: 'tandem-meetings', language: 'DE' },
    ...(options.ttl ? { ttl: options.ttl } : {}),
  });
  for (const m of options.meetings) {
    cal.createEvent({
      id: m.uid,
      sequence: m.sequence,
      stamp: options.stamp,
      start: wallClock(m.startsAt),
      end: wallClock(new Date(m.startsAt.getTime() + m.durationMinutes * 60_000)),
      timezone: ZONE,
      summary: m.summary,
      location: m.location || null,
      description: m.description,
      url: m.url,
      status: STATUS[m.status],
    });
  }
  const text = cal.toString();
  const at = text.includes('BEGIN:VEVENT') ? 'BEGIN:VEVENT' : 'END:VCALENDAR';
  return text.replace(at, `${VTIMEZONE_BERLIN}\r\n${at}`);
}

export const CALENDAR_TYPE = 'text/calendar; charset=utf-8';
