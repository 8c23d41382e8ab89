import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { type TestClient, text } from '../../../test/helpers/client.ts';
import { createUser, loginAs } from '../../../test/helpers/factories.ts';
import { programmeCoordinators, programmes, topics } from '../../db/schema/index.ts';

const t = useTestApp();
let coordinator: TestClient;
let klimaschutzId: string;
beforeAll(async () => {
  // The factory's coordinator coordinates 'klimaschutz'.
  coordinator = await loginAs(t, await createUser(t.db, { kind: 'coordinator' }));
  klimaschutzId = (await t.db.select().from(programmes).where(eq(programmes.slug, 'klimaschutz')))[0]!.id;
});

const LIST = '/programme/klimaschutz/themen';

/** The id of a topic, looked up by its label (the page shows it in the form addresses). */
async function topicId(label: string) {
  const [row] = await t.db
    .select()
    .from(topics)
    .where(and(eq(topics.programmeId, klimaschutzId), eq(topics.label, label)));
  return row!.id;
}

/** The visible labels of the current topics in their order, and those of the archived ones. */
async function lists(client = coordinator) {
  const body = (await client.get(LIST)).body;
  const [current, archived] = body.split('id="archivierte-themen"') as [string, string];
  const labels = (html: string) =>
    [...html.matchAll(/name="label" type="text" value="([^"]*)"/g)].map((m) => m[1]);
  const archivedLabels = [...archived.matchAll(/<p class="kern-body">([^<]+)<span/g)].map((m) =>
    m[1]!.trim(),
  );
  return { current: labels(current), archived: archivedLabels, body };
}

describe('topic list', () => {
  it('shows the programme’s topics in order to its coordinators', async () => {
    const res = await coordinator.get(LIST);
    expect(res.statusCode).toBe(200);
    expect(text(res.body)).toContain('Themenliste: Mentoring im Klimaschutzmanagement');
    const { current, archived } = await lists();
    expect(current[0]).toBe('die ersten 100 Tage');
    expect(current.at(-1)).toBe('Treibhausgasbilanz und Controlling');
    expect(current).toHaveLength(14);
    expect(archived).toEqual([]);
  });

  it('adds a topic at the end', async () => {
    const res = await coordinator.post(LIST, { label: '  Hitze-Aktionsplan  ' });
    expect(res.statusCode).toBe(303);
    const page = await lists();
    expect(text(page.body)).toContain('Das Thema wurde am Ende der Liste hinzugefügt.');
    expect(page.current.at(-1)).toBe('Hitze-Aktionsplan');
  });

  it('refuses an empty label and one that is already in the list, ignoring case', async () => {
    const empty = await coordinator.post(LIST, { label: ' ' });
    expect(empty.statusCode).toBe(422);
    expect(text(empty.body)).toContain('Bitte geben Sie eine Bezeichnung für das Thema ein.');

    const duplicate = await coordinator.post(LIST, { label: 'WÄRMEPLANUNG' });
    expect(duplicate.statusCode).toBe(422);
    expect(text(duplicate.body)).toContain('Ein Thema mit dieser Bezeichnung steht schon in der Liste.');
    expect(duplicate.body).toContain('href="#feld-label"');
    expect(duplicate.body).toContain('id="feld-label" name="label" type="text" value="WÄRMEPLANUNG"');
    expect((await lists()).current.filter((l) => l?.toLowerCase() === 'wärmeplanung')).toHaveLength(1);
  });

  it('renames a topic, but not to the label of another', async () => {
    const id = await topicId('Mobilität');
    const res = await coordinator.post(`${LIST}/${id}`, { label: 'Mobilität und Verkehr' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${LIST}#thema-${id}`);
    expect((await lists()).current).toContain('Mobilität und Verkehr');

    const clash = await coordinator.post(`${LIST}/${id}`, { label: 'projektmanagement' });
    expect(clash.statusCode).toBe(422);
    expect(clash.body).toContain(`href="#feld-thema-${id}"`);
    expect(clash.body).toContain(`id="feld-thema-${id}" name="label" type="text" value="projektmanagement"`);
    expect(text(clash.body)).toContain('Ein Thema mit dieser Bezeichnung steht schon in der Liste.');
    // Changing only the case of its own label is fine.
    expect((await coordinator.post(`${LIST}/${id}`, { label: 'mobilität und Verkehr' })).statusCode).toBe(
      303,
    );
  });

  it('moves a topic up and down, swapping it with its neighbour', async () => {
    const id = await topicId('Wärmeplanung');
    const before = (await lists()).current;
    const at = before.indexOf('Wärmeplanung');
    const up = await coordinator.post(`${LIST}/${id}/position`, { richtung: 'hoch' });
    expect(up.statusCode).toBe(303);
    const after = (await lists()).current;
    expect(after[at - 1]).toBe('Wärmeplanung');
    expect(after[at]).toBe(before[at - 1]);
    expect(after).toHaveLength(before.length);

    await coordinator.post(`${LIST}/${id}/position`, { richtung: 'runter' });
    expect((await lists()).current).toEqual(before);

    // At the top nothing moves further up.
    const first = await topicId('die ersten 100 Tage');
    expect((await coordinator.post(`${LIST}/${first}/position`, { richtung: 'hoch' })).statusCode).toBe(303);
    expect((await lists()).current).toEqual(before);
    expect((await coordinator.post(`${LIST}/${first}/position`, { richtung: 'seitwärts' })).statusCode).toBe(
      400,
    );
  });

  it('archives a topic instead of deleting it, and restores it at the end', async () => {
    const id = await topicId('Beteiligung');
    const res = await coordinator.post(`${LIST}/${id}/archiv`);
    expect(res.statusCode).toBe(303);
    let page = await lists();
    expect(text(page.body)).toContain('Das Thema wurde archiviert.');
    expect(page.current).not.toContain('Beteiligung');
    expect(page.archived).toEqual(['Beteiligung']);
    expect(text(page.body)).toContain('Archivierte Themen (1)');

    // An archived topic can be neither moved nor archived again.
    expect((await coordinator.post(`${LIST}/${id}/position`, { richtung: 'hoch' })).statusCode).toBe(404);
    expect((await coordinator.post(`${LIST}/${id}/archiv`)).statusCode).toBe(404);

    expect((await coordinator.post(`${LIST}/${id}/wiederherstellen`)).statusCode).toBe(303);
    page = await lists();
    expect(page.current.at(-1)).toBe('Beteiligung');
    expect(page.archived).toEqual([]);
  });

  it('does not restore a topic whose label a current topic has taken meanwhile', async () => {
    const id = await topicId('Pressearbeit und Öffentlichkeitsarbeit');
    await coordinator.post(`${LIST}/${id}/archiv`);
    expect(
      (await coordinator.post(LIST, { label: 'Pressearbeit und Öffentlichkeitsarbeit' })).statusCode,
    ).toBe(303);
    const res = await coordinator.post(`${LIST}/${id}/wiederherstellen`);
    expect(res.statusCode).toBe(422);
    expect(text(res.body)).toContain('Dieses Thema kann nicht wiederhergestellt werden');
    expect(res.body).toContain(`href="#feld-archiv-${id}"`);
    expect((await lists()).archived).toEqual(['Pressearbeit und Öffentlichkeitsarbeit']);
  });

  it('lets admins edit every programme’s list', async () => {
    const admin = await loginAs(t, await createUser(t.db, { kind: 'admin' }));
    const res = await admin.get('/programme/klimaanpassung/themen');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('href="/verwaltung/programme"');
    expect((await admin.post('/programme/klimaanpassung/themen', { label: 'Dürre' })).statusCode).toBe(303);
    expect(text((await admin.get('/programme/klimaanpassung/themen')).body)).toContain('Dürre');
  });

  it('is not there for coordinators of another programme, and forbidden to participants', async () => {
    const other = await createUser(t.db, { kind: 'participant', totp: true });
    const [anpassung] = await t.db.select().from(programmes).where(eq(programmes.slug, 'klimaanpassung'));
    await t.db.insert(programmeCoordinators).values({ programmeId: anpassung!.id, userId: other.id });
    const client = await loginAs(t, other);
    expect((await client.get('/programme/klimaanpassung/themen')).statusCode).toBe(200);
    const id = await topicId('Wärmeplanung');
    expect((await client.get(LIST)).statusCode).toBe(404);
    expect((await client.post(LIST, { label: 'Fremdes Thema' })).statusCode).toBe(404);
    expect((await client.post(`${LIST}/${id}`, { label: 'Übernommen' })).statusCode).toBe(404);
    expect((await client.post(`${LIST}/${id}/position`, { richtung: 'hoch' })).statusCode).toBe(404);
    expect((await client.post(`${LIST}/${id}/archiv`)).statusCode).toBe(404);
    expect((await client.post(`${LIST}/${id}/wiederherstellen`)).statusCode).toBe(404);
    // A topic of klimaschutz is not found under klimaanpassung either.
    expect((await client.post(`/programme/klimaanpassung/themen/${id}/archiv`)).statusCode).toBe(404);
    const page = await lists();
    expect(page.current).toContain('Wärmeplanung');
    expect(page.current).not.toContain('Fremdes Thema');

    const participant = await loginAs(t, await createUser(t.db));
    expect((await participant.get(LIST)).statusCode).toBe(403);
    expect((await participant.post(LIST, { label: 'Fremdes Thema' })).statusCode).toBe(403);
    expect((await coordinator.get('/programme/klimafolgen/themen')).statusCode).toBe(404);
  });
});
