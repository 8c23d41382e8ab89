import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { type TestClient, text } from '../../../test/helpers/client.ts';
import { createUser, loginAs } from '../../../test/helpers/factories.ts';
import { auditEvents, programmes } from '../../db/schema/index.ts';

const t = useTestApp();
let admin: TestClient;
beforeAll(async () => {
  admin = await loginAs(t, await createUser(t.db, { kind: 'admin' }));
});

const EDIT = '/verwaltung/programme/klimaschutz';
const valid = {
  name: 'Mentoring Klimaschutz',
  agency: 'Agentur für kommunalen Klimaschutz',
  description: 'Erfahrene Klimaschutzmanager*innen begleiten Neueinsteiger*innen.',
  contactEmail: 'mentoring@klimaschutz.example',
  fundingOptions: 'Erstvorhaben\r\n\r\n  Anschlussvorhaben \r\nerstvorhaben\r\nohne Förderung',
};

describe('programme administration', () => {
  it('lists the programmes with links to their data, topic list and coordination', async () => {
    const res = await admin.get('/verwaltung/programme');
    expect(res.statusCode).toBe(200);
    expect(text(res.body)).toContain('Programme verwalten');
    expect(res.body).toContain('href="/verwaltung/programme/klimaschutz"');
    expect(res.body).toContain('href="/verwaltung/programme/klimaanpassung"');
    expect(res.body).toContain('href="/programme/klimaanpassung/themen"');
    expect(res.body).toContain('href="/verwaltung/programme/klimaanpassung/koordination"');
    expect(text(res.body)).toContain('Mentoring-Programm für Klimaanpassungsmanager*innen');
  });

  it('shows the current data in the form', async () => {
    const res = await admin.get(EDIT);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('value="agentur@klimaschutz.de"');
    expect(res.body).toMatch(/name="registrationOpen" value="ja" checked/);
    expect(res.body).toContain('Erstvorhaben\nAnschlussvorhaben\nohne Förderung</textarea>');
  });

  it('saves texts, contact, closed registration and funding options (one per line, no repeats)', async () => {
    const res = await admin.post(EDIT, valid);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/verwaltung/programme');
    const list = await admin.get('/verwaltung/programme');
    expect(text(list.body)).toContain('Die Angaben zum Programm sind gespeichert.');
    expect(text(list.body)).toMatch(/Mentoring Klimaschutz .*geschlossen/);

    const form = await admin.get(EDIT);
    expect(form.body).not.toMatch(/name="registrationOpen" value="ja" checked/);
    expect(form.body).toContain('Erstvorhaben\nAnschlussvorhaben\nohne Förderung</textarea>');
    expect(form.body).toContain('value="mentoring@klimaschutz.example"');

    const home = text((await admin.get('/')).body);
    expect(home).toContain('Mentoring Klimaschutz');
    expect(home).toContain('Erfahrene Klimaschutzmanager*innen begleiten Neueinsteiger*innen.');
  });

  it('opens the registration again', async () => {
    expect((await admin.post(EDIT, { ...valid, registrationOpen: 'ja' })).statusCode).toBe(303);
    expect(text((await admin.get('/verwaltung/programme')).body)).toMatch(/Mentoring Klimaschutz .*geöffnet/);
    expect((await admin.get(EDIT)).body).toMatch(/name="registrationOpen" value="ja" checked/);
  });

  it('asks for approval of new accounts’ first posts in the community area by default, and saves it off', async () => {
    const form = await admin.get(EDIT);
    expect(text(form.body)).toContain('Erste Beiträge im Austausch freigeben');
    expect((await admin.get('/verwaltung/programme/neu')).body).toMatch(
      /name="communityApproval" value="ja" checked/,
    );
    expect((await admin.post(EDIT, { ...valid, communityApproval: 'ja' })).statusCode).toBe(303);
    expect((await admin.get(EDIT)).body).toMatch(/name="communityApproval" value="ja" checked/);
    expect((await admin.post(EDIT, valid)).statusCode).toBe(303);
    expect((await admin.get(EDIT)).body).not.toMatch(/name="communityApproval" value="ja" checked/);
    const [saved] = await t.db.select().from(programmes).where(eq(programmes.slug, 'klimaschutz'));
    expect(saved!.communityApproval).toBe(false);
  });

  it('answers 422 with the errors linked to their fields and the values kept', async () => {
    const res = await admin.post(EDIT, {
      ...valid,
      name: '   ',
      contactEmail: 'agentur-at-klimaschutz',
      fundingOptions: '\n  \n',
      registrationOpen: 'ja',
    });
    expect(res.statusCode).toBe(422);
    const page = text(res.body);
    expect(page).toContain('Fehler: Programm bearbeiten');
    expect(page).toContain('Bitte korrigieren Sie 3 Angaben');
    expect(page).toContain('Bitte geben Sie den Namen des Programms ein.');
    expect(page).toContain(
      'Bitte geben Sie als Kontaktadresse eine E-Mail-Adresse im Format name@beispiel.de ein.',
    );
    expect(page).toContain('Bitte geben Sie mindestens eine Förderoption an.');
    for (const field of ['name', 'contactEmail', 'fundingOptions']) {
      expect(res.body).toContain(`href="#feld-${field}"`);
      expect(res.body).toContain(`id="feld-${field}-fehler"`);
    }
    expect(res.body).toContain('value="agentur-at-klimaschutz"');
    expect(res.body).toContain(`value="${valid.agency}"`);
    expect(res.body).toMatch(/name="registrationOpen" value="ja" checked/);
    // Nothing was saved.
    expect((await admin.get(EDIT)).body).toContain('value="mentoring@klimaschutz.example"');
  });

  it('answers 404 for a programme that does not exist', async () => {
    expect((await admin.get('/verwaltung/programme/klimafolgen')).statusCode).toBe(404);
    expect((await admin.post('/verwaltung/programme/klimafolgen', valid)).statusCode).toBe(404);
  });

  it('speaks English to English-speaking admins', async () => {
    const english = await loginAs(t, await createUser(t.db, { kind: 'admin', locale: 'en' }));
    const res = await english.get(EDIT);
    expect(text(res.body)).toContain('Edit programme: Mentoring Klimaschutz');
    expect(text(res.body)).toContain('Funding options');
  });

  it('refuses everyone but admins', async () => {
    const coordinator = await loginAs(t, await createUser(t.db, { kind: 'coordinator' }));
    const participant = await loginAs(t, await createUser(t.db));
    for (const client of [coordinator, participant]) {
      expect((await client.get('/verwaltung/programme')).statusCode).toBe(403);
      expect((await client.get(EDIT)).statusCode).toBe(403);
      const res = await client.post(EDIT, { ...valid, name: 'Übernommen' });
      expect(res.statusCode).toBe(403);
    }
    expect(text((await admin.get('/verwaltung/programme')).body)).not.toContain('Übernommen');
  });
});

describe('creating a programme', () => {
  const NEW = '/verwaltung/programme/neu';
  const fresh = {
    slug: 'klimafolgen',
    name: 'Mentoring Klimafolgen',
    agency: 'Zentrum Klimafolgen',
    description: 'Erfahrene Kolleg*innen begleiten neue Klimafolgen-Beauftragte.',
    contactEmail: 'mentoring@klimafolgen.example',
    fundingOptions: 'Erstvorhaben\nAnschlussvorhaben',
  };

  it('offers admins a form from the list of programmes', async () => {
    const list = await admin.get('/verwaltung/programme');
    expect(list.body).toContain(`href="${NEW}"`);
    const form = await admin.get(NEW);
    expect(form.statusCode).toBe(200);
    expect(text(form.body)).toContain('Programm anlegen');
    for (const field of ['slug', 'name', 'agency', 'description', 'contactEmail', 'fundingOptions']) {
      expect(form.body).toContain(`name="${field}"`);
    }
    // The registration of a new programme starts closed.
    expect(form.body).not.toMatch(/name="registrationOpen" value="ja" checked/);
  });

  it('refuses bad input with German messages that name each field, and creates nothing', async () => {
    const res = await admin.post(NEW, { slug: 'Klima Folgen!', name: ' ', agency: '', contactEmail: 'x' });
    expect(res.statusCode).toBe(422);
    const page = text(res.body);
    for (const message of [
      'Das Kürzel für die Adresse darf nur Kleinbuchstaben (a–z), Ziffern und einzelne Bindestriche enthalten',
      'Bitte geben Sie den Namen des Programms ein.',
      'Bitte geben Sie die durchführende Stelle ein.',
      'Bitte geben Sie eine Beschreibung des Programms ein.',
      'Bitte geben Sie als Kontaktadresse eine E-Mail-Adresse im Format name@beispiel.de ein.',
      'Bitte geben Sie mindestens eine Förderoption an.',
    ]) {
      expect(page).toContain(message);
    }
    expect(res.body).toContain('href="#feld-slug"');
    expect(res.body).toContain('value="Klima Folgen!"');
    const missing = await admin.post(NEW, { ...fresh, slug: '' });
    expect(text(missing.body)).toContain('Bitte geben Sie ein Kürzel für die Adresse des Programms ein.');
    const reserved = await admin.post(NEW, { ...fresh, slug: 'neu' });
    expect(reserved.statusCode).toBe(422);
    expect(text(reserved.body)).toContain('Das Kürzel „neu“ ist für die Plattform reserviert.');
    expect(await t.db.select().from(programmes).where(eq(programmes.slug, 'klimafolgen'))).toEqual([]);
  });

  it('creates the programme with its registration closed, audited, and leads to its data', async () => {
    const res = await admin.post(NEW, fresh);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/verwaltung/programme/klimafolgen');
    const page = await admin.get('/verwaltung/programme/klimafolgen');
    expect(text(page.body)).toContain('Das Programm ist angelegt.');
    expect(text(page.body)).toContain('Programm bearbeiten: Mentoring Klimafolgen');
    expect(page.body).toContain('href="/programme/klimafolgen/themen"');
    expect(page.body).toContain('href="/verwaltung/programme/klimafolgen/koordination"');
    expect(text((await admin.get('/verwaltung/programme')).body)).toMatch(
      /Mentoring Klimafolgen Zentrum Klimafolgen geschlossen/,
    );
    expect(text((await admin.get('/')).body)).toContain('Mentoring Klimafolgen');
    expect((await admin.get('/programme/klimafolgen/themen')).statusCode).toBe(200);
    const [created] = await t.db.select().from(programmes).where(eq(programmes.slug, 'klimafolgen'));
    expect(created).toMatchObject({
      registrationOpen: false,
      fundingOptions: ['Erstvorhaben', 'Anschlussvorhaben'],
      contactEmail: 'mentoring@klimafolgen.example',
    });
    const audits = await t.db.select().from(auditEvents).where(eq(auditEvents.kind, 'programme_created'));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.details).toMatchObject({ slug: 'klimafolgen', programmeId: created!.id });
  });

  it('refuses a short name another programme has', async () => {
    const res = await admin.post(NEW, { ...fresh, slug: 'klimaschutz', name: 'Doppelt' });
    expect(res.statusCode).toBe(409);
    expect(text(res.body)).toContain('Dieses Kürzel hat schon ein anderes Programm.');
    expect(res.body).toContain('value="Doppelt"');
    expect(text((await admin.get('/verwaltung/programme')).body)).not.toContain('Doppelt');
  });

  it('is for admins only', async () => {
    const coordinator = await loginAs(t, await createUser(t.db, { kind: 'coordinator' }));
    const participant = await loginAs(t, await createUser(t.db));
    for (const client of [coordinator, participant]) {
      expect((await client.get(NEW)).statusCode).toBe(403);
      expect((await client.post(NEW, { ...fresh, slug: 'uebernahme' })).statusCode).toBe(403);
    }
    expect(await t.db.select().from(programmes).where(eq(programmes.slug, 'uebernahme'))).toEqual([]);
  });
});
