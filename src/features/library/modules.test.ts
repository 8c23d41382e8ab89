import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { text } from '../../../test/helpers/client.ts';
import { createItem, createModule, libraryPeople } from '../../../test/support/library.ts';
import { programmes } from '../../db/schema/index.ts';

const t = useTestApp();

const programmeId = async (slug: string) =>
  (await t.db.select().from(programmes).where(eq(programmes.slug, slug)))[0]!.id;

describe('training modules', () => {
  it('a coordinator orders materials into a module and publishes it; mentors mark it done and see their progress; coordinators see counts only', async () => {
    const p = await libraryPeople(t);
    const klimaschutz = await programmeId('klimaschutz');
    const first = await createItem(t, p.coordinator.browser, {
      titel: 'Erstes Material',
      zielgruppe: 'mentorinnen',
    });
    const second = await createItem(t, p.coordinator.browser, { titel: 'Zweites Material' });
    const unused = await createItem(t, p.coordinator.browser, { titel: 'Nicht im Modul' });

    // A wrong position is named next to its material; what was typed stays.
    const wrong = await p.coordinator.browser.post(
      '/austausch/methoden/schulung/neu',
      {
        titel: 'Gut starten',
        zielgruppe: 'mentorinnen',
        programm: klimaschutz,
        [`position-${first}`]: 'zwei',
      },
      { tokenFrom: '/austausch/methoden/schulung/neu' },
    );
    expect(wrong.statusCode).toBe(422);
    expect(text(wrong.body)).toContain(
      'Erstes Material: Bitte geben Sie eine ganze Zahl von 1 bis 99 ein oder lassen Sie das Feld leer.',
    );
    expect(wrong.body).toContain('value="zwei"');
    expect(wrong.body).toContain('value="Gut starten"');

    const id = await createModule(
      p.coordinator.browser,
      { titel: 'Mentor*innen-Schulung: Gut starten', programm: klimaschutz },
      { [second]: 2, [first]: 1 },
    );
    const other = await createModule(p.coordinator.browser, { titel: 'Zweites Modul' }, { [unused]: 1 });
    const page = `/austausch/methoden/schulung/${id}`;

    // Not yet published: only those who curate it see it.
    expect((await p.mentor.browser.get(page)).statusCode).toBe(404);
    expect(text((await p.mentor.browser.get('/austausch/methoden/schulung')).body)).not.toContain(
      'Gut starten',
    );
    for (const m of [id, other]) {
      const published = await p.coordinator.browser.post(
        `/austausch/methoden/schulung/${m}/veroeffentlichen`,
        { veroeffentlicht: 'ja' },
        { tokenFrom: `/austausch/methoden/schulung/${m}` },
      );
      expect(published.statusCode).toBe(303);
    }

    const modulePage = text((await p.mentor.browser.get(page)).body);
    expect(modulePage.indexOf('Erstes Material')).toBeLessThan(modulePage.indexOf('Zweites Material'));
    expect(modulePage).not.toContain('Nicht im Modul');
    expect(modulePage).toContain('Modul als abgeschlossen markieren');
    expect(text((await p.mentor.browser.get('/austausch/methoden/schulung')).body)).toContain(
      'Sie haben 0 von 2 Modulen abgeschlossen.',
    );

    const done = await p.mentor.browser.post(`${page}/abschliessen`, { erledigt: 'ja' }, { tokenFrom: page });
    expect(done.statusCode).toBe(303);
    const after = text((await p.mentor.browser.get(page)).body);
    expect(after).toContain('Sie haben dieses Modul am');
    expect(after).toContain('Markierung zurücknehmen');
    expect(text((await p.mentor.browser.get('/austausch/methoden/schulung')).body)).toContain(
      'Sie haben 1 von 2 Modulen abgeschlossen.',
    );
    expect(text((await p.mentor.browser.get('/austausch/methoden')).body)).toContain(
      'Sie haben 1 von 2 Modulen abgeschlossen.',
    );
    // Marking twice changes nothing.
    await p.mentor.browser.post(`${page}/abschliessen`, { erledigt: 'ja' }, { tokenFrom: page });

    const list = await p.coordinator.browser.get('/austausch/methoden/schulung');
    expect(text(list.body)).toContain('Abgeschlossen von 1 Mentor*in');
    expect(text(list.body)).toContain('Noch von keiner Mentor*in abgeschlossen');
    expect(list.body).not.toContain('Jonas Mentor');
    expect(text((await p.coordinator.browser.get(page)).body)).toContain('Abgeschlossen von 1 Mentor*in');
    expect((await p.coordinator.browser.get(page)).body).not.toContain('Jonas Mentor');

    // The mentee does not see a module for mentors; the other programme's people do not see this one.
    expect((await p.mentee.browser.get(page)).statusCode).toBe(404);
    expect(text((await p.mentee.browser.get('/austausch/methoden/schulung')).body)).toContain(
      'Die Mentor*innen-Schulung richtet sich an Mentor*innen.',
    );
    expect((await p.mentee.browser.post(`${page}/abschliessen`, { erledigt: 'ja' })).statusCode).toBe(404);
    expect((await p.otherCoordinator.get(page)).statusCode).toBe(404);
    expect((await p.otherCoordinator.get(`${page}/bearbeiten`)).statusCode).toBe(404);
    expect((await p.mentor.browser.get(`${page}/bearbeiten`)).statusCode).toBe(403);

    const undo = await p.mentor.browser.post(
      `${page}/abschliessen`,
      { erledigt: 'nein' },
      { tokenFrom: page },
    );
    expect(undo.statusCode).toBe(303);
    expect(text((await p.coordinator.browser.get(page)).body)).toContain(
      'Noch von keiner Mentor*in abgeschlossen',
    );
  });

  it('edits a module’s order and refuses a material of another programme', async () => {
    const p = await libraryPeople(t);
    const klimaschutz = await programmeId('klimaschutz');
    const klimaanpassung = await programmeId('klimaanpassung');
    const a = await createItem(t, p.coordinator.browser, { titel: 'Material A' });
    const b = await createItem(t, p.coordinator.browser, { titel: 'Material B', programm: klimaschutz });
    const id = await createModule(
      p.coordinator.browser,
      { titel: 'Reihenfolge', programm: klimaschutz },
      { [a]: 1, [b]: 2 },
    );
    const edit = `/austausch/methoden/schulung/${id}/bearbeiten`;
    const form = await p.coordinator.browser.get(edit);
    expect(form.body).toContain(`name="position-${a}" type="text" inputmode="numeric" size="3" value="1"`);

    const swapped = await p.coordinator.browser.post(
      edit,
      {
        titel: 'Reihenfolge',
        zielgruppe: 'mentorinnen',
        programm: klimaschutz,
        [`position-${a}`]: '2',
        [`position-${b}`]: '1',
      },
      { tokenFrom: edit },
    );
    expect(swapped.statusCode).toBe(303);
    const page = text((await p.coordinator.browser.get(`/austausch/methoden/schulung/${id}`)).body);
    expect(page.indexOf('Material B')).toBeLessThan(page.indexOf('Material A'));

    // The up and down buttons on the module's page swap neighbours.
    const modulePage = `/austausch/methoden/schulung/${id}`;
    const buttons = text((await p.coordinator.browser.get(modulePage)).body);
    expect(buttons).toContain('Nach unten „Material B“');
    expect(buttons).toContain('Nach oben „Material A“');
    const up = await p.coordinator.browser.post(
      `${modulePage}/reihenfolge`,
      { material: a, richtung: 'hoch' },
      { tokenFrom: modulePage },
    );
    expect(up.statusCode).toBe(303);
    const reordered = text((await p.coordinator.browser.get(modulePage)).body);
    expect(reordered.indexOf('Material A')).toBeLessThan(reordered.indexOf('Material B'));
    expect(
      (await p.mentor.browser.post(`${modulePage}/reihenfolge`, { material: a, richtung: 'runter' }))
        .statusCode,
    ).toBe(403);
    await p.coordinator.browser.post(
      `${modulePage}/reihenfolge`,
      { material: a, richtung: 'runter' },
      { tokenFrom: modulePage },
    );

    // An admin moves the module to the other programme, keeping a klimaschutz material: refused.
    const moved = await p.admin.post(
      edit,
      { titel: 'Reihenfolge', zielgruppe: 'mentorinnen', programm: klimaanpassung, [`position-${b}`]: '1' },
      { tokenFrom: edit },
    );
    expect(moved.statusCode).toBe(422);
    expect(text(moved.body)).toContain(
      'Material B: Dieses Material gehört zu einem anderen Programm als das Modul.',
    );

    const deleted = await p.coordinator.browser.post(
      `/austausch/methoden/schulung/${id}/loeschen`,
      {},
      { tokenFrom: edit },
    );
    expect(deleted.statusCode).toBe(303);
    expect((await p.coordinator.browser.get(`/austausch/methoden/schulung/${id}`)).statusCode).toBe(404);
    expect((await p.coordinator.browser.get(`/austausch/methoden/${a}`)).statusCode).toBe(200);
  });
});
