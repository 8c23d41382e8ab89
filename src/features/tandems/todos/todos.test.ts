import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { createTandem } from '../../../../test/support/tandems.ts';
import { htmxPost, todosOf } from '../../../../test/support/tandems-meetings.ts';
import { tandems, todos } from '../../../db/schema/index.ts';

const t = useTestApp();

async function addTodo(tandemId: string, title: string, over: Partial<typeof todos.$inferInsert> = {}) {
  const [row] = await t.db
    .insert(todos)
    .values({ tandemId, title, owner: 'both', ...over })
    .returning();
  return row!;
}

describe('to-dos', () => {
  it('are added with owner and due date; bad input is a 422 that keeps what was typed', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const url = `/tandems/${pair.id}/aufgaben`;
    const page = await pair.menteeBrowser.get(url);
    expect(page.statusCode).toBe(200);
    expect(text(page.body)).toContain('Neue Aufgabe');

    const res = await pair.menteeBrowser.post(url, {
      titel: 'Förderaufruf lesen',
      zustaendig: 'mentee',
      faellig: '4.12.2026',
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(url);
    const [row] = await todosOf(t, pair.id);
    expect(row).toMatchObject({
      title: 'Förderaufruf lesen',
      owner: 'mentee',
      dueOn: '2026-12-04',
      doneAt: null,
    });
    const after = text((await pair.mentorBrowser.get(url)).body);
    expect(after).toContain('Offene Aufgaben (1)');
    expect(after).toContain('Förderaufruf lesen Zuständig: Mentee · fällig am 04.12.2026');

    const bad = await pair.menteeBrowser.post(url, {
      titel: '',
      zustaendig: 'koordination',
      faellig: 'bald',
    });
    expect(bad.statusCode).toBe(422);
    const badText = text(bad.body);
    expect(badText).toContain('Bitte beschreiben Sie die Aufgabe.');
    expect(badText).toContain('Bitte wählen Sie, wer für die Aufgabe zuständig ist.');
    expect(badText).toContain('Bitte geben Sie das Fälligkeitsdatum im Format TT.MM.JJJJ ein');
    expect(bad.body).toContain('value="bald"');
    const long = await pair.menteeBrowser.post(url, { titel: 'x'.repeat(301), zustaendig: 'both' });
    expect(long.statusCode).toBe(422);
    expect(text(long.body)).toContain('Die Aufgabe darf höchstens 300 Zeichen lang sein.');
    expect(await todosOf(t, pair.id)).toHaveLength(1);
  });

  it('are ticked off with a plain form and a 303 back, without JavaScript', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const todo = await addTodo(pair.id, 'Kontakt zur Kämmerei vermitteln', { owner: 'mentor' });
    const workspace = await pair.mentorBrowser.get(`/tandems/${pair.id}`);
    expect(text(workspace.body)).toContain('Offene Aufgaben Kontakt zur Kämmerei vermitteln');
    expect(workspace.body).toContain(`action="/tandems/${pair.id}/aufgaben/${todo.id}"`);
    expect(workspace.body).toContain('data-hx-swap="outerHTML"');

    const res = await pair.mentorBrowser.post(`/tandems/${pair.id}/aufgaben/${todo.id}`, {
      erledigt: 'ja',
      zurueck: `/tandems/${pair.id}#aufgaben`,
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/tandems/${pair.id}#aufgaben`);
    const [row] = await todosOf(t, pair.id);
    expect(row!.doneAt).toEqual(t.clock.now());
    const back = text((await pair.mentorBrowser.get(`/tandems/${pair.id}`)).body);
    expect(back).toContain('Aufgabe erledigt.');
    expect(back).toContain('Zurzeit sind keine Aufgaben offen.');
    const all = text((await pair.menteeBrowser.get(`/tandems/${pair.id}/aufgaben`)).body);
    expect(all).toContain('Erledigte Aufgaben (1) Kontakt zur Kämmerei vermitteln (erledigt)');
    expect(all).toContain('erledigt am 20.11.2026');

    // Sent twice (or by both at once): the state both meant, not a second toggle.
    await pair.menteeBrowser.post(`/tandems/${pair.id}/aufgaben/${todo.id}`, { erledigt: 'ja' });
    expect((await todosOf(t, pair.id))[0]!.doneAt).toEqual(t.clock.now());

    // A return address outside the tandem is not followed.
    const away = await pair.menteeBrowser.post(`/tandems/${pair.id}/aufgaben/${todo.id}`, {
      erledigt: 'nein',
      zurueck: 'https://example.org/',
    });
    expect(away.headers.location).toBe(`/tandems/${pair.id}/aufgaben`);
    expect((await todosOf(t, pair.id))[0]!.doneAt).toBeNull();
  });

  it('are ticked off in place with htmx: only that list item comes back, and the live region says so', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const todo = await addTodo(pair.id, 'Wärmeplanung lesen');
    const res = await htmxPost(t, pair.menteeBrowser, `/tandems/${pair.id}/aufgaben/${todo.id}`, {
      erledigt: 'ja',
      zurueck: `/tandems/${pair.id}#aufgaben`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<html');
    expect(res.body.startsWith(`<li id="aufgabe-${todo.id}">`)).toBe(true);
    expect(text(res.body)).toContain('Wärmeplanung lesen (erledigt)');
    expect(text(res.body)).toContain('Wieder öffnen');
    expect(res.body).toContain(
      '<p id="aufgaben-meldung" data-hx-swap-oob="innerHTML">Aufgabe erledigt: Wärmeplanung lesen</p>',
    );
    expect(res.body).toContain('name="erledigt" value="nein"');
    // The workspace shows no counts, so none come back.
    expect(res.body).not.toContain('offene-aufgaben');
    // The page the item is swapped into has the polite live region.
    const page = await pair.menteeBrowser.get(`/tandems/${pair.id}/aufgaben`);
    expect(page.body).toContain(
      '<p id="aufgaben-meldung" class="kern-sr-only" role="status" aria-live="polite">',
    );

    const reopened = await htmxPost(t, pair.menteeBrowser, `/tandems/${pair.id}/aufgaben/${todo.id}`, {
      erledigt: 'nein',
    });
    expect(reopened.body).toContain('Aufgabe wieder offen: Wärmeplanung lesen');
    // On the to-dos page both headings come back with the new counts.
    expect(reopened.body).toContain(
      '<h2 class="kern-heading-medium" id="offene-aufgaben" data-hx-swap-oob="true">Offene Aufgaben (1)</h2>',
    );
    expect(reopened.body).toContain(
      '<h2 class="kern-heading-medium" id="erledigte-aufgaben" data-hx-swap-oob="true">Erledigte Aufgaben (0)</h2>',
    );
    expect((await todosOf(t, pair.id))[0]!.doneAt).toBeNull();
  });

  it('say “überfällig” in words and stand on the next meeting’s agenda', async () => {
    const pair = await createTandem(t, { status: 'active' });
    await addTodo(pair.id, 'Ratsvorlage entwerfen', { dueOn: '2026-11-19', owner: 'mentee' });
    await addTodo(pair.id, 'Termin mit dem Bauamt', { dueOn: '2026-11-20' });
    const page = text((await pair.menteeBrowser.get(`/tandems/${pair.id}`)).body);
    expect(page).toContain('Ratsvorlage entwerfen Überfällig seit 19.11.2026 Zuständig: Mentee');
    expect(page).toContain('Termin mit dem Bauamt Zuständig: Beide · fällig am 20.11.2026');
    expect(page).not.toContain('Überfällig seit 20.11.2026');
  });

  it('answer 404 for another tandem’s to-do and 409 once the tandem has ended', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const other = await createTandem(t, { status: 'active' });
    const foreign = await addTodo(other.id, 'Fremde Aufgabe');
    const res = await pair.menteeBrowser.post(`/tandems/${pair.id}/aufgaben/${foreign.id}`, {
      erledigt: 'ja',
    });
    expect(res.statusCode).toBe(404);
    expect(
      (await pair.menteeBrowser.post(`/tandems/${pair.id}/aufgaben/nicht-da`, { erledigt: 'ja' })).statusCode,
    ).toBe(404);
    expect((await todosOf(t, other.id))[0]!.doneAt).toBeNull();

    const own = await addTodo(pair.id, 'Eigene Aufgabe');
    const bad = await pair.menteeBrowser.post(`/tandems/${pair.id}/aufgaben/${own.id}`, {
      erledigt: 'vielleicht',
    });
    expect(bad.statusCode).toBe(422);
    expect(text(bad.body)).toContain('Diese Änderung der Aufgabe konnten wir nicht speichern.');
    expect(bad.body).toContain('href="#feld-aufgaben"');
    expect(bad.body).toContain('id="feld-aufgaben"');
    await t.db
      .update(tandems)
      .set({ status: 'ended', endedAt: t.clock.now() })
      .where(eq(tandems.id, pair.id));
    const ended = await pair.menteeBrowser.post(`/tandems/${pair.id}/aufgaben/${own.id}`, { erledigt: 'ja' });
    expect(ended.statusCode).toBe(409);
    expect(text(ended.body)).toContain('Dieses Tandem ist beendet');
    const list = await pair.menteeBrowser.get(`/tandems/${pair.id}/aufgaben`);
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain('Als erledigt markieren');
  });
});
