import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { TestClient, text } from '../../../test/helpers/client.ts';
import { createUser, loginAs } from '../../../test/helpers/factories.ts';

const t = useTestApp();

describe('legal and accessibility pages', () => {
  it.each([
    ['/impressum', 'Impressum'],
    ['/datenschutz', 'Datenschutzerklärung'],
    ['/barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
    ['/leichte-sprache', 'Leichte Sprache'],
  ])('%s is public and linked from every page footer', async (path, heading) => {
    const client = new TestClient(t.app);
    const res = await client.get(path);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`<h1 class="kern-heading-large">${heading}</h1>`);
    expect((await client.get('/')).body).toContain(`href="${path}"`);
  });

  it('lets an admin edit a page; the text is shown escaped, paragraphs kept', async () => {
    const admin = await loginAs(t, await createUser(t.db, { kind: 'admin' }));
    const empty = await admin.post(
      '/verwaltung/seiten/impressum/de',
      { title: 'Impressum', body: '' },
      { tokenFrom: '/verwaltung/seiten/impressum/de' },
    );
    expect(empty.statusCode).toBe(422);
    expect(text(empty.body)).toContain('Bitte füllen Sie dieses Feld aus.');
    expect(empty.body).toContain('value="Impressum"');

    const res = await admin.post(
      '/verwaltung/seiten/impressum/de',
      { title: 'Impressum', body: 'Agentur <b>Muster</b>\nZimmerstraße 13\n\nKontakt: info@example.org' },
      { tokenFrom: '/verwaltung/seiten/impressum/de' },
    );
    expect(res.statusCode).toBe(303);
    const page = await new TestClient(t.app).get('/impressum');
    expect(page.body).toContain('Agentur &lt;b>Muster&lt;/b>');
    expect(page.body.match(/<p class="kern-body preserve-lines">/g)).toHaveLength(2);
  });

  it('shows the English page to English readers, falling back to German', async () => {
    const client = new TestClient(t.app);
    await client.post('/sprache', { sprache: 'en', zurueck: '/datenschutz' });
    const res = await client.get('/datenschutz');
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('Privacy notice');
  });

  it('answers 404 for pages and languages that do not exist', async () => {
    const admin = await loginAs(t, await createUser(t.db, { kind: 'admin' }));
    expect((await admin.get('/verwaltung/seiten/agb/de')).statusCode).toBe(404);
    expect((await admin.get('/verwaltung/seiten/impressum/fr')).statusCode).toBe(404);
  });
});

describe('language switch', () => {
  it('switches to English and back, returning to the same page, and never to another site', async () => {
    const client = new TestClient(t.app);
    const en = await client.post('/sprache', { sprache: 'en', zurueck: '/anmelden' });
    expect(en.headers.location).toBe('/anmelden');
    const page = await client.get('/anmelden');
    expect(page.body).toContain('<html lang="en">');
    expect(text(page.body)).toContain('Deutsch');
    const back = await client.post('/sprache', { sprache: 'de', zurueck: '//evil.example/x' });
    expect(back.headers.location).toBe('/');
    expect((await client.get('/')).body).toContain('<html lang="de">');
  });

  it('remembers the choice in the account of a signed-in person', async () => {
    const user = await createUser(t.db);
    const client = await loginAs(t, user);
    await client.post('/sprache', { sprache: 'en', zurueck: '/konto' });
    const other = await loginAs(t, user);
    expect((await other.get('/konto')).body).toContain('<html lang="en">');
  });
});
