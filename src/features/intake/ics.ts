import ical from 'ical-generator';
import { type LocalDateTime, toBerlin, ZONE } from '../../platform/time.ts';
import { VTIMEZONE_BERLIN } from '../../platform/vtimezone.ts';

export const INTAKE_MINUTES = 30;

/**
 * A wall-clock time shaped like Temporal.PlainDateTime. Given a plain Date and a timezone,
 * ical-generator writes the server's local time; given this, it writes exactly these digits with
 * TZID=Europe/Berlin, whatever the server's TZ.
 */
function wallClock(t: LocalDateTime) {
  const text = `${t.year}-${t.month}-${t.day}T${t.hour}:${t.minute}`;
  const plain = {
    ...t,
    second: 0,
    toPlainDate: () => ({
      year: t.year,
      month: t.month,
      day: t.day,
      toJSON: () => text,
      toString: () => text,
    }),
    toZonedDateTime: (timeZoneId: string) => zoned(timeZoneId),
    toJSON: () => text,
    toString: () => text,
  };
  const zoned = (timeZoneId: string) => ({
    ...plain,
    timeZoneId,
    toPlainDateTime: () => plain,
    withTimeZone: () => zoned(timeZoneId),
    toInstant: () => ({
      epochMilliseconds: Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute),
      toJSON: () => text,
      toString: () => text,
      toZonedDateTimeISO: () => zoned(timeZoneId),
    }),
  });
  return plain;
}

export interface IntakeInvite {
  /** Stable per participation, so that a new date replaces the old one in the calendar. */
  uid: string;
  sequence: number;
  start: Date;
  summary: string;
  description: string;
  organizer: { name: string; email: string };
  stamp: Date;
}

/** The .ics file for an intake call: one VEVENT of 30 minutes in Europe/Berlin. */
export function intakeCalendar(invite: IntakeInvite): string {
  const start = toBerlin(invite.start);
  const end = toBerlin(new Date(invite.start.getTime() + INTAKE_MINUTES * 60_000));
  const cal = ical({ name: invite.summary, prodId: { company: 'klimatandem', product: 'intake' } });
  cal.createEvent({
    id: invite.uid,
    sequence: invite.sequence,
    stamp: invite.stamp,
    start: wallClock(start),
    end: wallClock(end),
    timezone: ZONE,
    summary: invite.summary,
    description: invite.description,
    organizer: invite.organizer,
  });
  return cal.toString().replace('BEGIN:VEVENT', `${VTIMEZONE_BERLIN}\r\nBEGIN:VEVENT`);
}

export const icsAttachment = (content: string) => ({
  filename: 'kennenlerngespraech.ics',
  contentType: 'text/calendar; charset=utf-8',
  content,
});
