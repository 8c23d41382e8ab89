import { eq } from 'drizzle-orm';
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
import { communitySearch, programmes } from '../../db/schema/index.ts';

const t = useTestApp();

const status = async (b: { get(u: string): Promise<{ statusCode: number }> }, url: string) =>
  (await b.get(url)).statusCode;

const programmeId = async (slug: string) =>
  (await t.db.select().from(programmes).where(eq(programmes.slug, slug)))[0]!.id;

describe('who sees which material', () => {
  it('hides a material for mentors from a mentee: not listed, its page and file a 404', async () => {
    const p = await libraryPeople(t);
    const id = await createItem(
      t,
      p.coordinator.browser,
      { art: 'dokument', titel: 'Gesprächstechniken für Mentor*innen', zielgruppe: 'mentorinnen', text: '' },
      { name: 'techniken.pdf', content: minimalPdf('Techniken') },
    );
    const page = `/austausch/methoden/${id}`;

    const forMentor = text((await p.mentor.browser.get('/austausch/methoden')).body);
    expect(forMentor).toContain('Gesprächstechniken für Mentor*innen');
    expect(forMentor).toContain('Nur für Mentor*innen');
    expect(await status(p.mentor.browser, page)).toBe(200);
    expect(await status(p.mentor.browser, `${page}/datei`)).toBe(200);

    const forMentee = (await p.mentee.browser.get('/austausch/methoden')).body;
    expect(forMentee).not.toContain('Gesprächstechniken');
    expect(await status(p.mentee.browser, page)).toBe(404);
    expect(await status(p.mentee.browser, `${page}/datei`)).toBe(404);

    // Coordinators and admins see materials for mentors; the not yet accepted nothing at all.
    expect(await status(p.coordinator.browser, page)).toBe(200);
    expect(await status(p.admin, page)).toBe(200);
    expect(await status(p.registered, page)).toBe(403);
    expect(await status(p.registered, '/austausch/methoden')).toBe(403);
    const anonymous = await t.app.inject({ url: page });
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toContain('/anmelden');

    // The search index marks it, so that the search shows it to mentors only.
    const [entry] = await t.db.select().from(communitySearch).where(eq(communitySearch.id, id));
    expect(entry?.mentorsOnly).toBe(true);
  });

  it('shows a programme’s material to its people only; one for both programmes to everyone', async () => {
    const p = await libraryPeople(t);
    const klimaschutz = await programmeId('klimaschutz');
    const own = await createItem(t, p.coordinator.browser, {
      titel: 'Nur Klimaschutz',
      programm: klimaschutz,
    });
    const both = await createItem(t, p.coordinator.browser, { titel: 'Für alle Programme' });

    expect(await status(p.mentee.browser, `/austausch/methoden/${own}`)).toBe(200);
    expect(await status(p.other.browser, `/austausch/methoden/${own}`)).toBe(404);
    expect(await status(p.otherCoordinator, `/austausch/methoden/${own}`)).toBe(404);
    expect(await status(p.admin, `/austausch/methoden/${own}`)).toBe(200);
    const otherList = text((await p.other.browser.get('/austausch/methoden')).body);
    expect(otherList).not.toContain('Nur Klimaschutz');
    expect(otherList).toContain('Für alle Programme');
    expect(await status(p.other.browser, `/austausch/methoden/${both}`)).toBe(200);
    expect(text((await p.mentee.browser.get(`/austausch/methoden/${own}`)).body)).toContain('Klimaschutz');
  });
});

describe('who curates', () => {
  it('lets coordinators edit their programme’s and both programmes’ materials; others get a 404 or 403', async () => {
    const p = await libraryPeople(t);
    const klimaschutz = await programmeId('klimaschutz');
    const own = await createItem(t, p.coordinator.browser, {
      titel: 'Material der Koordination',
      programm: klimaschutz,
    });
    const both = await createItem(t, p.coordinator.browser, { titel: 'Gemeinsames Material' });
    const edit = (id: string) => `/austausch/methoden/${id}/bearbeiten`;

    // The other programme's coordinator: the klimaschutz material does not exist for them.
    expect(await status(p.otherCoordinator, edit(own))).toBe(404);
    const foreign = await postMultipart(p.otherCoordinator, edit(own), textItem({ titel: 'Übernommen' }));
    expect(foreign.statusCode).toBe(404);
    expect((await p.otherCoordinator.post(`/austausch/methoden/${own}/loeschen`)).statusCode).toBe(404);
    // A material for both programmes: any coordinator curates it.
    expect(await status(p.otherCoordinator, edit(both))).toBe(200);
    // Nor may they move a material into a programme they do not coordinate.
    const moved = await postMultipart(
      p.otherCoordinator,
      edit(both),
      textItem({ titel: 'Gemeinsames Material', programm: klimaschutz }),
      undefined,
      edit(both),
    );
    expect(moved.statusCode).toBe(422);
    expect(text(moved.body)).toContain('Für dieses Programm können Sie keine Materialien anlegen.');

    // Participants may not curate at all: the guard's 403; the edit link is not shown to them.
    expect(await status(p.mentor.browser, edit(own))).toBe(403);
    expect(await status(p.mentor.browser, '/austausch/methoden/neu')).toBe(403);
    expect((await p.mentor.browser.get(`/austausch/methoden/${own}`)).body).not.toContain(edit(own));
    expect((await p.coordinator.browser.get(`/austausch/methoden/${own}`)).body).toContain(edit(own));
    expect(await status(p.admin, edit(own))).toBe(200);

    const deleted = await p.coordinator.browser.post(
      `/austausch/methoden/${own}/loeschen`,
      {},
      { tokenFrom: edit(own) },
    );
    expect(deleted.statusCode).toBe(303);
    expect(await status(p.mentee.browser, `/austausch/methoden/${own}`)).toBe(404);
    expect(await t.db.select().from(communitySearch).where(eq(communitySearch.id, own))).toHaveLength(0);
  });
});
