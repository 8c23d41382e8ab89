import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { mailsTo } from '../../../test/helpers/factories.ts';
import {
  accepted,
  browserFor,
  proposalRow,
  propose,
  proposedPair,
  tandemsOf,
} from '../../../test/support/proposals.ts';
import { matchProposals } from '../../db/schema/index.ts';
import { acceptProposal, declineProposal } from './service/answer.ts';

/*
 * Meaningful on PostgreSQL (TEST_DATABASE_URL): there the two transactions really run at once, and
 * only the row locks make the second see the first. PGlite runs them one after the other.
 */

const t = useTestApp();

const ROUNDS = 5;

describe('two people answering at the same moment', () => {
  it('accepting together through the service creates exactly one tandem', async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const { mentee, mentor, id } = await proposedPair(t);
      const outcomes = await Promise.all([
        acceptProposal(t.app.deps, { proposalId: id, userId: mentee.user.id }),
        acceptProposal(t.app.deps, { proposalId: id, userId: mentor.user.id }),
      ]);
      expect(outcomes.map((o) => (o.ok ? o.value : o.reason)).sort()).toEqual(['tandem', 'waiting']);
      expect(await tandemsOf(t, id)).toHaveLength(1);
      expect(await proposalRow(t, id)).toMatchObject({
        status: 'accepted',
        menteeAnswer: 'accepted',
        mentorAnswer: 'accepted',
      });
      for (const email of [mentee.user.email, mentor.user.email]) {
        const told = (await mailsTo(t.db, email)).filter((m) => m.template === 'proposals.tandem');
        expect(told).toHaveLength(1);
      }
    }
  });

  it('accepting together through two browsers creates exactly one tandem', async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const { mentee, mentor, id } = await proposedPair(t);
      const a = await browserFor(t, mentee.user);
      const b = await browserFor(t, mentor.user);
      // Tokens first, so that the two posts themselves go out together.
      const [ta, tb] = [await a.token(), await b.token()];
      const [ra, rb] = await Promise.all([
        a.post(`/vorschlaege/${id}/annehmen`, {}, { csrf: ta }),
        b.post(`/vorschlaege/${id}/annehmen`, {}, { csrf: tb }),
      ]);
      expect([ra.statusCode, rb.statusCode]).toEqual([303, 303]);
      expect(await tandemsOf(t, id)).toHaveLength(1);
      expect((await proposalRow(t, id)).status).toBe('accepted');
    }
  });

  it('a decline and an acceptance at once: declined, no tandem', async () => {
    const { mentee, mentor, id } = await proposedPair(t);
    await Promise.all([
      declineProposal(t.app.deps, { proposalId: id, userId: mentee.user.id, reason: 'passt nicht' }),
      acceptProposal(t.app.deps, { proposalId: id, userId: mentor.user.id }),
    ]);
    expect(await tandemsOf(t, id)).toHaveLength(0);
    expect(await proposalRow(t, id)).toMatchObject({ status: 'declined', menteeAnswer: 'declined' });
  });
});

describe('two coordinators publishing at the same moment', () => {
  it('cannot give one mentee two proposals', async () => {
    const mentee = await accepted(t, 'mentee');
    const [a, b] = [await accepted(t, 'mentor'), await accepted(t, 'mentor')];
    const outcomes = await Promise.all(
      [a, b].map((m) =>
        propose(t, mentee.programme.id, [
          { menteeId: mentee.participation.id, mentorId: m.participation.id },
        ]),
      ),
    );
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.reason)).sort()).toEqual(['menteeUnavailable', 'ok']);
    const rows = await t.db
      .select()
      .from(matchProposals)
      .where(eq(matchProposals.menteeParticipationId, mentee.participation.id));
    expect(rows).toHaveLength(1);
  });

  it('cannot overbook a mentor', async () => {
    const mentor = await accepted(t, 'mentor', { capacity: 1 });
    const [e1, e2] = [await accepted(t, 'mentee'), await accepted(t, 'mentee')];
    const outcomes = await Promise.all(
      [e1, e2].map((e) =>
        propose(t, mentor.programme.id, [
          { menteeId: e.participation.id, mentorId: mentor.participation.id },
        ]),
      ),
    );
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.reason)).sort()).toEqual(['mentorFull', 'ok']);
    const rows = await t.db
      .select()
      .from(matchProposals)
      .where(eq(matchProposals.mentorParticipationId, mentor.participation.id));
    expect(rows).toHaveLength(1);
  });
});
