import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/demo/seed.ts';
import {
  alerts,
  expectErrorTitle,
  expectNoAxeViolations,
  heading,
  launchBrowser,
  logInAs,
  tabTo,
  typeInto,
  uniqueEmail,
  visit,
  waitForPage,
} from './helpers.ts';
import { mailFromServerLog, mailsInServerLog } from './mail-log.ts';
import { AppServer } from './server.ts';

let server: AppServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([AppServer.start({ demo: true }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

beforeEach(async ({ onTestFailed }) => {
  const logStart = server.output().length;
  onTestFailed(() => {
    console.error(`server output during the failed test:\n${server.output().slice(logStart) || '(nothing)'}`);
  });
  context = await browser.newContext({ locale: 'de-DE' });
  page = await context.newPage();
});

afterEach(async () => {
  await context?.close();
});

const mainText = async (p: Page) => ((await p.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');

/** Presses a key that submits a form and waits for the next page; returns its status. */
const submitWith = (key: string) => waitForPage(page, () => page.keyboard.press(key));

async function step(expectedHeading: string) {
  expect(await heading(page)).toBe(expectedHeading);
  await expectNoAxeViolations(page);
}

/** The newcomer's registration, by keyboard only: Tab, Space, arrow keys, typing and Enter. */
async function registerByKeyboard(email: string, password: string) {
  await visit(page, server.url('/registrierung'));
  await step('Programm und Rolle');
  await tabTo(page, { tag: 'input', name: /^Mentoring-Programm für Klimaanpassungsmanager/ });
  await page.keyboard.press('Space');
  await tabTo(page, { tag: 'input', name: /^Mentee/ });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, { tag: 'button', name: 'Weiter' });
  expect(await submitWith('Enter')).toBe(200);

  await step('Kontaktdaten');
  await typeInto(page, 'Name', 'Nele Neuanfang');
  await typeInto(page, 'E-Mail-Adresse', email);
  expect(await submitWith('Enter')).toBe(200);

  // The organisation step, first sent empty: the error state, linked to the fields.
  await step('Organisation und Funktion');
  await tabTo(page, { tag: 'button', name: 'Weiter' });
  expect(await submitWith('Enter')).toBe(422);
  await expectErrorTitle(page);
  expect(await mainText(page)).toContain('Bitte korrigieren Sie');
  await expectNoAxeViolations(page);

  await typeInto(page, 'Name Ihrer Organisation', 'Stadt Sonnental');
  await tabTo(page, { tag: 'select', name: /^Art der Organisation/ });
  await page.keyboard.type('Stadt');
  await tabTo(page, { tag: 'select', name: /^Bundesland/ });
  await page.keyboard.type('Nieder');
  await tabTo(page, { tag: 'select', name: /^Größe/ });
  await page.keyboard.type('20');
  await typeInto(page, 'Ihre Funktion', 'Klimaanpassungsmanagerin');
  await typeInto(page, 'In dieser Funktion seit (Jahr)', '2025');
  await tabTo(page, { tag: 'input', name: 'Erstvorhaben' });
  await page.keyboard.press('Space');
  await tabTo(page, { tag: 'button', name: 'Weiter' });
  expect(await submitWith('Enter')).toBe(200);

  await step('Themen und Ziele');
  await tabTo(page, { tag: 'input', name: 'Hitzevorsorge' });
  await page.keyboard.press('Space');
  await tabTo(page, { tag: 'textarea', name: /^Was möchten Sie durch das Mentoring lernen/ });
  await page.keyboard.type('Einen Hitzeaktionsplan mit der Verwaltung aufstellen.');
  // The same list again, now for what she can offer (mentor role).
  await tabTo(page, { tag: 'input', name: 'Projektmanagement' });
  await page.keyboard.press('Space');
  await tabTo(page, { tag: 'input', name: '1' });
  await page.keyboard.press('ArrowDown');
  await tabTo(page, { tag: 'button', name: 'Weiter' });
  expect(await submitWith('Enter')).toBe(200);

  await step('Zusammenarbeit');
  await tabTo(page, { tag: 'input', name: 'Online' });
  await page.keyboard.press('Space');
  await tabTo(page, { tag: 'input', name: 'wöchentlich' });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, { tag: 'input', name: 'Deutsch' });
  await page.keyboard.press('Space');
  await tabTo(page, { tag: 'button', name: 'Weiter' });
  expect(await submitWith('Enter')).toBe(200);

  await step('Angaben prüfen und absenden');
  const summary = await mainText(page);
  for (const answer of [
    'Stadt Sonnental',
    'Niedersachsen',
    'Hitzevorsorge',
    'Projektmanagement',
    'monatlich',
  ]) {
    expect(summary).toContain(answer);
  }
  await typeInto(page, 'Passwort für Ihr neues Konto', password);
  await tabTo(page, { tag: 'input', name: /^Ich habe die Datenschutzerklärung gelesen/ });
  await page.keyboard.press('Space');
  await tabTo(page, { tag: 'button', name: 'Anmeldung absenden' });
  expect(await submitWith('Enter')).toBe(200);
  expect(await heading(page)).toBe('Vielen Dank für Ihre Anmeldung');
  await expectNoAxeViolations(page);
}

const mailsInLog = (to: string) => mailsInServerLog(server, to);
const mailFromLog = (to: string, subject: string | RegExp) => mailFromServerLog(server, to, subject);

const logIn = (email: string, password: string, totpSecret?: string) =>
  logInAs(page, server, email, password, totpSecret);

describe('registration and intake', () => {
  it('a newcomer registers as mentee and mentor by keyboard; the coordinator sees one registration with two roles, holds one intake call and accepts each role; she sees the new status', async () => {
    const email = uniqueEmail('nele');
    const password = 'Sonnental-plant-den-Hitzeschutz';
    await registerByKeyboard(email, password);

    const mail = await mailFromLog(email, 'Ihre Anmeldung zum Mentoring ist eingegangen');
    expect(mail.text).toContain('als Mentee und Mentor*in');
    const verify = mail.links.find((l) => new URL(l).pathname === '/konto/bestaetigen')!;
    await visit(page, verify);
    await expectNoAxeViolations(page);
    expect(
      await waitForPage(page, () => page.getByRole('button', { name: 'E-Mail-Adresse bestätigen' }).click()),
    ).toBe(200);

    await logIn(email, password);
    await visit(page, server.url('/profil'));
    await expectNoAxeViolations(page);
    expect((await mainText(page)).match(/Angemeldet/g)).toHaveLength(2);
    await page.getByRole('button', { name: 'Abmelden' }).click();

    await coordinatorTakesThroughIntake(email);

    await logIn(email, password);
    await visit(page, server.url('/profil'));
    const profile = await mainText(page);
    expect(profile).toContain('Aufgenommen (im Matching-Pool)');
    expect(profile).not.toContain(INTAKE_NOTE);
    await expectNoAxeViolations(page);
    expect(await alerts(page)).toEqual([]);
  });
});

describe('coordination and administration pages', () => {
  it('a coordinator imports a spreadsheet and edits topics, an admin edits a programme: every page passes axe', async () => {
    await logIn('koordination.anpassung@demo.klimatandem.example', DEMO_PASSWORD, DEMO_TOTP_SECRET);
    await visit(page, server.url('/koordination/import'));
    await expectNoAxeViolations(page);
    const csv =
      'Name;E-Mail;Rolle;Organisation;Bundesland;Größe;Seit\nIda Import;ida.import@example.org;Mentee;Gemeinde Importdorf;Bayern;unter 5.000;2025\n';
    await page.getByLabel('Programm').selectOption({ index: 1 });
    await page
      .getByLabel('Datei')
      .setInputFiles({ name: 'liste.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    expect(
      await waitForPage(page, () =>
        page.getByRole('button', { name: 'Hochladen und Spalten zuordnen' }).click(),
      ),
    ).toBe(200);
    expect(await heading(page)).toBe('Spalten zuordnen');
    await expectNoAxeViolations(page);
    expect(
      await waitForPage(page, () =>
        page.getByRole('button', { name: 'Zuordnung übernehmen und Zeilen prüfen' }).click(),
      ),
    ).toBe(200);
    expect(await heading(page)).toBe('Prüfergebnis');
    await expectNoAxeViolations(page);
    expect(await waitForPage(page, () => page.getByRole('button', { name: 'Probelauf' }).click())).toBe(200);
    await expectNoAxeViolations(page);

    await visit(page, server.url('/programme/klimaanpassung/themen'));
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Abmelden' }).click();

    await logIn('admin@demo.klimatandem.example', DEMO_PASSWORD, DEMO_TOTP_SECRET);
    for (const path of [
      '/verwaltung/programme',
      '/verwaltung/programme/klimaschutz',
      '/verwaltung/programme/klimaschutz/koordination',
      '/verwaltung/seiten',
      '/verwaltung/seiten/impressum/de',
    ]) {
      await visit(page, server.url(path));
      await expectNoAxeViolations(page);
    }
  });
});

const INTAKE_NOTE = 'Sehr motiviert, Stärken im Projektmanagement';
/** Two weeks from today: the form refuses dates in the past. */
const INTAKE_DAY = new Date(Date.now() + 14 * 24 * 3600_000);

async function coordinatorTakesThroughIntake(email: string) {
  await logIn('koordination.anpassung@demo.klimatandem.example', DEMO_PASSWORD, DEMO_TOTP_SECRET);
  await visit(page, server.url('/koordination/anmeldungen'));
  await expectNoAxeViolations(page);
  await page.getByLabel('Suche').fill(email);
  expect(await waitForPage(page, () => page.getByRole('button', { name: 'Filter anwenden' }).click())).toBe(
    200,
  );
  // One registration with two roles: one row, one detail page, one intake call.
  const rows = page.locator('tbody tr', { hasText: email });
  expect(await rows.count()).toBe(1);
  expect(await rows.first().textContent()).toContain('Mentee und Mentor*in');
  expect(await waitForPage(page, () => rows.first().getByRole('link').first().click())).toBe(200);
  await expectNoAxeViolations(page);
  const first = await mainText(page);
  expect(first).toContain('Mentee und Mentor*in im Programm');
  expect(first).toContain('Mentee: Angemeldet, Mentor*in: Angemeldet');

  // A native date field: the browser shows it localised and sends it as YYYY-MM-DD.
  await page.getByLabel('Datum').fill(INTAKE_DAY.toISOString().slice(0, 10));
  await page.getByLabel('Uhrzeit').fill('10:30');
  expect(
    await waitForPage(page, () =>
      page.getByRole('button', { name: 'Termin festlegen und E-Mail senden' }).click(),
    ),
  ).toBe(200);
  expect(await mainText(page)).toContain(
    'Mentee: Kennenlerngespräch geplant, Mentor*in: Kennenlerngespräch geplant',
  );
  await page.getByLabel('Neue Notiz').fill(INTAKE_NOTE);
  expect(await waitForPage(page, () => page.getByRole('button', { name: /Notiz speichern/ }).click())).toBe(
    200,
  );
  expect(
    await waitForPage(page, () =>
      page.getByRole('button', { name: 'Kennenlerngespräch als geführt markieren' }).click(),
    ),
  ).toBe(200);
  // The decision per role, on the same page.
  await expectNoAxeViolations(page);
  for (const role of ['Mentee', 'Mentor*in']) {
    expect(
      await waitForPage(page, () =>
        page.getByRole('button', { name: `Als ${role} in den Matching-Pool aufnehmen` }).click(),
      ),
    ).toBe(200);
    await expectNoAxeViolations(page);
  }
  const detail = await mainText(page);
  expect(detail).toContain(
    'Mentee: Aufgenommen (im Matching-Pool), Mentor*in: Aufgenommen (im Matching-Pool)',
  );
  expect(detail).toContain(INTAKE_NOTE);

  const invitation = await mailFromLog(email, /Kennenlerngespräch/);
  expect(invitation.text).toContain(
    INTAKE_DAY.toLocaleDateString('de-DE', { day: 'numeric', month: 'long', year: 'numeric' }),
  );
  expect(invitation.text).toContain('Ihre Anmeldung als Mentee und Mentor*in');
  expect(mailsInLog(email).filter((m) => /Kennenlerngespräch/.test(m.subject))).toHaveLength(1);
  await visit(page, server.url('/koordination/anmeldungen'));
  await page.getByRole('button', { name: 'Abmelden' }).click();
}
