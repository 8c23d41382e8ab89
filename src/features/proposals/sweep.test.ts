import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { linkIn, mailsTo } from '../../../test/helpers/factories.ts';
import { DAY, inPool, proposalRow, proposedPair } from '../../../test/support/proposals.ts';
import { programmes } from '../../db/schema/index.ts';
import { PROPOSALS_SWEEP_QUEUE, proposalJobs } from './jobs.ts';
import { acceptProposal } from './service/answer.ts';
import { sweepProposals } from './service/sweep.ts';

const t = useTestApp();

const templates = async (email: string) => (await mailsTo(t.db, email)).map((m) => m.template).sort();
const HOUR = 3_600_000;

describe('reminders and expiry', () => {
  it('reminds whoever has not answered after 7 days, once, and expires the proposal after 14', async () => {
    const { mentee, mentor, id } = await proposedPair(t);
    await acceptProposal(t.app.deps, { proposalId: id, userId: mentor.user.id });

    t.clock.advance(7 * DAY - HOUR);
    expect(await sweepProposals(t.app.deps)).toEqual({ expired: 0, reminded: 0 });
    expect(await templates(mentee.user.email)).toEqual(['proposals.created']);

    t.clock.advance(HOUR);
    expect(await sweepProposals(t.app.deps)).toEqual({ expired: 0, reminded: 1 });
    // A second sweep, as a second instance would run it: nothing more.
    expect(await sweepProposals(t.app.deps)).toEqual({ expired: 0, reminded: 0 });
    const [reminder] = (await mailsTo(t.db, mentee.user.email)).filter(
      (m) => m.template === 'proposals.reminder',
    );
    expect(reminder!.subject).toBe('Erinnerung: Ihr Matching-Vorschlag wartet auf Ihre Antwort');
    expect(reminder!.text).toContain('Bitte antworten Sie bis 4. Dezember 2026 um 10:00');
    expect(linkIn(reminder!.text, '/vorschlaege/')).toBe(`/vorschlaege/${id}`);
    expect(await templates(mentee.user.email)).toEqual(['proposals.created', 'proposals.reminder']);
    // The mentor has answered already.
    expect(await templates(mentor.user.email)).toEqual(['proposals.created']);
    expect((await proposalRow(t, id)).remindedAt).toEqual(t.clock.now());

    t.clock.advance(7 * DAY - HOUR);
    expect(await sweepProposals(t.app.deps)).toEqual({ expired: 0, reminded: 0 });
    expect(await inPool(t, mentee)).toBe(false);

    t.clock.advance(HOUR);
    expect(await sweepProposals(t.app.deps)).toEqual({ expired: 1, reminded: 0 });
    expect(await sweepProposals(t.app.deps)).toEqual({ expired: 0, reminded: 0 });
    expect(await proposalRow(t, id)).toMatchObject({ status: 'expired', closedAt: t.clock.now() });
    expect(await templates(mentee.user.email)).toEqual([
      'proposals.created',
      'proposals.expired',
      'proposals.reminder',
    ]);
    expect(await templates(mentor.user.email)).toEqual(['proposals.created', 'proposals.expired']);
    const [expired] = await mailsTo(t.db, mentee.user.email);
    expect(expired!.subject).toBe('Ihr Matching-Vorschlag ist abgelaufen');
    expect(expired!.text).toContain('Sie bleiben im Matching-Pool.');
    // Back in the pool: nothing holds the mentee any more.
    expect(await inPool(t, mentee)).toBe(true);
  });

  it('follows the programme’s settings and reminds both when neither has answered', async () => {
    const [programme] = await t.db.select().from(programmes).where(eq(programmes.slug, 'klimaanpassung'));
    await t.db
      .update(programmes)
      .set({ proposalReminderDays: 2, proposalExpiryDays: 3 })
      .where(eq(programmes.id, programme!.id));
    const { mentee, mentor, id } = await proposedPair(t, {
      mentee: { programme: 'klimaanpassung', locale: 'en' },
      mentor: { programme: 'klimaanpassung' },
    });
    t.clock.advance(2 * DAY);
    const { handle } = proposalJobs(t.app.deps).find((j) => j.queue === PROPOSALS_SWEEP_QUEUE)!;
    await handle({}, { retryCount: 0, retryLimit: 0 });
    const [reminder] = await mailsTo(t.db, mentee.user.email);
    expect(reminder!.subject).toBe('Reminder: your matching proposal is waiting for your answer');
    expect(await templates(mentor.user.email)).toEqual(['proposals.created', 'proposals.reminder']);
    t.clock.advance(DAY);
    await handle({}, { retryCount: 0, retryLimit: 0 });
    expect((await proposalRow(t, id)).status).toBe('expired');
  });

  it('sends each reminder and each expiry mail once when two instances sweep at the same moment', async () => {
    const { mentee, mentor, id } = await proposedPair(t);
    t.clock.advance(7 * DAY);
    const first = await Promise.all([sweepProposals(t.app.deps), sweepProposals(t.app.deps)]);
    expect(first.reduce((n, r) => n + r.reminded, 0)).toBe(1);
    t.clock.advance(7 * DAY);
    const second = await Promise.all([sweepProposals(t.app.deps), sweepProposals(t.app.deps)]);
    expect(second.reduce((n, r) => n + r.expired, 0)).toBe(1);
    expect((await proposalRow(t, id)).status).toBe('expired');
    for (const person of [mentee, mentor]) {
      expect(await templates(person.user.email)).toEqual([
        'proposals.created',
        'proposals.expired',
        'proposals.reminder',
      ]);
    }
  });

  it('sends no reminder for a proposal that is due to expire at the same sweep', async () => {
    const { mentee, id } = await proposedPair(t);
    t.clock.advance(15 * DAY);
    await sweepProposals(t.app.deps);
    expect((await proposalRow(t, id)).status).toBe('expired');
    expect(await templates(mentee.user.email)).toEqual(['proposals.created', 'proposals.expired']);
  });
});
