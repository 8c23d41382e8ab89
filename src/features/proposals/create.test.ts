import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { linkIn, mailsTo } from '../../../test/helpers/factories.ts';
import {
  accepted,
  DAY,
  inPool,
  proposalRow,
  propose,
  proposedPair,
} from '../../../test/support/proposals.ts';
import { matchProposals, outbox, participations, programmes } from '../../db/schema/index.ts';
import { loadPool } from '../matching/queries.ts';
import { programmeProposals } from './queries.ts';
import { declineProposal } from './service/answer.ts';

const t = useTestApp();

const proposalsOf = (menteeIds: string[]) =>
  t.db.select().from(matchProposals).where(inArray(matchProposals.menteeParticipationId, menteeIds));

describe('createProposals', () => {
  it('creates the proposal with the programme’s deadline and mails both a link, in their language', async () => {
    const mentee = await accepted(t, 'mentee', { name: 'Mia Mentee', email: 'mia@example.org' });
    const mentor = await accepted(t, 'mentor', {
      name: 'Max Mentor',
      email: 'max@example.org',
      locale: 'en',
    });
    const outcome = await propose(t, mentee.programme.id, [
      { menteeId: mentee.participation.id, mentorId: mentor.participation.id, manualReason: 'passt' },
    ]);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const row = await proposalRow(t, outcome.value[0]!);
    expect(row.status).toBe('pending');
    expect(row.manualReason).toBe('passt');
    expect(row.createdAt).toEqual(t.clock.now());
    expect(row.expiresAt).toEqual(new Date(t.clock.now().getTime() + 14 * DAY));

    const [toMentee] = await mailsTo(t.db, 'mia@example.org');
    expect(toMentee!.subject).toBe(
      'Ein Matching-Vorschlag für Sie im Programm „Mentoring im Klimaschutzmanagement“',
    );
    expect(toMentee!.text).toContain('Guten Tag Mia Mentee,');
    expect(toMentee!.text).toContain('passende*n Mentor*in');
    expect(toMentee!.text).toContain('bis 4. Dezember 2026 um 10:00');
    expect(linkIn(toMentee!.text, '/vorschlaege/')).toBe(`/vorschlaege/${row.id}`);
    expect(toMentee!.replyTo).toBe('agentur@klimaschutz.de');
    // No partner details in the mail: the page shows them, behind the login.
    expect(toMentee!.text).not.toContain('Max Mentor');
    expect(toMentee!.html).not.toContain('Max Mentor');

    const [toMentor] = await mailsTo(t.db, 'max@example.org');
    expect(toMentor!.subject).toBe(
      'A matching proposal for you in the programme “Mentoring im Klimaschutzmanagement”',
    );
    expect(toMentor!.text).toContain('bring you together with a mentee');
    expect(linkIn(toMentor!.text, '/vorschlaege/')).toBe(`/vorschlaege/${row.id}`);
    expect(toMentor!.text).not.toContain('Mia Mentee');
  });

  it('uses the programme’s own expiry setting', async () => {
    const [programme] = await t.db.select().from(programmes).where(eq(programmes.slug, 'klimaanpassung'));
    await t.db.update(programmes).set({ proposalExpiryDays: 10 }).where(eq(programmes.id, programme!.id));
    const { id } = await proposedPair(t, {
      mentee: { programme: 'klimaanpassung' },
      mentor: { programme: 'klimaanpassung' },
    });
    expect((await proposalRow(t, id)).expiresAt).toEqual(new Date(t.clock.now().getTime() + 10 * DAY));
  });

  it('refuses a mentee who already waits for an answer, and inserts nothing of the batch', async () => {
    const { mentee, mentor } = await proposedPair(t);
    const other = await accepted(t, 'mentee');
    const before = (await t.db.select().from(outbox)).length;
    const outcome = await propose(t, mentee.programme.id, [
      { menteeId: other.participation.id, mentorId: mentor.participation.id },
      { menteeId: mentee.participation.id, mentorId: mentor.participation.id },
    ]);
    expect(outcome).toEqual({
      ok: false,
      reason: 'menteeUnavailable',
      menteeId: mentee.participation.id,
      mentorId: mentor.participation.id,
    });
    expect(await proposalsOf([other.participation.id])).toHaveLength(0);
    expect((await t.db.select().from(outbox)).length).toBe(before);
  });

  it('refuses the same mentee twice in one batch', async () => {
    const mentee = await accepted(t, 'mentee');
    const a = await accepted(t, 'mentor');
    const b = await accepted(t, 'mentor');
    const outcome = await propose(t, mentee.programme.id, [
      { menteeId: mentee.participation.id, mentorId: a.participation.id },
      { menteeId: mentee.participation.id, mentorId: b.participation.id },
    ]);
    expect(outcome.ok === false && outcome.reason).toBe('menteeUnavailable');
    expect(await proposalsOf([mentee.participation.id])).toHaveLength(0);
  });

  it('refuses a full mentor, counting pending proposals and the pairs earlier in the batch', async () => {
    const mentor = await accepted(t, 'mentor', { capacity: 2 });
    const [e1, e2, e3] = [
      await accepted(t, 'mentee'),
      await accepted(t, 'mentee'),
      await accepted(t, 'mentee'),
    ];
    const pair = (e: typeof e1) => ({ menteeId: e!.participation.id, mentorId: mentor.participation.id });
    const batch = await propose(t, mentor.programme.id, [pair(e1), pair(e2), pair(e3)]);
    expect(batch).toEqual({ ok: false, reason: 'mentorFull', ...pair(e3) });
    expect(await proposalsOf([e1!.participation.id, e2!.participation.id])).toHaveLength(0);

    expect((await propose(t, mentor.programme.id, [pair(e1)])).ok).toBe(true);
    expect((await propose(t, mentor.programme.id, [pair(e2)])).ok).toBe(true);
    const full = await propose(t, mentor.programme.id, [pair(e3)]);
    expect(full.ok === false && full.reason).toBe('mentorFull');
    expect(await inPool(t, mentor)).toBe(false);
  });

  it('refuses a pair that was declined before, but the mentee may get another mentor', async () => {
    const { mentee, mentor, id } = await proposedPair(t);
    const outcome = await declineProposal(t.app.deps, {
      proposalId: id,
      userId: mentee.user.id,
      reason: 'Zu weit weg',
    });
    expect(outcome.ok).toBe(true);
    expect((await loadPool(t.db, mentee.programme)).declined).toContainEqual([
      mentee.participation.id,
      mentor.participation.id,
    ]);
    expect(await inPool(t, mentee)).toBe(true);
    const again = await propose(t, mentee.programme.id, [
      { menteeId: mentee.participation.id, mentorId: mentor.participation.id },
    ]);
    expect(again.ok === false && again.reason).toBe('notAllowed');
    const other = await accepted(t, 'mentor');
    const next = await propose(t, mentee.programme.id, [
      { menteeId: mentee.participation.id, mentorId: other.participation.id },
    ]);
    expect(next.ok).toBe(true);
    expect(await inPool(t, mentee)).toBe(false);
  });

  it('refuses pairs outside the pool: wrong status, role, programme, the same person, unknown ids', async () => {
    const mentee = await accepted(t, 'mentee');
    const mentor = await accepted(t, 'mentor');
    const registered = await accepted(t, 'mentor');
    await t.db
      .update(participations)
      .set({ status: 'paused' })
      .where(eq(participations.id, registered.participation.id));
    const elsewhere = await accepted(t, 'mentor', { programme: 'klimaanpassung' });
    const [selfMentor] = await t.db
      .insert(participations)
      .values({
        userId: mentee.user.id,
        programmeId: mentee.programme.id,
        role: 'mentor',
        status: 'accepted',
      })
      .returning();
    const m = mentee.participation.id;
    for (const mentorId of [
      registered.participation.id,
      elsewhere.participation.id,
      selfMentor!.id,
      m,
      'kein-uuid',
      '00000000-0000-0000-0000-000000000000',
    ]) {
      const outcome = await propose(t, mentee.programme.id, [{ menteeId: m, mentorId }]);
      expect(outcome.ok === false && outcome.reason, mentorId).toBe('notAllowed');
    }
    const swapped = await propose(t, mentee.programme.id, [
      { menteeId: mentor.participation.id, mentorId: m },
    ]);
    expect(swapped.ok).toBe(false);
    expect(await proposalsOf([m, mentor.participation.id])).toHaveLength(0);
  });

  it('lists a programme’s proposals for the coordinators, with names and the decline reason', async () => {
    const { mentee, mentor, id } = await proposedPair(t, {
      mentee: { name: 'Lea Liste' },
      mentor: { name: 'Otto Overview' },
    });
    await declineProposal(t.app.deps, { proposalId: id, userId: mentor.user.id, reason: 'Keine Zeit' });
    const rows = await programmeProposals(t.db, mentee.programme.id);
    const row = rows.find((r) => r.id === id)!;
    expect(row).toMatchObject({
      menteeName: 'Lea Liste',
      mentorName: 'Otto Overview',
      status: 'declined',
      menteeAnswer: null,
      mentorAnswer: 'declined',
      declineReason: 'Keine Zeit',
    });
    expect(rows.findIndex((r) => r.status === 'pending')).toBeLessThan(rows.indexOf(row));
  });
});
