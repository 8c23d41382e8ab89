import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { TestClient, text } from '../../../test/helpers/client.ts';
import { createUser, mailsTo } from '../../../test/helpers/factories.ts';
import {
  accepted,
  browserFor,
  DAY,
  proposalRow,
  propose,
  proposedPair,
  tandemsOf,
} from '../../../test/support/proposals.ts';
import { participations, profiles, topics } from '../../db/schema/index.ts';

const t = useTestApp();

const url = (id: string) => `/vorschlaege/${id}`;

describe('the proposal page', () => {
  it('shows the partner’s profile and the reasons, but no contact details yet', async () => {
    const { mentee, mentor, id } = await proposedPair(t, {
      mentee: { name: 'Mia Mentee', email: 'mia.page@example.org', bundesland: 'HE' },
      mentor: { name: 'Max Mentor', email: 'max.page@example.org', bundesland: 'BY' },
    });
    await t.db
      .update(participations)
      .set({ strengths: 'Klimaschutzkonzepte in kleinen Gemeinden' })
      .where(eq(participations.id, mentor.participation.id));
    await t.db.update(profiles).set({ phone: '030 1234' }).where(eq(profiles.userId, mentor.user.id));
    const coveredId = mentee.participation.topicsNeeded.find((x) =>
      mentor.participation.topicsOffered.includes(x),
    );
    const [covered] = await t.db.select().from(topics).where(eq(topics.id, coveredId!));

    const page = await (await browserFor(t, mentee.user)).get(url(id));
    expect(page.statusCode).toBe(200);
    const body = text(page.body);
    for (const expected of [
      'Im Programm „Mentoring im Klimaschutzmanagement“ schlagen wir Ihnen Max Mentor als Mentor*in vor.',
      'Bitte antworten Sie bis 4. Dezember 2026 um 10:00.',
      'Über Max Mentor',
      'Funktion Klimaschutzmanager*in',
      'Organisation Gemeinde Max Mentor',
      'Art der Organisation Gemeinde',
      'Bundesland Bayern',
      'In dieser Funktion seit 2024',
      'Formate Online, Telefon',
      'Sprachen Deutsch',
      'Stärken Klimaschutzkonzepte in kleinen Gemeinden',
      'E-Mail-Adresse und Telefonnummer sehen Sie, sobald Sie beide den Vorschlag angenommen haben.',
      'Warum dieser Vorschlag?',
      `Themen 11,7 von 35 1 von 3 gewünschten Themen wird abgedeckt: ${covered!.label}.`,
      'Die Mentor*in arbeitet in einem anderen Bundesland: Bayern.',
      'Gemeinsame Formate: Online und Telefon; gleicher gewünschter Rhythmus.',
      'Jahre der Mentor*in in dieser Funktion: 2.',
      'Beide sind in derselben Förderphase.',
      'Gemeinsame Sprachen: Deutsch.',
      'Ihre Antwort: Noch nicht beantwortet',
      'Vorschlag annehmen',
      'Warum lehnen Sie den Vorschlag ab?',
      'Ihre Begründung sehen nur die Koordinator*innen des Programms',
    ]) {
      expect(body).toContain(expected);
    }
    expect(body).not.toContain('max.page@example.org');
    expect(body).not.toContain('030 1234');
    expect(page.body).toContain('<label class="kern-label" for="feld-grund">');

    const mentorView = text((await (await browserFor(t, mentor.user)).get(url(id))).body);
    expect(mentorView).toContain('schlagen wir Ihnen Mia Mentee als Mentee vor.');
    expect(mentorView).toContain('Wünscht sich Unterstützung bei');
    expect(mentorView).toContain('Bundesland Hessen');
    expect(mentorView).not.toContain('mia.page@example.org');
  });

  it('is not found for anyone but the two people: other participants, coordinators, admins', async () => {
    const { id } = await proposedPair(t);
    const other = await createUser(t.db);
    const coordinator = await createUser(t.db, { kind: 'coordinator' });
    const admin = await createUser(t.db, { kind: 'admin' });
    for (const user of [other, coordinator, admin]) {
      const client = await browserFor(t, user);
      expect((await client.get(url(id))).statusCode).toBe(404);
      expect((await client.post(`${url(id)}/annehmen`, {})).statusCode).toBe(404);
      expect((await client.post(`${url(id)}/ablehnen`, { grund: 'x' })).statusCode).toBe(404);
      expect(text((await client.get('/vorschlaege')).body)).toContain(
        'Sie haben bisher keine Matching-Vorschläge',
      );
    }
    expect((await proposalRow(t, id)).status).toBe('pending');
    const anonymous = await new TestClient(t.app).get(url(id));
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe(`/anmelden?weiter=${encodeURIComponent(url(id))}`);
    expect((await (await browserFor(t, other)).get('/vorschlaege/kein-uuid')).statusCode).toBe(404);
  });

  it('lists the person’s own proposals: open ones with the deadline, earlier ones with the outcome', async () => {
    const first = await proposedPair(t, { mentor: { name: 'Frieda Früher' } });
    const client = await browserFor(t, first.mentee.user);
    await client.post(`${url(first.id)}/ablehnen`, { grund: 'Passt thematisch nicht' });
    const mentor = await accepted(t, 'mentor', { name: 'Nora Neu' });
    const next = await propose(t, first.mentee.programme.id, [
      { menteeId: first.mentee.participation.id, mentorId: mentor.participation.id },
    ]);
    expect(next.ok).toBe(true);
    const list = await client.get('/vorschlaege');
    const body = text(list.body);
    expect(body).toMatch(
      /Offene Vorschläge .* Nora Neu Mentoring im Klimaschutzmanagement Mentee 20\.11\.2026 04\.12\.2026, 10:00 Noch nicht beantwortet/,
    );
    expect(body).toMatch(/Frühere Vorschläge .* Frieda Früher .* Abgelehnt Abgelehnt/);
    expect(body.indexOf('Nora Neu')).toBeLessThan(body.indexOf('Frieda Früher'));
    expect(list.body).toContain(`href="/vorschlaege/${first.id}"`);
  });

  it('is linked from the profile page and the navigation', async () => {
    const { mentee } = await proposedPair(t);
    const client = await browserFor(t, mentee.user);
    const profile = await client.get('/profil');
    expect(profile.body).toContain(
      '<a class="kern-link" href="/vorschlaege">Ihre Matching-Vorschläge ansehen</a>',
    );
    const nav = (await client.get('/konto')).body;
    expect(nav).toMatch(/<nav class="main-nav"[\s\S]*href="\/vorschlaege"[^>]*>Vorschläge<\/a>/);
  });
});

describe('answering', () => {
  it('accept and accept: one tandem, both told, the page shows contact details', async () => {
    const { mentee, mentor, id } = await proposedPair(t, {
      mentee: { name: 'Tina Tandem', email: 'tina@example.org' },
      mentor: { name: 'Tom Tandem', email: 'tom@example.org' },
    });
    await t.db.update(profiles).set({ phone: '0221 987' }).where(eq(profiles.userId, mentor.user.id));
    const menteeClient = await browserFor(t, mentee.user);
    const first = await menteeClient.post(`${url(id)}/annehmen`, {});
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe(url(id));
    const waiting = text((await menteeClient.get(url(id))).body);
    expect(waiting).toContain('Vielen Dank! Sie haben den Vorschlag angenommen.');
    expect(waiting).toContain('Sobald auch Tom Tandem den Vorschlag annimmt');
    expect(waiting).toContain('Ihre Antwort: Angenommen');
    expect(waiting).not.toContain('Warum lehnen Sie den Vorschlag ab?');
    expect(await tandemsOf(t, id)).toHaveLength(0);

    t.clock.advance(DAY);
    const mentorClient = await browserFor(t, mentor.user);
    expect((await mentorClient.post(`${url(id)}/annehmen`, {})).statusCode).toBe(303);
    const [tandem, ...more] = await tandemsOf(t, id);
    expect(more).toHaveLength(0);
    expect(tandem).toMatchObject({
      status: 'kickoff_pending',
      menteeParticipationId: mentee.participation.id,
      mentorParticipationId: mentor.participation.id,
    });
    const row = await proposalRow(t, id);
    expect(row).toMatchObject({ status: 'accepted', menteeAnswer: 'accepted', mentorAnswer: 'accepted' });
    expect(row.closedAt).toEqual(t.clock.now());

    for (const to of ['tina@example.org', 'tom@example.org']) {
      const [mail] = await mailsTo(t.db, to);
      expect(mail!.subject).toBe('Ihr Tandem ist zustande gekommen');
      expect(mail!.text).toContain(`/vorschlaege/${id}`);
    }
    // A day later: the earlier session has timed out.
    const formed = text((await (await browserFor(t, mentee.user)).get(url(id))).body);
    expect(formed).toContain('Tandem gebildet');
    expect(formed).toContain('tom@example.org');
    expect(formed).toContain('0221 987');
    expect(text((await mentorClient.get(url(id))).body)).toContain('tina@example.org');
  });

  it('decline needs a reason: 422 with the German error summary, nothing saved', async () => {
    const { mentee, id } = await proposedPair(t);
    const client = await browserFor(t, mentee.user);
    const res = await client.post(`${url(id)}/ablehnen`, { grund: '   ' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('<title>Fehler: Matching-Vorschlag');
    expect(res.body).toContain('href="#feld-grund"');
    expect(text(res.body)).toContain('Bitte geben Sie an, warum Sie den Vorschlag ablehnen.');
    expect(res.body).toContain('aria-invalid="true"');
    const tooLong = await client.post(`${url(id)}/ablehnen`, { grund: 'x'.repeat(2001) });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.body).toContain('x'.repeat(2001));
    expect(text(tooLong.body)).toContain('höchstens 2.000 Zeichen');
    const row = await proposalRow(t, id);
    expect(row).toMatchObject({ status: 'pending', menteeAnswer: null, declineReason: '' });
  });

  it('decline tells the other person without the reason; answering again is refused clearly', async () => {
    const { mentee, mentor, id } = await proposedPair(t, {
      mentee: { email: 'dora@example.org' },
      mentor: { email: 'dirk@example.org', name: 'Dirk Decline' },
    });
    const reason = 'Ich habe gerade keine Kapazität, vertraulich';
    const mentorClient = await browserFor(t, mentor.user);
    const res = await mentorClient.post(`${url(id)}/ablehnen`, { grund: reason });
    expect(res.statusCode).toBe(303);
    expect(text((await mentorClient.get(url(id))).body)).toContain('Sie haben diesen Vorschlag abgelehnt.');
    const row = await proposalRow(t, id);
    expect(row).toMatchObject({ status: 'declined', mentorAnswer: 'declined', declineReason: reason });

    const [mail] = await mailsTo(t.db, 'dora@example.org');
    expect(mail!.subject).toBe('Ihr Matching-Vorschlag kommt nicht zustande');
    expect(mail!.text).toContain('Sie bleiben im Matching-Pool');
    expect(mail!.text).not.toContain('Kapazität');
    expect(mail!.text).not.toContain('Dirk Decline');
    expect((await mailsTo(t.db, 'dirk@example.org')).map((m) => m.template)).toEqual(['proposals.created']);

    const menteeClient = await browserFor(t, mentee.user);
    const menteePage = text((await menteeClient.get(url(id))).body);
    expect(menteePage).toContain('Dieser Vorschlag kommt leider nicht zustande.');
    expect(menteePage).not.toContain('Kapazität');
    const late = await menteeClient.post(`${url(id)}/annehmen`, {});
    expect(late.statusCode).toBe(409);
    expect(text(late.body)).toContain('Dieser Vorschlag ist bereits abgeschlossen (Stand: Abgelehnt).');
    const twice = await mentorClient.post(`${url(id)}/ablehnen`, { grund: 'noch einmal' });
    expect(twice.statusCode).toBe(409);
    expect((await proposalRow(t, id)).declineReason).toBe(reason);
  });

  it('refuses a second answer of the same person while the proposal is open', async () => {
    const { mentee, id } = await proposedPair(t);
    const client = await browserFor(t, mentee.user);
    expect((await client.post(`${url(id)}/annehmen`, {})).statusCode).toBe(303);
    const again = await client.post(`${url(id)}/annehmen`, {});
    expect(again.statusCode).toBe(409);
    expect(text(again.body)).toContain('Sie haben auf diesen Vorschlag bereits geantwortet.');
    const decline = await client.post(`${url(id)}/ablehnen`, { grund: 'doch nicht' });
    expect(decline.statusCode).toBe(409);
    expect((await proposalRow(t, id)).status).toBe('pending');
  });

  it('refuses answers after the deadline, even before the sweep has run', async () => {
    const { mentee, id } = await proposedPair(t);
    t.clock.advance(15 * DAY);
    const client = await browserFor(t, mentee.user);
    expect(text((await client.get(url(id))).body)).toContain('Dieser Vorschlag ist abgelaufen');
    const res = await client.post(`${url(id)}/annehmen`, {});
    expect(res.statusCode).toBe(409);
    expect(text(res.body)).toContain('Die Frist für diesen Vorschlag ist abgelaufen.');
    expect((await proposalRow(t, id)).menteeAnswer).toBeNull();
  });

  it('needs the CSRF token', async () => {
    const { mentee, id } = await proposedPair(t);
    const client = await browserFor(t, mentee.user);
    const res = await client.post(`${url(id)}/annehmen`, {}, { csrf: false });
    expect(res.statusCode).toBe(403);
    expect((await proposalRow(t, id)).menteeAnswer).toBeNull();
  });
});
