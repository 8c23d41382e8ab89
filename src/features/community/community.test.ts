import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { text } from '../../../test/helpers/client.ts';
import { answerThread, ask, communityPeople } from '../../../test/support/community.ts';
import { communityThreads, notifications } from '../../db/schema/index.ts';

const t = useTestApp();

describe('the door of Austausch und Wissen', () => {
  it('lets in accepted participants, coordinators and admins, each with their spaces; explains itself to the not yet accepted', async () => {
    const p = await communityPeople(t);
    const home = text((await p.mentee.browser.get('/austausch')).body);
    expect(home).toContain('Austausch und Wissen');
    expect(home).toContain('Klimaschutz');
    expect(home).toContain('Programmübergreifend');
    const html = (await p.mentee.browser.get('/austausch')).body;
    expect(html).toContain('href="/austausch/bereiche/klimaschutz"');
    expect(html).not.toContain('href="/austausch/bereiche/klimaanpassung"');

    const waiting = await p.registered.get('/austausch');
    expect(waiting.statusCode).toBe(403);
    expect(text(waiting.body)).toContain('sobald die Koordination sie nach dem Kennenlerngespräch');

    const admin = text((await p.admin.get('/austausch')).body);
    expect(admin).toContain('Klimaschutz');
    expect(admin).toContain('Klimaanpassung');

    expect((await p.other.browser.get('/austausch/bereiche/klimaschutz')).statusCode).toBe(404);
    expect((await p.other.browser.get('/austausch/bereiche/programmuebergreifend')).statusCode).toBe(200);
    const anonymous = await t.app.inject({ url: '/austausch' });
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toContain('/anmelden');
  });
});

describe('questions and answers', () => {
  it('a question is asked with topics, answered, and the asker marks and changes the solution', async () => {
    const p = await communityPeople(t);
    const topic = p.topics[2]!;
    const id = await ask(t, p.mentee.browser, {
      titel: 'Wie beginne ich einen Hitzeaktionsplan?',
      text: 'Wir wollen **dieses Jahr** starten. Wer hat Erfahrung?',
      themen: [topic.id],
    });
    let page = text((await p.mentor.browser.get(`/austausch/fragen/${id}`)).body);
    expect(page).toContain('Wie beginne ich einen Hitzeaktionsplan?');
    expect(page).toContain(`Themen: ${topic.label}`);
    expect(page).toContain('Noch hat niemand geantwortet');

    const first = await answerThread(p.mentor.browser, id, 'Beginnen Sie mit einer Betroffenheitsanalyse.');
    const second = await answerThread(p.coordinator.browser, id, 'Der Leitfaden des Bundes hilft.');
    // Someone else may not choose the solution: for them the control does not exist.
    const foreign = await p.mentor.browser.post(`/austausch/fragen/${id}/loesung`, { antwort: first });
    expect(foreign.statusCode).toBe(404);

    expect(
      (await p.mentee.browser.post(`/austausch/fragen/${id}/loesung`, { antwort: second })).statusCode,
    ).toBe(303);
    page = text((await p.mentee.browser.get(`/austausch/fragen/${id}`)).body);
    expect(page).toContain('Gelöst');
    expect(page.indexOf('Der Leitfaden des Bundes hilft.')).toBeLessThan(
      page.indexOf('Beginnen Sie mit einer Betroffenheitsanalyse.'),
    );
    expect(page).toContain('Lösung');

    await p.mentee.browser.post(`/austausch/fragen/${id}/loesung`, { antwort: first });
    page = text((await p.mentee.browser.get(`/austausch/fragen/${id}`)).body);
    expect(page.indexOf('Beginnen Sie mit einer Betroffenheitsanalyse.')).toBeLessThan(
      page.indexOf('Der Leitfaden des Bundes hilft.'),
    );
    const kinds = await t.db.select().from(notifications).where(eq(notifications.userId, p.mentor.user.id));
    expect(kinds.map((n) => n.kind)).toContain('solution');
  });

  it('asks up to five mentors whose offered topics match, and nobody who switched it off', async () => {
    const p = await communityPeople(t);
    const asked = async (titel: string, topic: number) => {
      const id = await ask(t, p.mentee.browser, { titel, text: 'Text', themen: [p.topics[topic]!.id] });
      return t.db.select().from(notifications).where(eq(notifications.threadId, id));
    };
    const told = await asked('Frage zu Thema drei', 2);
    expect(told.map((n) => n.userId)).toContain(p.mentor.user.id);
    expect(told.every((n) => n.kind === 'expert_question')).toBe(true);
    expect(told.length).toBeLessThanOrEqual(5);
    // Topic 1 is no mentor's offer (they offer 3–6).
    expect(await asked('Frage zu Thema eins', 0)).toHaveLength(0);

    await p.mentor.browser.post('/konto/benachrichtigungen', { haeufigkeit: 'woechentlich', fragen: 'nein' });
    const off = await asked('Frage zu Thema vier', 3);
    expect(off.map((n) => n.userId)).not.toContain(p.mentor.user.id);
  });

  it('refuses bad input with German messages next to the fields, keeping what was typed', async () => {
    const p = await communityPeople(t);
    const long = await p.mentee.browser.post('/austausch/bereiche/klimaschutz/neu', {
      art: 'frage',
      titel: '',
      text: `Mein Entwurf ${'x'.repeat(200_000)}`,
    });
    expect(long.statusCode).toBe(422);
    expect(text(long.body)).toContain('Bitte geben Sie einen Titel ein.');
    expect(text(long.body)).toContain('Der Text darf höchstens 20.000 Zeichen lang sein.');
    expect(long.body).toContain('Mein Entwurf');

    const foreignTopic = await p.mentee.browser.post('/austausch/bereiche/klimaschutz/neu', {
      art: 'frage',
      titel: 'Mit fremdem Thema',
      text: 'Mein Text bleibt',
      themen: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(foreignTopic.statusCode).toBe(422);
    expect(text(foreignTopic.body)).toContain('Bitte wählen Sie nur Themen aus der Liste.');
    expect(foreignTopic.body).toContain('Mein Text bleibt');

    const id = await ask(t, p.mentee.browser, { titel: 'Gesperrte Frage', text: 'Text' });
    const other = await ask(t, p.mentee.browser, { titel: 'Andere Frage', text: 'Text' });
    const answerOfOther = await answerThread(p.mentor.browser, other, 'Antwort woanders');
    const wrong = await p.mentee.browser.post(`/austausch/fragen/${id}/loesung`, { antwort: answerOfOther });
    expect(wrong.statusCode).toBe(422);
    expect(text(wrong.body)).toContain('Diese Antwort gehört nicht zu diesem Beitrag.');

    await t.db.update(communityThreads).set({ lockedAt: t.clock.now() }).where(eq(communityThreads.id, id));
    const locked = await p.mentor.browser.post(`/austausch/fragen/${id}/antworten`, {
      text: 'Meine lange Antwort',
    });
    expect(locked.statusCode).toBe(409);
    expect(text(locked.body)).toContain('Dieser Beitrag ist gesperrt');
    expect(locked.body).toContain('Meine lange Antwort');
  });

  it('shows edits as "bearbeitet", keeps the history for moderators only, and lets only the author and moderators edit', async () => {
    const p = await communityPeople(t);
    const id = await ask(t, p.mentee.browser, { titel: 'Förderung für Radwege', text: 'Erste Fassung' });
    const answerId = await answerThread(p.mentor.browser, id, 'Antwort, erste Fassung');
    expect(
      (await p.mentee.browser.get(`/austausch/fragen/${id}/beitraege/${answerId}/bearbeiten`)).statusCode,
    ).toBe(404);
    const edited = await p.mentor.browser.post(`/austausch/fragen/${id}/beitraege/${answerId}/bearbeiten`, {
      text: 'Antwort, zweite Fassung',
    });
    expect(edited.statusCode).toBe(303);
    const page = text((await p.mentee.browser.get(`/austausch/fragen/${id}`)).body);
    expect(page).toContain('Antwort, zweite Fassung');
    expect(page).toContain('bearbeitet');
    expect(page).not.toContain('Verlauf');

    const history = `/austausch/fragen/${id}/beitraege/${answerId}/verlauf`;
    expect((await p.mentee.browser.get(history)).statusCode).toBe(404);
    const moderator = await p.coordinator.browser.get(history);
    expect(text(moderator.body)).toContain('Antwort, erste Fassung');
    expect(text((await p.coordinator.browser.get(`/austausch/fragen/${id}`)).body)).toContain(
      'Verlauf (1 Änderung)',
    );
  });

  it('lists a space newest activity first with filters, and renders Markdown without letting HTML through', async () => {
    const p = await communityPeople(t);
    const a = await ask(t, p.mentee.browser, {
      titel: 'Offene Frage',
      text: '<script>alert(1)</script> [Link](https://example.org) und javascript:alert(1)',
    });
    t.clock.advance(60_000);
    const b = await ask(t, p.mentor.browser, {
      titel: 'Beantwortete Frage',
      text: 'Text',
      themen: [p.topics[4]!.id],
    });
    t.clock.advance(60_000);
    await answerThread(p.mentee.browser, b, 'Eine Antwort');

    const list = text((await p.mentee.browser.get('/austausch/bereiche/klimaschutz')).body);
    expect(list.indexOf('Beantwortete Frage')).toBeLessThan(list.indexOf('Offene Frage'));
    const unanswered = text(
      (await p.mentee.browser.get('/austausch/bereiche/klimaschutz?beantwortet=nein')).body,
    );
    expect(unanswered).toContain('Offene Frage');
    expect(unanswered).not.toContain('Beantwortete Frage');
    const byTopic = text(
      (await p.mentee.browser.get(`/austausch/bereiche/klimaschutz?thema=${p.topics[4]!.id}`)).body,
    );
    expect(byTopic).toContain('Beantwortete Frage');
    expect(byTopic).not.toContain('Offene Frage');
    const junk = await p.mentee.browser.get('/austausch/bereiche/klimaschutz?seite=abc&art=xyz&thema=1');
    expect(junk.statusCode).toBe(200);

    const html = (await p.mentee.browser.get(`/austausch/fragen/${a}`)).body;
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('rel="nofollow ugc noopener"');
    expect(html).not.toContain('href="javascript:');
  });

  it('follows and unfollows a thread; followers hear of new answers', async () => {
    const p = await communityPeople(t);
    const id = await ask(t, p.mentee.browser, { titel: 'Frage zum Folgen', text: 'Text' });
    expect(
      text((await p.coordinator.browser.post(`/austausch/fragen/${id}/folgen`, { folgen: 'ja' })).body),
    ).toBe('');
    await answerThread(p.mentor.browser, id, 'Neue Antwort');
    const told = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, p.coordinator.user.id));
    expect(told.map((n) => n.kind)).toEqual(['followed']);
    const asker = await t.db.select().from(notifications).where(eq(notifications.userId, p.mentee.user.id));
    expect(asker.map((n) => n.kind)).toEqual(['answer']);
    await p.coordinator.browser.post(`/austausch/fragen/${id}/folgen`, { folgen: 'nein' });
    expect(text((await p.coordinator.browser.get(`/austausch/fragen/${id}`)).body)).toContain(
      'Beitrag folgen',
    );
  });

  it('tells a participant mentioned as @Name', async () => {
    const p = await communityPeople(t);
    await ask(t, p.mentee.browser, {
      titel: 'Frage mit Erwähnung',
      text: 'Was meinen Sie, @Jonas Mentor und @Olga Anpassung?',
    });
    const mentions = await t.db.select().from(notifications).where(eq(notifications.kind, 'mention'));
    // Olga reads only Klimaanpassung: she cannot see a question of Klimaschutz, so she is not told.
    expect(mentions.map((n) => n.userId)).toContain(p.mentor.user.id);
    expect(mentions.map((n) => n.userId)).not.toContain(p.other.user.id);
  });
});
