import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { text } from '../../../test/helpers/client.ts';
import { mailsTo } from '../../../test/helpers/factories.ts';
import { coordinator } from '../../../test/support/intake.ts';
import { matchingUrl, poolMember } from '../../../test/support/matching.ts';
import { createTandem } from '../../../test/support/tandems.ts';
import { matchProposals } from '../../db/schema/index.ts';

const t = useTestApp();

describe('suggestions for one mentee', () => {
  it('ranks allowed mentors best first, says why, and leaves out pairs that are not allowed', async () => {
    const mentee = await poolMember(t, { name: 'Mia Mentee', bundesland: 'HE', topicIndexes: [0, 1, 2, 3] });
    await poolMember(t, { role: 'mentor', name: 'Bert Bester', bundesland: 'HE', topicIndexes: [0, 1, 2] });
    await poolMember(t, { role: 'mentor', name: 'Zoe Zweite', bundesland: 'BY', topicIndexes: [0] });
    await poolMember(t, {
      role: 'mentor',
      name: 'Olaf Ortsgleich',
      organisationName: 'Gemeinde Mia Mentee',
      bundesland: 'HE',
      topicIndexes: [0, 1, 2, 3],
    });
    await poolMember(t, {
      role: 'mentor',
      name: 'Peter Präsenz',
      formats: ['praesenz'],
      topicIndexes: [0, 1],
    });
    const { client } = await coordinator(t);

    const res = await client.get(`${matchingUrl}/mentees/${mentee.participation.id}`);
    expect(res.statusCode).toBe(200);
    const page = text(res.body);
    expect(page).toContain('Vorschläge für Mia Mentee');
    expect(page.indexOf('Bert Bester:')).toBeGreaterThan(-1);
    expect(page.indexOf('Bert Bester:')).toBeLessThan(page.indexOf('Zoe Zweite:'));
    expect(page).toContain('Warum dieser Vorschlag?');
    const [t1, t2, t3] = mentee.topicLabels;
    expect(page).toContain(
      `Themen 26,3 von 35 3 von 4 gewünschten Themen werden abgedeckt: ${t1}, ${t2} und ${t3}.`,
    );
    expect(page).toContain('Region 15 von 15 Beide arbeiten im selben Bundesland: Hessen.');
    // Same organisation and no shared format: not allowed, so not suggested at all.
    expect(page).not.toContain('Olaf Ortsgleich:');
    expect(page).not.toContain('Peter Präsenz');

    const filtered = text(
      (await client.get(`${matchingUrl}/mentees/${mentee.participation.id}?bundesland=BY`)).body,
    );
    expect(filtered).toContain('Zoe Zweite:');
    expect(filtered).not.toContain('Bert Bester:');

    const bad = await client.get(`${matchingUrl}/mentees/${mentee.participation.id}?mindestpunktzahl=abc`);
    expect(bad.statusCode).toBe(422);
    expect(text(bad.body)).toContain('Bitte geben Sie als Mindestpunktzahl eine Zahl von 0 bis 100 an.');
  });

  it('proposes a suggested mentor: both are told, and the mentee leaves the pool', async () => {
    const mentee = await poolMember(t, { name: 'Nina Neu', topicIndexes: [0] });
    const mentor = await poolMember(t, {
      role: 'mentor',
      name: 'Max Mentor',
      topicIndexes: [0],
      bundesland: 'SL',
    });
    const { client } = await coordinator(t);
    const res = await client.post(`${matchingUrl}/mentees/${mentee.participation.id}/vorschlag`, {
      mentor: mentor.participation.id,
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(matchingUrl);
    const overview = text((await client.get(matchingUrl)).body);
    expect(overview).toContain('Der Vorschlag wurde an beide Personen versendet.');
    expect(overview).not.toContain('Vorschläge für Nina Neu');
    expect(overview).toContain('Wartet auf Antwort');
    const [proposal] = await t.db
      .select()
      .from(matchProposals)
      .where(eq(matchProposals.menteeParticipationId, mentee.participation.id));
    expect(proposal).toMatchObject({
      mentorParticipationId: mentor.participation.id,
      status: 'pending',
      manualReason: '',
    });
    expect(await mailsTo(t.db, mentee.user.email)).toHaveLength(1);
    expect(await mailsTo(t.db, mentor.user.email)).toHaveLength(1);

    // The mentee is no longer in the pool: a second proposal is refused with a clear message.
    const again = await client.post(`${matchingUrl}/mentees/${mentee.participation.id}/vorschlag`, {
      mentor: mentor.participation.id,
    });
    expect(again.statusCode).toBe(303);
    expect(text((await client.get(matchingUrl)).body)).toContain(
      'Diese Mentee ist nicht mehr im Matching-Pool',
    );
    expect(
      await t.db
        .select()
        .from(matchProposals)
        .where(eq(matchProposals.menteeParticipationId, mentee.participation.id)),
    ).toHaveLength(1);
    // Her suggestions page and her intake page say why there is nothing to propose, with the way on.
    const gone = await client.get(`${matchingUrl}/mentees/${mentee.participation.id}`);
    expect(gone.statusCode).toBe(200);
    expect(text(gone.body)).toContain(
      'Für Nina Neu gibt es schon einen offenen Vorschlag. Solange er auf Antwort wartet, schlagen Sie niemand anderen vor.',
    );
    expect(gone.body).toContain(`href="${matchingUrl}"`);
    const intake = await client.get(`/koordination/anmeldungen/${mentee.participation.id}`);
    expect(intake.body).not.toContain(`href="${matchingUrl}/mentees/${mentee.participation.id}"`);
    expect(text(intake.body)).toContain('Für Nina Neu gibt es schon einen offenen Vorschlag.');
  });

  it('explains, instead of a 404, that a mentee already in a tandem needs no suggestions', async () => {
    const { mentee } = await createTandem(t, { mentee: { name: 'Tara Tandem' } });
    const { client } = await coordinator(t);
    const intake = await client.get(`/koordination/anmeldungen/${mentee.participation.id}`);
    expect(intake.body).not.toContain(`/mentees/${mentee.participation.id}"`);
    expect(text(intake.body)).toContain('Tara Tandem ist bereits in einem Tandem.');
    const page = await client.get(`${matchingUrl}/mentees/${mentee.participation.id}`);
    expect(page.statusCode).toBe(200);
    expect(text(page.body)).toContain('Tara Tandem ist bereits in einem Tandem.');
    expect(page.body).toContain('href="/koordination/tandems"');
  });

  it('asks for a reason when the coordinator picks a mentor outside the ten best, and keeps it', async () => {
    const mentee = await poolMember(t, { name: 'Rita Rat', bundesland: 'MV', topicIndexes: [0, 1, 2, 3] });
    const strong = [];
    for (let k = 0; k < 10; k++) {
      strong.push(
        await poolMember(t, {
          role: 'mentor',
          name: `Stark ${k}`,
          bundesland: 'MV',
          topicIndexes: [0, 1, 2, 3],
        }),
      );
    }
    const weak = await poolMember(t, {
      role: 'mentor',
      name: 'Wenig Passend',
      bundesland: 'BW',
      topicIndexes: [9],
    });
    const { client } = await coordinator(t);
    const url = `${matchingUrl}/mentees/${mentee.participation.id}`;
    const page = text((await client.get(url)).body);
    expect(page).toContain('Wenig Passend (');
    expect(page).not.toContain('Wenig Passend:');

    const refused = await client.post(`${url}/vorschlag`, { mentor: weak.participation.id, begruendung: '' });
    expect(refused.statusCode).toBe(422);
    const refusedPage = text(refused.body);
    expect(refusedPage).toContain('Fehler:');
    expect(refusedPage).toContain('Bitte begründen Sie kurz');
    expect(
      await t.db
        .select()
        .from(matchProposals)
        .where(eq(matchProposals.menteeParticipationId, mentee.participation.id)),
    ).toHaveLength(0);

    const ok = await client.post(`${url}/vorschlag`, {
      mentor: weak.participation.id,
      begruendung: 'Kennen sich aus dem Netzwerktreffen',
    });
    expect(ok.statusCode).toBe(303);
    const [proposal] = await t.db
      .select()
      .from(matchProposals)
      .where(eq(matchProposals.menteeParticipationId, mentee.participation.id));
    expect(proposal!.manualReason).toBe('Kennen sich aus dem Netzwerktreffen');
  });

  it("links an accepted mentee's intake page to the suggestions", async () => {
    const mentee = await poolMember(t, { name: 'Lina Link' });
    const { client } = await coordinator(t);
    const page = await client.get(`/koordination/anmeldungen/${mentee.participation.id}`);
    expect(page.body).toContain(`href="${matchingUrl}/mentees/${mentee.participation.id}"`);
    expect(text(page.body)).toContain('Passende Mentor*innen mit Begründung ansehen und vorschlagen');
  });

  it('answers 404 for a mentee of another programme and for a programme the coordinator does not run', async () => {
    const other = await poolMember(t, { name: 'Anna Anpassung', programme: 'klimaanpassung' });
    const { client } = await coordinator(t);
    expect((await client.get(`${matchingUrl}/mentees/${other.participation.id}`)).statusCode).toBe(404);
    expect((await client.get('/koordination/matching/klimaanpassung')).statusCode).toBe(404);
    expect((await client.get(`${matchingUrl}/mentees/kein-uuid`)).statusCode).toBe(404);
  });
});
