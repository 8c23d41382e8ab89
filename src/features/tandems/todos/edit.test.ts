import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/helpers/app.ts';
import { text } from '../../../../test/helpers/client.ts';
import { createTandem, outsiders } from '../../../../test/support/tandems.ts';
import { todosOf } from '../../../../test/support/tandems-meetings.ts';
import { tandems, todos } from '../../../db/schema/index.ts';

const t = useTestApp();

async function addTodo(tandemId: string, title: string) {
  const [row] = await t.db.insert(todos).values({ tandemId, title, owner: 'both' }).returning();
  return row!;
}

describe('changing and deleting a to-do', () => {
  it('lets either member change a to-do; bad input is a German 422 that keeps what was typed', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const todo = await addTodo(pair.id, 'Förderaufruf lesen');
    const url = `/tandems/${pair.id}/aufgaben/${todo.id}/bearbeiten`;
    const list = await pair.menteeBrowser.get(`/tandems/${pair.id}/aufgaben`);
    expect(list.body).toContain(`href="${url}"`);
    const form = await pair.mentorBrowser.get(url);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('value="Förderaufruf lesen"');
    const bad = await pair.mentorBrowser.post(url, { titel: '', zustaendig: 'mentor', faellig: 'bald' });
    expect(bad.statusCode).toBe(422);
    expect(text(bad.body)).toContain('Bitte beschreiben Sie die Aufgabe.');
    expect(bad.body).toContain('value="bald"');
    const saved = await pair.mentorBrowser.post(url, {
      titel: 'Förderaufruf lesen und Fragen notieren',
      zustaendig: 'mentee',
      faellig: '4.12.2026',
    });
    expect(saved.statusCode).toBe(303);
    expect((await todosOf(t, pair.id))[0]).toMatchObject({
      title: 'Förderaufruf lesen und Fragen notieren',
      owner: 'mentee',
      dueOn: '2026-12-04',
    });
    expect(text((await pair.mentorBrowser.get(String(saved.headers.location))).body)).toContain(
      'Die Aufgabe ist geändert.',
    );
  });

  it('deletes a to-do only after the question, which works without JavaScript', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const todo = await addTodo(pair.id, 'Termin mit dem Bauamt');
    const url = `/tandems/${pair.id}/aufgaben/${todo.id}/loeschen`;
    const list = await pair.menteeBrowser.get(`/tandems/${pair.id}/aufgaben`);
    expect(list.body).toContain(`href="${url}"`);
    expect(list.body).not.toContain(`action="${url}"`);
    const question = await pair.menteeBrowser.get(url);
    expect(question.statusCode).toBe(200);
    expect(text(question.body)).toContain(
      'Möchten Sie die Aufgabe „Termin mit dem Bauamt“ wirklich löschen?',
    );
    expect(question.body).toContain(`action="${url}"`);
    expect(question.body).toContain(`href="/tandems/${pair.id}/aufgaben"`);
    expect(await todosOf(t, pair.id)).toHaveLength(1);
    const deleted = await pair.menteeBrowser.post(url);
    expect(deleted.statusCode).toBe(303);
    expect(await todosOf(t, pair.id)).toHaveLength(0);
    expect(text((await pair.menteeBrowser.get(String(deleted.headers.location))).body)).toContain(
      'Die Aufgabe ist gelöscht.',
    );
  });

  it('answers 404 to anyone but the members and for another tandem’s to-do; 409 once ended', async () => {
    const pair = await createTandem(t, { status: 'active' });
    const other = await createTandem(t, { status: 'active' });
    const todo = await addTodo(pair.id, 'Eigene Aufgabe');
    const foreign = await addTodo(other.id, 'Fremde Aufgabe');
    const staff = await outsiders(t);
    for (const rest of ['bearbeiten', 'loeschen']) {
      const url = `/tandems/${pair.id}/aufgaben/${todo.id}/${rest}`;
      for (const browser of [staff.coordinator, staff.admin, staff.participant, other.menteeBrowser]) {
        expect((await browser.get(url)).statusCode).toBe(404);
        expect((await browser.post(url, { titel: 'x', zustaendig: 'both' })).statusCode).toBe(404);
      }
      const wrong = `/tandems/${pair.id}/aufgaben/${foreign.id}/${rest}`;
      expect((await pair.menteeBrowser.post(wrong, { titel: 'x', zustaendig: 'both' })).statusCode).toBe(404);
    }
    expect((await todosOf(t, pair.id))[0]!.title).toBe('Eigene Aufgabe');
    expect(await todosOf(t, other.id)).toHaveLength(1);

    await t.db
      .update(tandems)
      .set({ status: 'ended', endedAt: t.clock.now() })
      .where(eq(tandems.id, pair.id));
    for (const rest of ['bearbeiten', 'loeschen']) {
      const url = `/tandems/${pair.id}/aufgaben/${todo.id}/${rest}`;
      expect((await pair.menteeBrowser.get(url)).statusCode).toBe(409);
      const res = await pair.menteeBrowser.post(url, { titel: 'x', zustaendig: 'both' });
      expect(res.statusCode).toBe(409);
      expect(text(res.body)).toContain('Dieses Tandem ist beendet');
    }
    expect(await todosOf(t, pair.id)).toHaveLength(1);
  });
});
