import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { text } from '../../../test/helpers/client.ts';
import { answerThread, ask, communityPeople } from '../../../test/support/community.ts';
import { createTandem } from '../../../test/support/tandems.ts';
import { outboxRows, plantContents, SECRET } from '../../../test/support/tandems-confidentiality.ts';

const t = useTestApp();

describe('who may do what in a space', () => {
  it('answers each of the seven kinds of people as the rules say', async () => {
    const p = await communityPeople(t);
    const id = await ask(t, p.mentee.browser, { titel: 'Frage im Programm Klimaschutz', text: 'Text' });
    const answerId = await answerThread(p.mentor.browser, id, 'Eine Antwort');
    const thread = `/austausch/fragen/${id}`;
    const history = `${thread}/beitraege/${answerId}/verlauf`;
    const anonymous = await t.app.inject({ url: thread });

    const status = async (b: { get(u: string): Promise<{ statusCode: number }> }, url: string) =>
      (await b.get(url)).statusCode;
    expect(anonymous.statusCode).toBe(303);
    expect(await status(p.registered, thread)).toBe(403);
    expect(await status(p.mentee.browser, thread)).toBe(200);
    expect(await status(p.other.browser, thread)).toBe(404);
    expect(await status(p.coordinator.browser, thread)).toBe(200);
    expect(await status(p.otherCoordinator, thread)).toBe(404);
    expect(await status(p.admin, thread)).toBe(200);

    // Moderating (the edit history): the programme's coordinators and admins, nobody else.
    expect(await status(p.mentee.browser, history)).toBe(404);
    expect(await status(p.otherCoordinator, history)).toBe(404);
    expect(await status(p.coordinator.browser, history)).toBe(200);
    expect(await status(p.admin, history)).toBe(200);

    // Posting in another programme's space, or answering its thread, is a 404 as well.
    const foreign = await p.other.browser.post('/austausch/bereiche/klimaschutz/neu', {
      art: 'frage',
      titel: 'Fremd',
      text: 'Text',
    });
    expect(foreign.statusCode).toBe(404);
    expect((await p.other.browser.post(`${thread}/antworten`, { text: 'Fremd' })).statusCode).toBe(404);
    expect((await p.registered.post(`${thread}/antworten`, { text: 'Noch nicht' })).statusCode).toBe(403);
  });
});

describe('confidentiality', () => {
  it('never shows a tandem’s contents on a community page, in its search or in its mails', async () => {
    const pair = await createTandem(t, { status: 'active' });
    await plantContents(t, pair);
    const p = await communityPeople(t);
    const id = await ask(t, pair.menteeBrowser, {
      titel: 'Frage aus dem Tandem heraus',
      text: 'Allgemeine Frage',
    });
    await answerThread(pair.mentorBrowser, id, 'Allgemeine Antwort');
    for (const browser of [pair.menteeBrowser, pair.mentorBrowser, p.coordinator.browser, p.admin]) {
      for (const url of [
        '/austausch',
        '/austausch/bereiche/klimaschutz',
        `/austausch/fragen/${id}`,
        // Words planted beside the marker in the tandem's record and agreement.
        '/austausch/suche?q=R%C3%BCckblick',
        '/austausch/suche?q=Erwartungen',
        '/benachrichtigungen',
        '/austausch/praxistipps',
        '/austausch/praxistipps/meine',
        '/austausch/praxistipps/pruefung',
        '/austausch/methoden',
        '/austausch/methoden/schulung',
      ]) {
        const res = await browser.get(url);
        expect(res.statusCode).toBe(200);
        expect(res.body).not.toContain(SECRET);
      }
    }
    const searched = await pair.menteeBrowser.get(`/austausch/suche?q=${SECRET}`);
    expect(text(searched.body)).toContain('Keine Treffer');
    expect(text((await pair.menteeBrowser.get('/austausch/suche?q=Erkenntnis')).body)).toContain(
      'Keine Treffer',
    );
    for (const mail of await outboxRows(t)) expect(JSON.stringify(mail)).not.toContain(SECRET);
  });
});
