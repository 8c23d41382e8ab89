import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { text } from '../../../test/helpers/client.ts';
import {
  createItem,
  libraryPeople,
  minimalPdf,
  postMultipart,
  textItem,
} from '../../../test/support/library.ts';
import { communityFiles, communitySearch, libraryItems } from '../../db/schema/index.ts';

const t = useTestApp();

const found = async (words: string) =>
  (
    await t.db
      .select({ id: communitySearch.id })
      .from(communitySearch)
      .where(sql`${communitySearch.vector} @@ websearch_to_tsquery('german', ${words})`)
  ).map((r) => r.id);

describe('a material’s form', () => {
  it('names every wrong field in German, keeps what was typed and never answers 500', async () => {
    const p = await libraryPeople(t);
    const res = await postMultipart(
      p.coordinator.browser,
      '/austausch/methoden/neu',
      textItem({
        art: 'link',
        titel: 'x'.repeat(161),
        adresse: 'javascript:alert(1)',
        zusammenfassung: 'Meine Notiz',
      }),
    );
    expect(res.statusCode).toBe(422);
    const page = text(res.body);
    expect(page).toContain('Titel: Der Titel darf höchstens 160 Zeichen lang sein.');
    expect(page).toContain(
      'Adresse des Links: Bitte geben Sie eine vollständige Adresse ein, die mit https:// oder http:// beginnt.',
    );
    expect(res.body).toContain('Meine Notiz');
    expect(res.body).toContain('value="javascript:alert(1)"');

    // Without the form's CSRF token nothing is written.
    const forged = await postMultipart(
      p.coordinator.browser,
      '/austausch/methoden/neu',
      textItem({ titel: 'Untergeschoben' }),
      undefined,
      undefined,
      'falsch',
    );
    expect(forged.statusCode).toBe(403);
    expect(
      await t.db.select().from(libraryItems).where(eq(libraryItems.title, 'Untergeschoben')),
    ).toHaveLength(0);

    const empty = await postMultipart(p.coordinator.browser, '/austausch/methoden/neu', { art: 'text' });
    expect(empty.statusCode).toBe(422);
    const messages = text(empty.body);
    expect(messages).toContain('Titel: Bitte geben Sie einen Titel ein.');
    expect(messages).toContain('Bitte wählen Sie eine Kategorie.');
    expect(messages).toContain('Text: Bitte geben Sie den Text ein.');

    const long = await postMultipart(
      p.coordinator.browser,
      '/austausch/methoden/neu',
      textItem({ text: 'Wort '.repeat(40_000) }),
    );
    expect(long.statusCode).toBe(422);
    expect(text(long.body)).toContain('Der Text darf höchstens 20.000 Zeichen lang sein.');
    expect(long.body.length).toBeGreaterThan(200_000);

    const noFile = await postMultipart(
      p.coordinator.browser,
      '/austausch/methoden/neu',
      textItem({ art: 'dokument' }),
    );
    expect(noFile.statusCode).toBe(422);
    expect(text(noFile.body)).toContain('Datei: Bitte wählen Sie eine Datei aus.');
  });

  it('takes a real PDF, refuses a text file named .pdf, and serves the file as a download', async () => {
    const p = await libraryPeople(t);
    const renamed = await postMultipart(
      p.coordinator.browser,
      '/austausch/methoden/neu',
      textItem({ art: 'dokument', titel: 'Vorlage Zielvereinbarung' }),
      { name: 'vorlage.pdf', content: Buffer.from('Das ist nur Text, kein PDF.\n'.repeat(20)) },
    );
    expect(renamed.statusCode).toBe(422);
    expect(text(renamed.body)).toContain('Diese Datei können wir nicht annehmen. Erlaubt sind PDF');
    expect(renamed.body).toContain('value="Vorlage Zielvereinbarung"');

    // A good file with an error elsewhere: the texts stay, the file must be chosen again.
    const again = await postMultipart(
      p.coordinator.browser,
      '/austausch/methoden/neu',
      textItem({ art: 'dokument', titel: '' }),
      { name: 'vorlage.pdf', content: minimalPdf() },
    );
    expect(again.statusCode).toBe(422);
    expect(text(again.body)).toContain('Wählen Sie die Datei bitte noch einmal aus');

    const id = await createItem(
      t,
      p.coordinator.browser,
      { art: 'dokument', titel: 'Vorlage Zielvereinbarung', kategorie: 'zielvereinbarung' },
      { name: 'Vorlage Zielvereinbarung.pdf', content: minimalPdf('Vorlage') },
    );
    const page = text((await p.mentee.browser.get(`/austausch/methoden/${id}`)).body);
    expect(page).toMatch(/Vorlage Zielvereinbarung\.pdf herunterladen \(\d{3} B\)/);
    expect(page).toContain('Zielvereinbarung');

    const download = await p.mentee.browser.get(`/austausch/methoden/${id}/datei`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toMatch(
      /^attachment; filename="Vorlage Zielvereinbarung.pdf"/,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.subarray(0, 8).toString()).toBe('%PDF-1.4');

    // A text material has no file to download.
    const textId = await createItem(t, p.coordinator.browser, { titel: 'Ein Text ohne Datei' });
    expect((await p.mentee.browser.get(`/austausch/methoden/${textId}/datei`)).statusCode).toBe(404);

    // Replacing the file on an edit drops the old one; turning it into a link drops the file.
    const edit = `/austausch/methoden/${id}/bearbeiten`;
    const [before] = await t.db.select().from(libraryItems).where(eq(libraryItems.id, id));
    const replaced = await postMultipart(
      p.coordinator.browser,
      edit,
      textItem({ art: 'dokument', titel: 'Vorlage Zielvereinbarung', kategorie: 'zielvereinbarung' }),
      { name: 'neu.pdf', content: minimalPdf('Neu') },
      edit,
    );
    expect(replaced.statusCode).toBe(303);
    expect(
      await t.db.select().from(communityFiles).where(eq(communityFiles.id, before!.fileId!)),
    ).toHaveLength(0);
    const kept = await postMultipart(
      p.coordinator.browser,
      edit,
      textItem({ art: 'dokument', titel: 'Vorlage Zielvereinbarung', kategorie: 'zielvereinbarung' }),
      undefined,
      edit,
    );
    expect(kept.statusCode).toBe(303);
    expect(text((await p.mentee.browser.get(`/austausch/methoden/${id}`)).body)).toContain(
      'neu.pdf herunterladen',
    );
  });

  it('shows a link as external with rel="noopener", a text rendered, and the checklist as a list', async () => {
    const p = await libraryPeople(t);
    const link = await createItem(t, p.coordinator.browser, {
      art: 'link',
      titel: 'Die Kommunalrichtlinie',
      kategorie: 'foerderung',
      adresse: 'https://www.klimaschutz.de/kommunalrichtlinie',
      text: '',
    });
    const linkPage = await p.mentee.browser.get(`/austausch/methoden/${link}`);
    expect(linkPage.body).toContain('href="https://www.klimaschutz.de/kommunalrichtlinie" rel="noopener"');
    expect(text(linkPage.body)).toContain('Zur Seite www.klimaschutz.de (externer Link');

    const withList = await createItem(t, p.coordinator.browser, {
      titel: 'Gespräche vorbereiten',
      text: 'Planen Sie **zehn Minuten** ein. <script>alert(1)</script>',
      checkliste: 'Themen rekapitulieren\n\n- Termin vereinbaren\n',
    });
    const page = await p.mentee.browser.get(`/austausch/methoden/${withList}`);
    expect(page.body).toContain('<strong>zehn Minuten</strong>');
    expect(page.body).not.toContain('<script>alert(1)');
    expect(page.body).toMatch(
      /<h2[^>]*id="checkliste"[^>]*>Checkliste<\/h2><ul class="kern-list"><li>Themen rekapitulieren<\/li><li>Termin vereinbaren<\/li><\/ul>/,
    );
  });
});

describe('the library page', () => {
  it('lists materials by category with kind and audience, filters by a GET form, and indexes them for the search', async () => {
    const p = await libraryPeople(t);
    const id = await createItem(t, p.coordinator.browser, {
      titel: 'Aktionsplan gegen Hitze im Mentoring besprechen',
      kategorie: 'kick_off',
      zusammenfassung: 'Wie Sie einen Hitzeaktionsplan im Kick-off ansprechen.',
    });
    await createItem(t, p.coordinator.browser, { titel: 'Zuhören lernen', zielgruppe: 'mentorinnen' });
    const all = text((await p.mentor.browser.get('/austausch/methoden')).body);
    expect(all).toContain('Kick-off Aktionsplan gegen Hitze im Mentoring besprechen Text Beide Programme');
    expect(all).toContain('Wie Sie einen Hitzeaktionsplan im Kick-off ansprechen.');
    expect(all).toContain('Zuhören lernen Text Nur für Mentor*innen');

    const filtered = text((await p.mentor.browser.get('/austausch/methoden?kategorie=kick_off')).body);
    expect(filtered).toContain('Aktionsplan gegen Hitze');
    expect(filtered).not.toContain('Zuhören lernen');
    expect((await p.mentor.browser.get('/austausch/methoden?kategorie=unsinn&seite=x')).statusCode).toBe(200);

    expect(await found('Hitzeaktionsplan')).toContain(id);
    const edited = await postMultipart(
      p.coordinator.browser,
      `/austausch/methoden/${id}/bearbeiten`,
      textItem({ titel: 'Starkregen im Kick-off', kategorie: 'kick_off' }),
      undefined,
      `/austausch/methoden/${id}/bearbeiten`,
    );
    expect(edited.statusCode).toBe(303);
    expect(await found('Starkregen')).toContain(id);
  });

  it('shows 25 materials a page, with the filter kept in the page links', async () => {
    const p = await libraryPeople(t);
    await t.db.insert(libraryItems).values(
      Array.from({ length: 27 }, (_, i) => ({
        kind: 'text' as const,
        category: 'netzwerke' as const,
        title: `Netzwerk-Material ${String(i + 1).padStart(2, '0')}`,
        body: 'Text',
      })),
    );
    const first = await p.mentee.browser.get('/austausch/methoden?kategorie=netzwerke');
    expect(text(first.body)).toContain('27 Materialien');
    expect(text(first.body)).toContain('Seite 1 von 2');
    expect(text(first.body)).not.toContain('Netzwerk-Material 26');
    expect(first.body).toContain('href="/austausch/methoden?kategorie=netzwerke&amp;seite=2"');
    const second = text((await p.mentee.browser.get('/austausch/methoden?kategorie=netzwerke&seite=2')).body);
    expect(second).toContain('Netzwerk-Material 26');
    expect(second).toContain('Netzwerk-Material 27');
  });
});
