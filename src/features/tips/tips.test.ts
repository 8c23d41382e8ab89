import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { text } from '../../../test/helpers/client.ts';
import { communityPeople } from '../../../test/support/community.ts';
import { decide, pdf, tipFields, writeTip } from '../../../test/support/tips.ts';
import { communityTips, notifications } from '../../db/schema/index.ts';

const t = useTestApp();

describe('Praxistipps', () => {
  it('a submitted tip is the author’s and the reviewers’ until published; returned with a note, revised, published and found', async () => {
    const p = await communityPeople(t);
    const id = await writeTip(p.mentee.browser, { themen: [p.topics[0]!.id], bundesland: 'BY' });
    const path = `/austausch/praxistipps/${id}`;

    const own = text((await p.mentee.browser.get(path)).body);
    expect(own).toContain('In Prüfung');
    expect(own).toContain('Die Koordination prüft Ihren Praxistipp');
    expect(text((await p.mentee.browser.get('/austausch/praxistipps/meine')).body)).toContain(
      'Hitzeaktionsplan in sechs Monaten',
    );
    // Nobody else reads it before the review, and it is not in the list.
    expect((await p.mentor.browser.get(path)).statusCode).toBe(404);
    expect((await p.otherCoordinator.get(path)).statusCode).toBe(404);
    expect(text((await p.mentor.browser.get('/austausch/praxistipps')).body)).not.toContain(
      'Hitzeaktionsplan in sechs Monaten',
    );

    const queue = text((await p.coordinator.browser.get('/austausch/praxistipps/pruefung')).body);
    expect(queue).toContain('Hitzeaktionsplan in sechs Monaten');
    expect(text((await p.otherCoordinator.get('/austausch/praxistipps/pruefung')).body)).toContain(
      'Es wartet kein Praxistipp auf Ihre Prüfung.',
    );

    // Sending it back needs a note, which the author reads.
    const noNote = await decide(p.coordinator.browser, id, 'zurueckgeben');
    expect(noNote.statusCode).toBe(422);
    expect(text(noNote.body)).toContain('Bitte schreiben Sie einen Hinweis');
    expect(
      (await decide(p.coordinator.browser, id, 'zurueckgeben', 'Bitte nennen Sie die Kosten.')).statusCode,
    ).toBe(303);
    const returned = text((await p.mentee.browser.get(path)).body);
    expect(returned).toContain('Die Koordination bittet Sie um eine Überarbeitung.');
    expect(returned).toContain('Bitte nennen Sie die Kosten.');
    const told = text((await p.mentee.browser.get('/benachrichtigungen')).body);
    expect(told).toContain('braucht noch eine Überarbeitung: Bitte nennen Sie die Kosten.');

    const revised = await p.mentee.browser.post(
      `${path}/bearbeiten`,
      tipFields({
        text: 'Die Arbeitsgruppe kostete 2.000 Euro im Jahr.',
        themen: [p.topics[0]!.id],
        bundesland: 'BY',
      }),
    );
    expect(revised.statusCode).toBe(303);
    expect((await decide(p.coordinator.browser, id, 'veroeffentlichen')).statusCode).toBe(303);
    // A decision taken twice is refused, not repeated.
    expect((await decide(p.coordinator.browser, id, 'ablehnen', 'Zu spät')).statusCode).toBe(409);

    const list = text((await p.mentor.browser.get('/austausch/praxistipps?bundesland=BY')).body);
    expect(list).toContain('Hitzeaktionsplan in sechs Monaten');
    expect(list).toContain('Bayern');
    expect(text((await p.mentor.browser.get('/austausch/praxistipps?bundesland=HE')).body)).toContain(
      'Zu dieser Auswahl gibt es noch keine Praxistipps.',
    );
    const page = text((await p.mentor.browser.get(path)).body);
    expect(page).toContain('Die Arbeitsgruppe kostete 2.000 Euro im Jahr.');
    expect(page).toContain(`Themen: ${p.topics[0]!.label}`);
    // The other programme's people do not read a tip of this space.
    expect((await p.other.browser.get(path)).statusCode).toBe(404);

    const found = text((await p.mentor.browser.get('/austausch/suche?q=Arbeitsgruppe')).body);
    expect(found).toContain('Hitzeaktionsplan in sechs Monaten');
    expect(found).toContain('Praxistipp');
    const kinds = await t.db.select().from(notifications).where(eq(notifications.userId, p.mentee.user.id));
    expect(kinds.map((n) => n.kind).sort()).toEqual(['tip_published', 'tip_returned']);
  });

  it('keeps a draft to its author, refuses bad input with German messages and keeps what was typed', async () => {
    const p = await communityPeople(t);
    const empty = await p.mentee.browser.post(
      '/austausch/praxistipps/neu/klimaschutz',
      tipFields({ titel: '' }),
    );
    expect(empty.statusCode).toBe(422);
    expect(text(empty.body)).toContain('Titel: Bitte geben Sie einen Titel ein.');
    expect(empty.body).toContain('Wie wir mit einer kleinen Arbeitsgruppe');

    const long = await p.mentee.browser.post(
      '/austausch/praxistipps/neu/klimaschutz',
      tipFields({ text: 'Hitze '.repeat(40_000) }),
    );
    expect(long.statusCode).toBe(422);
    expect(text(long.body)).toContain('höchstens 20.000 Zeichen');

    const foreign = await p.mentee.browser.post(
      '/austausch/praxistipps/neu/klimaschutz',
      tipFields({ themen: ['00000000-0000-4000-8000-000000000000'] }),
    );
    expect(foreign.statusCode).toBe(422);
    expect(text(foreign.body)).toContain('Bitte wählen Sie Themen aus der Liste dieses Bereichs.');

    const draft = await writeTip(p.mentee.browser, { aktion: 'entwurf', titel: 'Mein Entwurf' });
    expect(text((await p.mentee.browser.get(`/austausch/praxistipps/${draft}`)).body)).toContain(
      'Dieser Praxistipp ist ein Entwurf.',
    );
    expect(text((await p.coordinator.browser.get('/austausch/praxistipps/pruefung')).body)).not.toContain(
      'Mein Entwurf',
    );
    expect((await p.mentor.browser.get(`/austausch/praxistipps/${draft}`)).statusCode).toBe(404);
    expect((await p.mentee.browser.post(`/austausch/praxistipps/${draft}/einreichen`)).statusCode).toBe(303);
    expect(text((await p.coordinator.browser.get('/austausch/praxistipps/pruefung')).body)).toContain(
      'Mein Entwurf',
    );
    // Under review, the author can no longer change it.
    expect(
      (await p.mentee.browser.post(`/austausch/praxistipps/${draft}/bearbeiten`, tipFields())).statusCode,
    ).toBe(409);
  });

  it('takes attachments checked by their content and serves them as downloads to those who read the tip', async () => {
    const p = await communityPeople(t);
    const id = await writeTip(p.mentee.browser, { aktion: 'entwurf' });
    const path = `/austausch/praxistipps/${id}`;
    const renamed = await p.mentee.browser.upload(
      `${path}/anhaenge`,
      {},
      { field: 'datei', name: 'vorlage.pdf', type: 'application/pdf', content: Buffer.from('nur Text') },
      { tokenFrom: path },
    );
    expect(renamed.statusCode).toBe(422);
    expect(text(renamed.body)).toContain('Diese Datei können wir nicht annehmen.');

    const ok = await p.mentee.browser.upload(
      `${path}/anhaenge`,
      {},
      { field: 'datei', name: 'Vorlage Hitze.pdf', type: 'application/pdf', content: pdf },
      { tokenFrom: path },
    );
    expect(ok.statusCode).toBe(303);
    const page = (await p.mentee.browser.get(path)).body;
    expect(text(page)).toContain('Vorlage Hitze.pdf herunterladen');
    const href = /href="(\/austausch\/praxistipps\/[^"]+\/anhaenge\/[^"]+)"/.exec(page)![1]!;

    await p.mentee.browser.post(`${path}/einreichen`);
    expect((await p.mentor.browser.get(href)).statusCode).toBe(404);
    await decide(p.coordinator.browser, id, 'veroeffentlichen');
    const download = await p.mentor.browser.get(href);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain('attachment;');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''Vorlage%20Hitze.pdf");
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect((await p.other.browser.get(href)).statusCode).toBe(404);
  });

  it('counts "hilfreich" once per person', async () => {
    const p = await communityPeople(t);
    const id = await writeTip(p.mentee.browser);
    await decide(p.coordinator.browser, id, 'veroeffentlichen');
    const path = `/austausch/praxistipps/${id}`;
    await p.mentor.browser.post(`${path}/hilfreich`, { hilfreich: 'ja' });
    await p.mentor.browser.post(`${path}/hilfreich`, { hilfreich: 'ja' });
    await p.coordinator.browser.post(`${path}/hilfreich`, { hilfreich: 'ja' });
    expect(text((await p.mentee.browser.get(path)).body)).toContain('2 Personen fanden ihn hilfreich.');
    expect(text((await p.mentee.browser.get('/austausch/praxistipps')).body)).toContain('2 × hilfreich');
    await p.mentor.browser.post(`${path}/hilfreich`, { hilfreich: 'nein' });
    expect(text((await p.mentee.browser.get(path)).body)).toContain('1 Person fand ihn hilfreich.');
  });

  it('an accepted answer becomes a Praxistipp only when its author agrees', async () => {
    const p = await communityPeople(t);
    const { ask, answerThread } = await import('../../../test/support/community.ts');
    const thread = await ask(t, p.mentee.browser, {
      titel: 'Wie finanziere ich einen Hitzeaktionsplan?',
      text: 'Welche Förderung gibt es?',
      themen: [p.topics[3]!.id],
    });
    const answer = await answerThread(
      p.mentor.browser,
      thread,
      'Über die Kommunalrichtlinie. Der Antrag dauert drei Monate.',
    );
    // Before a solution is chosen there is nothing to propose.
    const early = await p.mentee.browser.post(`/austausch/fragen/${thread}/praxistipp`);
    expect(text((await p.mentee.browser.get(String(early.headers.location))).body)).toContain(
      'Nur eine als Lösung markierte Antwort kann ein Praxistipp werden.',
    );
    await p.mentee.browser.post(`/austausch/fragen/${thread}/loesung`, { antwort: answer });
    expect((await p.mentee.browser.get(`/austausch/fragen/${thread}`)).body).toContain(
      'Als Praxistipp vorschlagen',
    );

    const proposed = await p.mentee.browser.post(`/austausch/fragen/${thread}/praxistipp`);
    expect(proposed.statusCode).toBe(303);
    const path = String(proposed.headers.location);
    expect(text((await p.mentee.browser.get(path)).body)).toContain(
      'Wartet auf die Zustimmung von Jonas Mentor.',
    );
    expect((await p.other.browser.get(path)).statusCode).toBe(404);
    // A second click leads to the same draft.
    expect(
      String((await p.mentee.browser.post(`/austausch/fragen/${thread}/praxistipp`)).headers.location),
    ).toBe(path);

    const mentorSees = text((await p.mentor.browser.get(path)).body);
    expect(mentorSees).toContain('Darf Ihre Antwort ein Praxistipp werden?');
    expect(mentorSees).toContain('Über die Kommunalrichtlinie.');
    expect(text((await p.mentor.browser.get('/benachrichtigungen')).body)).toContain(
      'möchte Ihre Antwort als Praxistipp „Wie finanziere ich einen Hitzeaktionsplan?“ veröffentlichen',
    );
    expect(text((await p.coordinator.browser.get('/austausch/praxistipps/pruefung')).body)).not.toContain(
      'Wie finanziere ich',
    );
    expect((await p.mentor.browser.post(`${path}/einreichen`)).statusCode).toBe(303);
    const [tip] = await t.db.select().from(communityTips).where(eq(communityTips.sourcePostId, answer));
    expect(tip!.state).toBe('submitted');
    expect(tip!.authorId).toBe(p.mentor.user.id);
    expect(tip!.summary).toBe('Über die Kommunalrichtlinie. Der Antrag dauert drei Monate.');
  });

  it('a declined proposal is gone and the proposer is told', async () => {
    const p = await communityPeople(t);
    const { ask, answerThread } = await import('../../../test/support/community.ts');
    const thread = await ask(
      t,
      p.mentee.browser,
      { titel: 'Wer kennt eine Vorlage?', text: 'Für den Beschluss.' },
      'programmuebergreifend',
    );
    const answer = await answerThread(p.mentor.browser, thread, 'Ich schicke Ihnen meine.');
    await p.mentee.browser.post(`/austausch/fragen/${thread}/loesung`, { antwort: answer });
    // Someone who neither asked nor answered nor moderates cannot propose it.
    const stranger = await p.other.browser.post(`/austausch/fragen/${thread}/praxistipp`);
    expect(text((await p.other.browser.get(String(stranger.headers.location))).body)).toContain(
      'Einen Praxistipp aus der Lösung machen können',
    );
    const path = String(
      (await p.mentee.browser.post(`/austausch/fragen/${thread}/praxistipp`)).headers.location,
    );
    expect((await p.mentor.browser.post(`${path}/zurueckziehen`)).statusCode).toBe(303);
    expect((await p.mentee.browser.get(path)).statusCode).toBe(404);
    expect(text((await p.mentee.browser.get('/benachrichtigungen')).body)).toContain(
      'Der Vorschlag „Wer kennt eine Vorlage?“ wird kein Praxistipp',
    );
  });
});
