import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { intakeCalendar } from '../features/intake/ics.ts';
import { canMove } from '../features/intake/service/transitions.ts';
import { formatDateTime, fromBerlin, parseLocalDate, parseLocalTime, toBerlin } from './time.ts';

describe('Berlin wall-clock time', () => {
  it('converts in winter (UTC+1) and summer (UTC+2)', () => {
    expect(fromBerlin({ year: 2026, month: 12, day: 3, hour: 14, minute: 30 }).toISOString()).toBe(
      '2026-12-03T13:30:00.000Z',
    );
    expect(fromBerlin({ year: 2027, month: 7, day: 1, hour: 9, minute: 0 }).toISOString()).toBe(
      '2027-07-01T07:00:00.000Z',
    );
    // The night the clocks go back: the day starts at midnight CEST.
    expect(fromBerlin({ year: 2026, month: 10, day: 25 }).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(toBerlin(new Date('2027-03-28T01:30:00Z'))).toMatchObject({ day: 28, hour: 3, minute: 30 });
  });

  it('reads dates and times as typed or as date inputs send them', () => {
    expect(parseLocalDate('2026-12-03')).toEqual({ year: 2026, month: 12, day: 3 });
    expect(parseLocalDate('3.12.2026')).toEqual({ year: 2026, month: 12, day: 3 });
    expect(parseLocalDate('31.02.2026')).toBeNull();
    expect(parseLocalDate('morgen')).toBeNull();
    expect(parseLocalTime('14:30')).toEqual({ hour: 14, minute: 30 });
    expect(parseLocalTime('9.05')).toEqual({ hour: 9, minute: 5 });
    expect(parseLocalTime('24:00')).toBeNull();
  });

  it('shows times in German and English, Berlin time', () => {
    const at = new Date('2026-12-03T13:30:00Z');
    expect(formatDateTime(at, 'de')).toBe('03.12.2026, 14:30');
    expect(formatDateTime(at, 'en')).toBe('3 Dec 2026, 14:30');
  });
});

describe('the intake calendar file', () => {
  it('is a 30-minute VEVENT at the Berlin time, whatever the server time zone', () => {
    const ics = intakeCalendar({
      uid: 'kennenlerngespraech-1@klimatandem',
      sequence: 0,
      start: new Date('2027-07-01T07:00:00Z'),
      stamp: new Date('2026-11-20T09:00:00Z'),
      summary: 'Kennenlerngespräch: Klimaschutz',
      description: 'Fragen; Antworten',
      organizer: { name: 'Agentur für kommunalen Klimaschutz', email: 'agentur@klimaschutz.de' },
    });
    expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20270701T090000');
    expect(ics).toContain('DTEND;TZID=Europe/Berlin:20270701T093000');
    expect(ics).toContain('DTSTAMP:20261120T090000Z');
    const cal = new ICAL.Component(ICAL.parse(ics));
    const zone = new ICAL.Timezone(cal.getFirstSubcomponent('vtimezone')!);
    const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    event.startDate.zone = zone;
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-07-01T07:00:00.000Z');
    expect(event.organizer).toBe('mailto:agentur@klimaschutz.de');
    expect(event.description).toBe('Fragen; Antworten');
  });
});

describe('the pipeline', () => {
  it('allows only the documented steps', () => {
    expect(canMove('registered', 'intake_scheduled')).toBe(true);
    expect(canMove('registered', 'not_eligible')).toBe(true);
    expect(canMove('registered', 'intake_held')).toBe(false);
    expect(canMove('registered', 'accepted')).toBe(false);
    expect(canMove('intake_scheduled', 'intake_scheduled')).toBe(true);
    expect(canMove('intake_scheduled', 'intake_held')).toBe(true);
    expect(canMove('intake_scheduled', 'accepted')).toBe(false);
    expect(canMove('intake_held', 'accepted')).toBe(true);
    expect(canMove('intake_held', 'intake_scheduled')).toBe(false);
    expect(canMove('accepted', 'not_eligible')).toBe(false);
    expect(canMove('not_eligible', 'accepted')).toBe(false);
  });
});
