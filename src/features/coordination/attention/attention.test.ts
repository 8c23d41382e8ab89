import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { mailsTo } from '../../../../test/helpers/factories.ts';
import { createTandem, outsiders } from '../../../../test/support/tandems.ts';
import { plantContents, SECRET } from '../../../../test/support/tandems-confidentiality.ts';
import { meetings, programmes, tandems } from '../../../db/schema/index.ts';
import { attentionJobs, STALL_SWEEP_QUEUE } from './jobs.ts';
import { sweepStalledTandems } from './service.ts';

const DAY = 86_400_000;
const WEEK = 7 * DAY;

const t = useTestApp();

const sweep = () => sweepStalledTandems(t.app.deps);
const reminders = async (email: string) =>
  (await mailsTo(t.db, email)).filter((m) => m.subject === 'Wie geht es Ihrem Tandem?');
const row = async (id: string) => (await t.db.select().from(tandems).where(eq(tandems.id, id)))[0]!;

describe('the stalled-tandem sweep', () => {
  it('reminds both members after six weeks without a meeting, once, and escalates four weeks later', async () => {
    const pair = await createTandem(t, { status: 'active' });
    t.clock.advance(6 * WEEK - DAY);
    await sweep();
    expect(await reminders(pair.mentee.user.email)).toHaveLength(0);

    t.clock.advance(DAY);
    // Two instances sweeping at the same moment send each reminder once.
    await Promise.all([sweep(), sweep()]);
    await sweep();
    for (const person of [pair.mentee, pair.mentor]) {
      const mails = await reminders(person.user.email);
      expect(mails).toHaveLength(1);
      expect(mails[0]!.text).toContain('Sprechen Sie Probleme frühzeitig an');
      expect(mails[0]!.text).toContain(`/tandems/${pair.id}`);
    }
    expect((await row(pair.id)).attentionAt).toBeNull();

    t.clock.advance(4 * WEEK - DAY);
    expect((await sweep()).escalated).toBe(0);
    // The job as pg-boss runs it, by day only: it finds nothing due yet either.
    const job = attentionJobs(t.app.deps).find((j) => j.queue === STALL_SWEEP_QUEUE)!;
    expect(job.cron).toBe('17 7-20 * * *');
    await job.handle({}, { retryCount: 0, retryLimit: 0 });
    expect((await row(pair.id)).attentionAt).toBeNull();
    t.clock.advance(DAY);
    await job.handle({}, { retryCount: 0, retryLimit: 0 });
    expect((await row(pair.id)).attentionAt).toEqual(t.clock.now());
    await t.db.update(tandems).set({ attentionAt: null }).where(eq(tandems.id, pair.id));
    const both = await Promise.all([sweep(), sweep()]);
    expect(both.map((r) => r.escalated).sort()).toEqual([0, 1]);
    expect((await row(pair.id)).attentionAt).not.toBeNull();
    expect((await sweep()).escalated).toBe(0);
    expect(await reminders(pair.mentee.user.email)).toHaveLength(1);
  });

  it('leaves tandems alone that have a meeting planned, and reminds again after a later stall', async () => {
    const planned = await createTandem(t, { status: 'active' });
    const held = await createTandem(t, { status: 'active' });
    await t.db.insert(meetings).values({
      tandemId: planned.id,
      startsAt: new Date(t.clock.now().getTime() + 8 * WEEK),
      durationMinutes: 60,
      format: 'online',
    });
    t.clock.advance(6 * WEEK);
    await sweep();
    expect(await reminders(planned.mentee.user.email)).toHaveLength(0);
    expect(await reminders(held.mentee.user.email)).toHaveLength(1);

    // A meeting held after the reminder ends the stall; six weeks after it, a new reminder.
    await t.db.insert(meetings).values({
      tandemId: held.id,
      status: 'held',
      startsAt: new Date(t.clock.now().getTime() + DAY),
      durationMinutes: 60,
      format: 'online',
    });
    t.clock.advance(2 * DAY);
    await sweep();
    expect(await reminders(held.mentee.user.email)).toHaveLength(1);
    t.clock.advance(6 * WEEK);
    await sweep();
    expect(await reminders(held.mentee.user.email)).toHaveLength(2);
  });

  it('follows the programme’s settings and ignores ended tandems', async () => {
    await t.db.update(programmes).set({ stallReminderWeeks: 2 }).where(eq(programmes.slug, 'klimaanpassung'));
    const quick = await createTandem(t, {
      status: 'active',
      mentee: { programme: 'klimaanpassung' },
      mentor: { programme: 'klimaanpassung' },
    });
    const ended = await createTandem(t, { status: 'ended' });
    t.clock.advance(2 * WEEK);
    await sweep();
    expect(await reminders(quick.mentee.user.email)).toHaveLength(1);
    t.clock.advance(10 * WEEK);
    await sweep();
    expect(await reminders(ended.mentee.user.email)).toHaveLength(0);
    await t.db.update(programmes).set({ stallReminderWeeks: 6 }).where(eq(programmes.slug, 'klimaanpassung'));
  });
});

describe('the coordinators’ tandem overview', () => {
  it('lists tandems needing attention first, with dates and counts but never contents', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const ids = await plantContents(t, pair);
    // The planted meeting ahead keeps it off the list; cancelling it and waiting brings it on.
    await t.db.update(meetings).set({ status: 'cancelled' }).where(eq(meetings.id, ids.plannedMeetingId));
    t.clock.advance(6 * WEEK);
    await sweep();
    t.clock.advance(4 * WEEK);
    await sweep();
    const { coordinator, participant } = await outsiders(t);
    const res = await coordinator.get('/koordination/tandems');
    expect(res.statusCode).toBe(200);
    const page = text(res.body);
    expect(page).toMatch(/Braucht Aufmerksamkeit \([1-9]\d*\)/);
    expect(page).toContain(`${pair.mentee.user.name} mit ${pair.mentor.user.name}`);
    expect(page).toContain('1:00'); // the planted hour of mentoring time
    expect(res.body).not.toContain(SECRET);
    for (const mail of await mailsTo(t.db, pair.mentee.user.email))
      expect(JSON.stringify(mail)).not.toContain(SECRET);
    expect((await participant.get('/koordination/tandems')).statusCode).toBe(403);
  });
});
