import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { linkIn, mailsTo } from '../../../../test/helpers/factories.ts';
import { browserFor, createTandem } from '../../../../test/support/tandems.ts';
import {
  HOUR,
  insertMeeting,
  meetingRow,
  planFields,
  planVia,
} from '../../../../test/support/tandems-meetings.ts';
import { tandems } from '../../../db/schema/index.ts';
import { MEETING_REMINDER_QUEUE, meetingJobs } from './jobs.ts';
import { remindMeetings, tomorrowInBerlin } from './service/remind.ts';

const t = useTestApp();

const reminders = async (email: string) =>
  (await mailsTo(t.db, email)).filter((m) => m.template === 'tandems.meetings.reminder');

describe('the reminder the day before', () => {
  it('knows where tomorrow begins in Berlin, in winter and around the change to summer time', () => {
    expect(tomorrowInBerlin(new Date('2026-11-20T09:00:00Z'))).toEqual({
      from: new Date('2026-11-20T23:00:00Z'),
      to: new Date('2026-11-21T23:00:00Z'),
    });
    // Late on 31 December in Berlin (already 1 January there at 23:30Z).
    expect(tomorrowInBerlin(new Date('2026-12-31T23:30:00Z')).from).toEqual(new Date('2027-01-01T23:00:00Z'));
    // Saturday before the last Sunday of March 2027: Sunday has 23 hours.
    expect(tomorrowInBerlin(new Date('2027-03-27T12:00:00Z'))).toEqual({
      from: new Date('2027-03-27T23:00:00Z'),
      to: new Date('2027-03-28T22:00:00Z'),
    });
  });

  it('mails both members once, on the day before, with date, time and a link only', async () => {
    const pair = await createTandem(t, { status: 'active' });
    // Friday 20 November, 10:00 in Berlin. The meeting: Saturday 21 November, 09:00.
    const id = await planVia(pair.menteeBrowser, pair.id, { datum: '2026-11-21', uhrzeit: '09:00' });
    const later = await planVia(pair.menteeBrowser, pair.id, { datum: '2026-11-22', uhrzeit: '00:30' });

    const [first, second] = await Promise.all([remindMeetings(t.app.deps), remindMeetings(t.app.deps)]);
    expect(first! + second!).toBe(1);
    expect(await remindMeetings(t.app.deps)).toBe(0);
    expect((await meetingRow(t, id)).remindedAt).toEqual(t.clock.now());
    expect((await meetingRow(t, later)).remindedAt).toBeNull();

    for (const person of [pair.mentee, pair.mentor]) {
      const mails = await reminders(person.user.email);
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).toBe('Erinnerung: Ihr Tandem-Treffen morgen um 09:00 Uhr');
      expect(mails[0]!.text).toContain(
        'morgen, am Samstag, 21. November 2026 um 09:00 Uhr, findet Ihr Treffen',
      );
      expect(mails[0]!.text).toContain('Zehn Minuten Vorbereitung');
      expect(linkIn(mails[0]!.text, '/tandems/')).toBe(`/tandems/${pair.id}/treffen/${id}`);
      expect(mails[0]!.text).not.toContain('konferenz.example');
    }

    // Saturday: the meeting just after midnight on Sunday is due now, through the job as pg-boss runs it.
    t.clock.advance(24 * HOUR);
    const job = meetingJobs(t.app.deps).find((j) => j.queue === MEETING_REMINDER_QUEUE)!;
    expect(job.cron).toBe('0 7-21 * * *');
    await job.handle({}, { retryCount: 0, retryLimit: 0 });
    expect((await meetingRow(t, later)).remindedAt).toEqual(t.clock.now());
    expect(await reminders(pair.mentor.user.email)).toHaveLength(2);
  });

  it('reminds again after the date was moved, and never for cancelled, held or ended ones', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const now = t.clock.now().getTime();
    const tomorrow = new Date(now + 24 * HOUR);
    const id = await planVia(pair.menteeBrowser, pair.id, { datum: '2026-12-04', uhrzeit: '10:00' });
    await insertMeeting(t, pair.id, { status: 'cancelled', startsAt: tomorrow });
    await insertMeeting(t, pair.id, { kind: 'contact', status: 'held', startsAt: tomorrow });
    const ended = await createTandem(t, { status: 'active' });
    await insertMeeting(t, ended.id, { status: 'planned', startsAt: tomorrow });
    await t.db
      .update(tandems)
      .set({ status: 'ended', endedAt: t.clock.now() })
      .where(eq(tandems.id, ended.id));

    // Thursday 3 December: the meeting on Friday is reminded.
    t.clock.advance(Date.parse('2026-12-03T08:00:00Z') - now);
    expect(await remindMeetings(t.app.deps)).toBe(1);
    expect((await meetingRow(t, id)).remindedAt).toEqual(t.clock.now());

    // Moved to Monday 7 December: reminded again on Sunday, not before. (A fresh sign-in: two weeks passed.)
    const mentor = await browserFor(t, pair.mentor.user);
    const moved = await mentor.post(
      `/tandems/${pair.id}/treffen/${id}`,
      planFields({ datum: '2026-12-07', uhrzeit: '10:00' }),
    );
    expect(moved.statusCode).toBe(303);
    expect((await meetingRow(t, id)).remindedAt).toBeNull();
    expect(await remindMeetings(t.app.deps)).toBe(0);
    t.clock.advance(3 * 24 * HOUR);
    expect(await remindMeetings(t.app.deps)).toBe(1);
    const mails = await reminders(pair.mentee.user.email);
    expect(mails.map((m) => m.subject)).toEqual([
      'Erinnerung: Ihr Tandem-Treffen morgen um 10:00 Uhr',
      'Erinnerung: Ihr Tandem-Treffen morgen um 10:00 Uhr',
    ]);
    expect(await reminders(ended.mentee.user.email)).toEqual([]);
  });
});
