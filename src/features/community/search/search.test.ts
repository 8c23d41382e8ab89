import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { answerThread, ask, communityPeople } from '../../../../test/support/community.ts';

const t = useTestApp();

const hitsOf = async (browser: { get(url: string): Promise<{ body: string }> }, q: string, extra = '') =>
  read((await browser.get(`/austausch/suche?q=${encodeURIComponent(q)}${extra}`)).body);

/** The page's text as read: the marked words are part of their sentence. */
const read = (html: string) => text(html.replace(/<\/?mark>/g, ''));

describe('search with German stemming and compound words', () => {
  it('finds compounds from their parts and parts from their compounds', async () => {
    const p = await communityPeople(t);
    await ask(t, p.mentee.browser, {
      titel: 'Erfahrungen mit dem Hitze-Aktionsplan',
      text: 'Wie sind Sie vorgegangen?',
    });
    await ask(t, p.mentor.browser, {
      titel: 'Ein Aktionsplan gegen Hitze im Quartier',
      text: 'Unsere Schritte.',
    });
    await ask(t, p.mentee.browser, {
      titel: 'Vorlagen gesucht',
      text: 'Wer teilt Klimaanpassungskonzepte aus Landkreisen?',
    });
    await ask(t, p.mentor.browser, { titel: 'Fördermittel beantragen', text: 'Welche Fristen gelten?' });
    await ask(t, p.mentee.browser, { titel: 'Radwege', text: 'Unser Projekt wurde gefördert.' });
    await ask(t, p.mentee.browser, { titel: 'Ganz anderes Thema', text: 'Personalgewinnung im Rathaus' });

    const heat = await hitsOf(p.mentee.browser, 'Hitzeaktionsplan');
    expect(heat).toContain('Erfahrungen mit dem Hitze-Aktionsplan');
    expect(heat).toContain('Ein Aktionsplan gegen Hitze im Quartier');
    expect(heat).not.toContain('Ganz anderes Thema');

    expect(await hitsOf(p.mentee.browser, 'Konzept')).toContain('Vorlagen gesucht');

    const funding = await hitsOf(p.mentee.browser, 'Förderung');
    expect(funding).toContain('Fördermittel beantragen');
    expect(funding).toContain('Radwege');
    expect(funding).not.toContain('Ganz anderes Thema');
  });

  it('ranks title matches first, highlights the words found, and finds answers', async () => {
    const p = await communityPeople(t);
    await ask(t, p.mentee.browser, {
      titel: 'Allgemeine Frage',
      text: 'Es geht auch um Starkregen am Rande.',
    });
    const id = await ask(t, p.mentee.browser, {
      titel: 'Starkregen-Vorsorge in Gemeinden',
      text: 'Wie anfangen?',
    });
    await answerThread(p.mentor.browser, id, 'Eine Starkregengefahrenkarte ist der erste Schritt.');

    const res = await p.mentee.browser.get('/austausch/suche?q=Starkregen');
    const found = read(res.body);
    expect(found.indexOf('Starkregen-Vorsorge in Gemeinden')).toBeLessThan(found.indexOf('Allgemeine Frage'));
    expect(found).toContain('Antwort auf: Starkregen-Vorsorge in Gemeinden');
    expect(res.body).toMatch(/<mark>Starkregen/);

    const onlyAnswers = await hitsOf(p.mentee.browser, 'Starkregen', '&art=antwort');
    expect(onlyAnswers).toContain('Antwort auf:');
    expect(onlyAnswers).not.toContain('Allgemeine Frage');
  });

  it('searches only the spaces the person reads, and escapes what it shows', async () => {
    const p = await communityPeople(t);
    await ask(t, p.mentee.browser, {
      titel: 'Wärmeplanung <b>kommunal</b>',
      text: 'Interne Frage zur Wärmeplanung.',
    });
    expect(await hitsOf(p.other.browser, 'Wärmeplanung')).toContain('Keine Treffer');
    const own = await p.mentee.browser.get('/austausch/suche?q=W%C3%A4rmeplanung');
    expect(own.body).not.toContain('<b>kommunal</b>');
    expect(read(own.body)).toContain('Wärmeplanung <b>kommunal</b>');
    const odd = await p.mentee.browser.get(`/austausch/suche?q=${encodeURIComponent("' & | ! :* ( \\")}`);
    expect(odd.statusCode).toBe(200);
  });
});
