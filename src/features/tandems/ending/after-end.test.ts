import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { coordinator as coordinatorOf } from '../../../../test/support/intake.ts';
import { matchingUrl } from '../../../../test/support/matching.ts';
import { accepted, browserFor, inPool, propose } from '../../../../test/support/proposals.ts';
import { createTandem } from '../../../../test/support/tandems.ts';
import { participations, tandems } from '../../../db/schema/index.ts';

const t = useTestApp();
let coordinator: Awaited<ReturnType<typeof coordinatorOf>>['client'];
beforeAll(async () => {
  ({ client: coordinator } = await coordinatorOf(t));
});

const end = (
  pair: Awaited<ReturnType<typeof createTandem>>,
  art: 'planned' | 'early',
  by = pair.mentorBrowser,
) =>
  by.post(`/tandems/${pair.id}/ende`, {
    art,
    grund: art === 'early' ? 'Keine Zeit mehr' : '',
    bestaetigt: 'ja',
  });

describe('after the end: who comes back to the pool, and with whom never again', () => {
  it('early: the mentee waits again, but the ended pair is never suggested, proposed by hand or published again', async () => {
    const pair = await createTandem(t, { status: 'active' });
    expect((await end(pair, 'early')).statusCode).toBe(303);
    expect(await inPool(t, pair.mentee)).toBe(true);
    const suggestions = text(
      (await coordinator.get(`${matchingUrl}/mentees/${pair.mentee.participation.id}`)).body,
    );
    expect(suggestions).not.toContain(`${pair.mentor.user.name}:`);
    const byHand = await coordinator.post(
      `${matchingUrl}/mentees/${pair.mentee.participation.id}/vorschlag`,
      {
        mentor: pair.mentor.participation.id,
        begruendung: 'Noch ein Versuch',
      },
    );
    expect(byHand.statusCode).toBe(409);
    expect(text(byHand.body)).toContain('Dieses Paar ist nicht zulässig.');
    // A round's publication checks under its locks, as for a declined pair.
    const published = await propose(t, pair.mentee.programme.id, [
      { menteeId: pair.mentee.participation.id, mentorId: pair.mentor.participation.id },
    ]);
    expect(published).toMatchObject({ ok: false, reason: 'notAllowed' });
  });

  it('as planned: the mentee stays out of the pool until she asks, on the ended workspace or on /profil', async () => {
    const pair = await createTandem(t, { status: 'active', mentee: { name: 'Paula Planmäßig' } });
    expect((await end(pair, 'planned')).statusCode).toBe(303);
    expect(await inPool(t, pair.mentee)).toBe(false);
    expect(text((await coordinator.get(matchingUrl)).body)).not.toContain('Vorschläge für Paula Planmäßig');
    // Not proposable by hand or by a round either.
    const other = await accepted(t, 'mentor');
    expect(
      await propose(t, pair.mentee.programme.id, [
        { menteeId: pair.mentee.participation.id, mentorId: other.participation.id },
      ]),
    ).toMatchObject({ ok: false, reason: 'menteeUnavailable' });
    // The mentor's place is free again.
    expect(await inPool(t, pair.mentor)).toBe(true);

    const workspace = text((await pair.menteeBrowser.get(`/tandems/${pair.id}`)).body);
    expect(workspace).toContain('Möchten Sie noch einmal von einer Mentor*in begleitet werden?');
    expect(workspace).toContain('Erneut vermitteln lassen');
    expect(text((await pair.mentorBrowser.get(`/tandems/${pair.id}`)).body)).not.toContain(
      'Erneut vermitteln lassen',
    );
    const profile = text((await pair.menteeBrowser.get('/profil')).body);
    expect(profile).toContain('Erneut vermitteln lassen');

    const asked = await pair.menteeBrowser.post(
      `/profil/teilnahme/${pair.mentee.participation.id}/erneut-vermitteln`,
      {},
      { tokenFrom: '/profil' },
    );
    expect([asked.statusCode, asked.headers.location]).toEqual([303, '/profil']);
    expect(await inPool(t, pair.mentee)).toBe(true);
    expect(text((await pair.menteeBrowser.get('/profil')).body)).toContain(
      'Sie sind wieder im Matching-Pool',
    );
    expect(text((await pair.menteeBrowser.get('/profil')).body)).not.toContain('Erneut vermitteln lassen');
    expect(text((await coordinator.get(matchingUrl)).body)).toContain('Vorschläge für Paula Planmäßig');
    // Asked again, nothing changes: a German notice, no error.
    const again = await pair.menteeBrowser.post(
      `/profil/teilnahme/${pair.mentee.participation.id}/erneut-vermitteln`,
      {},
      { tokenFrom: '/profil' },
    );
    expect(again.statusCode).toBe(303);
    // The former mentor is still never suggested.
    const suggestions = text(
      (await coordinator.get(`${matchingUrl}/mentees/${pair.mentee.participation.id}`)).body,
    );
    expect(suggestions).not.toContain(`${pair.mentor.user.name}:`);
  });

  it('the ask is the mentee’s own: the mentor, a stranger or a running tandem cannot use it', async () => {
    const running = await createTandem(t, { status: 'active' });
    const path = `/profil/teilnahme/${running.mentee.participation.id}/erneut-vermitteln`;
    const refused = await running.menteeBrowser.post(path, {}, { tokenFrom: '/profil' });
    expect(refused.statusCode).toBe(303);
    expect(await inPool(t, running.mentee)).toBe(false);
    const stranger = await browserFor(t, (await accepted(t, 'mentee')).user);
    expect((await stranger.post(path, {}, { tokenFrom: '/profil' })).statusCode).toBe(404);
  });
});

describe('"Vorrang (neu zu vermitteln)"', () => {
  it('ends when the re-match happens, and does not come back when that tandem ends', async () => {
    const pair = await createTandem(t, { status: 'active', mentee: { name: 'Vera Vorrang' } });
    const caseRes = await pair.menteeBrowser.post(`/tandems/${pair.id}/unterstuetzung`, {
      grund: 'expectations',
      nachricht: 'Passt nicht',
    });
    expect(caseRes.statusCode).toBe(303);
    const cases = text((await coordinator.get('/koordination/unterstuetzung')).body);
    expect(cases).toContain('Vera Vorrang');
    const caseId = (await coordinator.get('/koordination/unterstuetzung')).body.match(
      /\/koordination\/unterstuetzung\/([0-9a-f-]{36})/,
    )![1];
    expect(
      (await coordinator.post(`/koordination/unterstuetzung/${caseId}/ergebnis`, { ergebnis: 'rematch' }))
        .statusCode,
    ).toBe(303);
    expect(text((await coordinator.get(matchingUrl)).body)).toContain(
      'Vorschläge für Vera Vorrang Vorrang (neu zu vermitteln)',
    );

    const mentor = await accepted(t, 'mentor');
    const proposal = await propose(t, pair.mentee.programme.id, [
      { menteeId: pair.mentee.participation.id, mentorId: mentor.participation.id },
    ]);
    expect(proposal.ok).toBe(true);
    const id = proposal.ok ? proposal.value[0] : '';
    const mentorBrowser = await browserFor(t, mentor.user);
    for (const b of [pair.menteeBrowser, mentorBrowser]) {
      const res = await b.post(`/vorschlaege/${id}/annehmen`, {}, { tokenFrom: `/vorschlaege/${id}` });
      expect(res.statusCode).toBe(303);
    }
    const [row] = await t.db
      .select({ priorityAt: participations.priorityAt })
      .from(participations)
      .where(eq(participations.id, pair.mentee.participation.id));
    expect(row!.priorityAt).toBeNull();

    // The new tandem ends early: she waits again, without the re-match's priority.
    const [second] = await t.db.select().from(tandems).where(eq(tandems.proposalId, id!));
    const ended = await pair.menteeBrowser.post(`/tandems/${second!.id}/ende`, {
      art: 'early',
      grund: 'Umzug',
      bestaetigt: 'ja',
    });
    expect(ended.statusCode).toBe(303);
    const overview = text((await coordinator.get(matchingUrl)).body);
    expect(overview).toContain('Vorschläge für Vera Vorrang');
    expect(overview).not.toContain('Vorschläge für Vera Vorrang Vorrang');
  });
});
