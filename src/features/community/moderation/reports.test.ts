import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { answerThread, ask, communityPeople } from '../../../../test/support/community.ts';
import {
  auditOf,
  moderationPath,
  notificationsOf,
  openingOf,
  postState,
  reportsOf,
  reportUrl,
} from '../../../../test/support/community-moderation.ts';
import { communityReports } from '../../../db/schema/index.ts';

const t = useTestApp();

const QUEUE = '/koordination/moderation';

describe('reporting a post', () => {
  it('offers "Melden" under others’ posts, takes a reason and a note, thanks, and counts one open report per person', async () => {
    const p = await communityPeople(t);
    const id = await ask(t, p.mentee.browser, { titel: 'Frage mit Werbung darunter', text: 'Was tun?' });
    const answerId = await answerThread(p.mentor.browser, id, 'Kaufen Sie unser Produkt!');
    const url = reportUrl(id, answerId);
    const page = (await p.mentee.browser.get(`/austausch/fragen/${id}`)).body;
    expect(page).toContain(`href="${url}"`);
    // Not under one's own post.
    expect((await p.mentor.browser.get(`/austausch/fragen/${id}`)).body).not.toContain(`href="${url}"`);
    expect((await p.mentor.browser.get(url)).statusCode).toBe(404);

    const form = await p.mentee.browser.get(url);
    expect(form.statusCode).toBe(200);
    expect(text(form.body)).toContain('Warum melden Sie diesen Beitrag?');
    expect(text(form.body)).toContain('Kaufen Sie unser Produkt!');

    const empty = await p.mentee.browser.post(url, { notiz: 'Mein Hinweis' });
    expect(empty.statusCode).toBe(422);
    expect(text(empty.body)).toContain('Bitte wählen Sie einen Grund.');
    expect(empty.body).toContain('Mein Hinweis</textarea>');

    const sent = await p.mentee.browser.post(url, { grund: 'spam', notiz: 'Werbung' });
    expect(sent.statusCode).toBe(303);
    const after = await p.mentee.browser.get(String(sent.headers.location).split('#')[0]!);
    expect(text(after.body)).toContain('Danke, die Moderation sieht sich den Beitrag an.');
    await p.mentee.browser.post(url, { grund: 'anderes', notiz: 'Doch eher etwas anderes' });
    await p.other.browser.get('/austausch');
    const reports = await reportsOf(t, answerId);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.reason).toBe('other');
    expect(reports[0]!.note).toBe('Doch eher etwas anderes');

    // A coordinator reports too; the queue counts two reports of the post.
    await p.coordinator.browser.post(url, { grund: 'beleidigend' });
    const queue = text((await p.coordinator.browser.get(QUEUE)).body);
    expect(queue).toContain('2 Meldungen');
    expect(queue).toContain('Kaufen Sie unser Produkt!');
    expect(queue).toContain('Etwas anderes');
    expect(queue).toContain('Beleidigend oder respektlos');
    expect(queue).toContain('Doch eher etwas anderes');
  });

  it('refuses more than ten reports an hour with a German message, keeping the note', async () => {
    const p = await communityPeople(t);
    const id = await ask(t, p.mentor.browser, { titel: 'Viel gemeldet', text: 'Text' });
    const opening = await openingOf(t, id);
    await t.db.insert(communityReports).values(
      Array.from({ length: 10 }, () => ({
        postId: opening.id,
        reporterId: p.mentee.user.id,
        reason: 'spam' as const,
        resolvedAt: t.clock.now(),
        createdAt: t.clock.now(),
      })),
    );
    const res = await p.mentee.browser.post(reportUrl(id, opening.id), {
      grund: 'spam',
      notiz: 'Noch einmal',
    });
    expect(res.statusCode).toBe(429);
    expect(text(res.body)).toContain('Sie haben in der letzten Stunde schon zehn Beiträge gemeldet.');
    expect(res.body).toContain('Noch einmal</textarea>');
    // Another person may still report.
    expect((await p.other.browser.get('/austausch')).statusCode).toBe(200);
    expect((await p.coordinator.browser.post(reportUrl(id, opening.id), { grund: 'spam' })).statusCode).toBe(
      303,
    );
  });
});

describe('the queue', () => {
  it('lists only the spaces the coordinator moderates, oldest first, and is closed to participants', async () => {
    const p = await communityPeople(t);
    const id = await ask(t, p.mentee.browser, {
      titel: 'Im Klimaschutz gemeldet',
      text: 'Ein Text im Klimaschutz',
    });
    const shared = await ask(
      t,
      p.other.browser,
      { titel: 'Übergreifend gemeldet', text: 'Ein Text für alle' },
      'programmuebergreifend',
    );
    await p.mentor.browser.post(reportUrl(id, (await openingOf(t, id)).id), { grund: 'unpassend' });
    await p.mentor.browser.post(reportUrl(shared, (await openingOf(t, shared)).id), { grund: 'spam' });

    const mine = text((await p.coordinator.browser.get(QUEUE)).body);
    expect(mine).toContain('Bereich: Mentoring im Klimaschutzmanagement');
    expect(mine).toContain('Bereich: Programmübergreifend');
    expect(mine).toContain('Ein Text im Klimaschutz');
    expect(mine).toContain('Ein Text für alle');
    expect(mine).not.toContain('Bereich: Mentoring-Programm für Klimaanpassungsmanager*innen');

    const theirs = text((await p.otherCoordinator.get(QUEUE)).body);
    expect(theirs).not.toContain('Ein Text im Klimaschutz');
    expect(theirs).toContain('Ein Text für alle');
    // A post of a space they do not moderate is not found, the same as an unknown one.
    const foreign = (await openingOf(t, id)).id;
    expect((await p.otherCoordinator.post(moderationPath(foreign, 'behalten'))).statusCode).toBe(404);
    expect((await p.otherCoordinator.get(moderationPath(foreign, 'ausblenden'))).statusCode).toBe(404);

    const admin = text((await p.admin.get(QUEUE)).body);
    expect(admin).toContain('Ein Text im Klimaschutz');
    expect(admin).toContain('Bereich: Mentoring-Programm für Klimaanpassungsmanager*innen');
    expect((await p.mentee.browser.get(QUEUE)).statusCode).toBe(403);
    expect((await p.registered.get(QUEUE)).statusCode).toBe(403);
  });
});

describe('the moderators’ actions', () => {
  it('hides with a reason: gone for participants and the search, told to the author, audited; restored again', async () => {
    const p = await communityPeople(t);
    const id = await ask(t, p.mentee.browser, { titel: 'Frage zur Kompostierung', text: 'Wie geht das?' });
    const answerId = await answerThread(p.mentor.browser, id, 'Eine beleidigende Regenwurmantwort');
    await p.mentee.browser.post(reportUrl(id, answerId), { grund: 'beleidigend' });
    const search = async () => text((await p.mentee.browser.get('/austausch/suche?q=Regenwurmantwort')).body);
    expect(await search()).toContain('Frage zur Kompostierung');

    const form = await p.coordinator.browser.get(
      `${moderationPath(answerId, 'ausblenden')}?von=warteschlange`,
    );
    expect(form.statusCode).toBe(200);
    expect(text(form.body)).toContain('Beitrag ausblenden');
    const noReason = await p.coordinator.browser.post(moderationPath(answerId, 'ausblenden'), {
      von: 'warteschlange',
    });
    expect(noReason.statusCode).toBe(422);
    expect(text(noReason.body)).toContain('Bitte begründen Sie Ihre Entscheidung.');
    const hidden = await p.coordinator.browser.post(moderationPath(answerId, 'ausblenden'), {
      von: 'warteschlange',
      notiz: 'Bitte bleiben Sie sachlich.',
    });
    expect(hidden.statusCode).toBe(303);
    expect(hidden.headers.location).toBe(QUEUE);
    expect(await postState(t, answerId)).toBe('hidden');
    expect((await reportsOf(t, answerId))[0]!.resolution).toBe('hidden');
    expect(text((await p.coordinator.browser.get(QUEUE)).body)).not.toContain('Regenwurmantwort');

    for (const reader of [p.mentee.browser, p.mentor.browser]) {
      expect(text((await reader.get(`/austausch/fragen/${id}`)).body)).not.toContain('Regenwurmantwort');
    }
    expect(await search()).not.toContain('Frage zur Kompostierung');
    const moderator = (await p.coordinator.browser.get(`/austausch/fragen/${id}`)).body;
    expect(text(moderator)).toContain('Regenwurmantwort');
    expect(text(moderator)).toContain('Ausgeblendet');
    expect(moderator).toContain(`action="${moderationPath(answerId, 'einblenden')}"`);

    const told = text((await p.mentor.browser.get('/benachrichtigungen')).body);
    expect(told).toContain(
      'Die Moderation hat Ihren Beitrag in „Frage zur Kompostierung“ ausgeblendet. Begründung: Bitte bleiben Sie sachlich.',
    );
    const [audit] = (await auditOf(t, 'community_post_hidden')).filter(
      (a) => (a.details as { postId?: string }).postId === answerId,
    );
    expect(audit!.actorId).toBe(p.coordinator.user.id);
    expect(audit!.userId).toBe(p.mentor.user.id);
    expect(audit!.details).toMatchObject({ threadId: id, note: 'Bitte bleiben Sie sachlich.' });

    expect((await p.coordinator.browser.post(moderationPath(answerId, 'einblenden'))).statusCode).toBe(303);
    expect(text((await p.mentee.browser.get(`/austausch/fragen/${id}`)).body)).toContain('Regenwurmantwort');
    expect(await search()).toContain('Frage zur Kompostierung');
    expect((await auditOf(t, 'community_post_restored')).length).toBeGreaterThan(0);
    expect((await notificationsOf(t, p.mentor.user.id)).map((n) => n.kind)).toContain('moderation_restored');
    // Hidden again: told again, with the new reason.
    await p.coordinator.browser.post(moderationPath(answerId, 'ausblenden'), { notiz: 'Wieder unsachlich.' });
    const hides = (await notificationsOf(t, p.mentor.user.id)).filter((n) => n.kind === 'moderation_hidden');
    expect(hides.map((n) => n.note).sort()).toEqual(['Bitte bleiben Sie sachlich.', 'Wieder unsachlich.']);
  });

  it('hides a whole question by its opening post, for its author too', async () => {
    const p = await communityPeople(t);
    const id = await ask(t, p.mentee.browser, {
      titel: 'Vertrauliches aus dem Tandem',
      text: 'Namen und Zahlen',
    });
    const opening = await openingOf(t, id);
    await p.coordinator.browser.post(moderationPath(opening.id, 'ausblenden'), { notiz: 'Vertraulich.' });
    expect((await p.mentee.browser.get(`/austausch/fragen/${id}`)).statusCode).toBe(404);
    expect((await p.mentor.browser.get(`/austausch/fragen/${id}`)).statusCode).toBe(404);
    expect(text((await p.mentor.browser.get('/austausch/bereiche/klimaschutz')).body)).not.toContain(
      'Vertrauliches aus dem Tandem',
    );
    expect(text((await p.mentor.browser.get('/austausch/suche?q=Vertrauliches')).body)).toContain(
      'Keine Treffer',
    );
    expect((await p.coordinator.browser.get(`/austausch/fragen/${id}`)).statusCode).toBe(200);
  });

  it('keeps a reported post, and edits one with a note (a revision, "bearbeitet", the author told)', async () => {
    const p = await communityPeople(t);
    const id = await ask(t, p.mentee.browser, { titel: 'Frage zu Fristen', text: 'Wann endet die Frist?' });
    const answerId = await answerThread(p.mentor.browser, id, 'Am 31. März, ruf mich an: 0171 1234567');
    await p.mentee.browser.post(reportUrl(id, answerId), { grund: 'vertraulich' });
    const kept = await p.coordinator.browser.post(moderationPath(answerId, 'behalten'), {
      von: 'warteschlange',
    });
    expect(kept.statusCode).toBe(303);
    expect((await reportsOf(t, answerId))[0]!.resolution).toBe('kept');
    expect(await postState(t, answerId)).toBe('visible');
    expect((await auditOf(t, 'community_report_kept')).length).toBeGreaterThan(0);

    await p.other.browser.get('/austausch');
    await p.mentee.browser.post(reportUrl(id, answerId), { grund: 'vertraulich' });
    const form = await p.coordinator.browser.get(moderationPath(answerId, 'bearbeiten'));
    expect(form.body).toContain('0171 1234567</textarea>');
    const edited = await p.coordinator.browser.post(moderationPath(answerId, 'bearbeiten'), {
      text: 'Am 31. März.',
      notiz: 'Telefonnummer entfernt.',
    });
    expect(edited.statusCode).toBe(303);
    const page = text((await p.mentee.browser.get(`/austausch/fragen/${id}`)).body);
    expect(page).toContain('Am 31. März.');
    expect(page).not.toContain('0171 1234567');
    expect(page).toContain('bearbeitet');
    const history = text(
      (await p.coordinator.browser.get(`/austausch/fragen/${id}/beitraege/${answerId}/verlauf`)).body,
    );
    expect(history).toContain('0171 1234567');
    expect(history).toContain('Telefonnummer entfernt.');
    expect(text((await p.mentor.browser.get('/benachrichtigungen')).body)).toContain(
      'Die Moderation hat Ihren Beitrag in „Frage zu Fristen“ bearbeitet. Begründung: Telefonnummer entfernt.',
    );
    expect((await reportsOf(t, answerId)).map((r) => r.resolution).sort()).toEqual(['edited', 'kept']);
  });

  it('audits and tells a moderator’s edit from the post’s own edit page too, which asks for the reason', async () => {
    const p = await communityPeople(t);
    const id = await ask(t, p.mentee.browser, { titel: 'Frage mit Tippfehler', text: 'Wie plannt man?' });
    const answerId = await answerThread(p.mentor.browser, id, 'Mit Gedult');
    const url = `/austausch/fragen/${id}/beitraege/${answerId}/bearbeiten`;
    const missing = await p.coordinator.browser.post(url, { text: 'Mit Geduld' });
    expect(missing.statusCode).toBe(422);
    expect(text(missing.body)).toContain('Bitte begründen Sie Ihre Entscheidung.');
    expect(missing.body).toContain('Mit Geduld</textarea>');
    expect(
      (await p.coordinator.browser.post(url, { text: 'Mit Geduld', notiz: 'Tippfehler' })).statusCode,
    ).toBe(303);
    expect(text((await p.mentor.browser.get('/benachrichtigungen')).body)).toContain(
      'Die Moderation hat Ihren Beitrag in „Frage mit Tippfehler“ bearbeitet. Begründung: Tippfehler',
    );
    const thread = await p.coordinator.browser.post(`/austausch/fragen/${id}/bearbeiten`, {
      titel: 'Frage ohne Tippfehler',
      text: 'Wie plant man?',
      notiz: 'Titel korrigiert',
    });
    expect(thread.statusCode).toBe(303);
    const audits = (await auditOf(t, 'community_post_edited')).map((a) => a.details as { note: string });
    expect(audits.map((d) => d.note)).toEqual(expect.arrayContaining(['Tippfehler', 'Titel korrigiert']));
    // The author's own edit is neither audited nor told.
    const before = (await auditOf(t, 'community_post_edited')).length;
    expect((await p.mentor.browser.post(url, { text: 'Mit viel Geduld' })).statusCode).toBe(303);
    expect(await auditOf(t, 'community_post_edited')).toHaveLength(before);
  });
});
