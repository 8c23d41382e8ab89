import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/demo/seed.ts';
import {
  alerts,
  expectErrorTitle,
  expectNoAxeViolations,
  heading,
  logInAs,
  tabTo,
  typeInto,
  uniqueEmail,
  visit,
  waitForPage,
} from './helpers.ts';
import { useJourney } from './journey.ts';
import { mailFromServerLog, mailsInServerLog } from './mail-log.ts';

const journey = useJourney({ demo: true });

const mainText = async (p: Page) => ((await p.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');

/** Presses a key that submits a form and waits for the next journey.page; returns its status. */
const submitWith = (key: string) => waitForPage(journey.page, () => journey.page.keyboard.press(key));

async function step(expectedHeading: string) {
  expect(await heading(journey.page)).toBe(expectedHeading);
  await expectNoAxeViolations(journey.page);
}

/** The newcomer's registration, by keyboard only: Tab, Space, arrow keys, typing and Enter. */
async function registerByKeyboard(email: string, password: string) {
  await visit(journey.page, journey.server.url('/registrierung'));
  await step('Programm und Rolle');
  await tabTo(journey.page, { tag: 'input', name: /^Mentoring-Programm für Klimaanpassungsmanager/ });
  await journey.page.keyboard.press('Space');
  await tabTo(journey.page, { tag: 'input', name: /^Mentee/ });
  await journey.page.keyboard.press('ArrowDown');
  await journey.page.keyboard.press('ArrowDown');
  await tabTo(journey.page, { tag: 'button', name: 'Weiter' });
  expect(await submitWith('Enter')).toBe(200);

  await step('Kontaktdaten');
  await typeInto(journey.page, 'Name', 'Nele Neuanfang');
  await typeInto(journey.page, 'E-Mail-Adresse', email);
  expect(await submitWith('Enter')).toBe(200);

  // The organisation step, first sent empty: the error state, linked to the fields.
  await step('Organisation und Funktion');
  await tabTo(journey.page, { tag: 'button', name: 'Weiter' });
  expect(await submitWith('Enter')).toBe(422);
  await expectErrorTitle(journey.page);
  expect(await mainText(journey.page)).toContain('Bitte korrigieren Sie');
  await expectNoAxeViolations(journey.page);

  await typeInto(journey.page, 'Name Ihrer Organisation', 'Stadt Sonnental');
  await tabTo(journey.page, { tag: 'select', name: /^Art der Organisation/ });
  await journey.page.keyboard.type('Stadt');
  await tabTo(journey.page, { tag: 'select', name: /^Bundesland/ });
  await journey.page.keyboard.type('Nieder');
  await tabTo(journey.page, { tag: 'select', name: /^Größe/ });
  await journey.page.keyboard.type('20');
  await typeInto(journey.page, 'Ihre Funktion', 'Klimaanpassungsmanagerin');
  await typeInto(journey.page, 'In dieser Funktion seit (Jahr)', '2025');
  await tabTo(journey.page, { tag: 'input', name: 'Erstvorhaben' });
  await journey.page.keyboard.press('Space');
  await tabTo(journey.page, { tag: 'button', name: 'Weiter' });
  expect(await submitWith('Enter')).toBe(200);

  await step('Themen und Ziele');
  await tabTo(journey.page, { tag: 'input', name: 'Hitzevorsorge' });
  await journey.page.keyboard.press('Space');
  await tabTo(journey.page, { tag: 'textarea', name: /^Was möchten Sie durch das Mentoring lernen/ });
  await journey.page.keyboard.type('Einen Hitzeaktionsplan mit der Verwaltung aufstellen.');
  // The same list again, now for what she can offer (mentor role).
  await tabTo(journey.page, { tag: 'input', name: 'Projektmanagement' });
  await journey.page.keyboard.press('Space');
  await tabTo(journey.page, { tag: 'input', name: '1' });
  await journey.page.keyboard.press('ArrowDown');
  await tabTo(journey.page, { tag: 'button', name: 'Weiter' });
  expect(await submitWith('Enter')).toBe(200);

  await step('Zusammenarbeit');
  await tabTo(journey.page, { tag: 'input', name: 'Online' });
  await journey.page.keyboard.press('Space');
  await tabTo(journey.page, { tag: 'input', name: 'wöchentlich' });
  await journey.page.keyboard.press('ArrowDown');
  await journey.page.keyboard.press('ArrowDown');
  await tabTo(journey.page, { tag: 'input', name: 'Deutsch' });
  await journey.page.keyboard.press('Space');
  await tabTo(journey.page, { tag: 'button', name: 'Weiter' });
  expect(await submitWith('Enter')).toBe(200);

  await step('Angaben prüfen und absenden');
  const summary = await mainText(journey.page);
  for (const answer of [
    'Stadt Sonnental',
    'Niedersachsen',
    'Hitzevorsorge',
    'Projektmanagement',
    'monatlich',
  ]) {
    expect(summary).toContain(answer);
  }
  await typeInto(journey.page, 'Passwort für Ihr neues Konto', password);
  await tabTo(journey.page, { tag: 'input', name: /^Ich habe die Datenschutzerklärung gelesen/ });
  await journey.page.keyboard.press('Space');
  await tabTo(journey.page, { tag: 'button', name: 'Anmeldung absenden' });
  expect(await submitWith('Enter')).toBe(200);
  expect(await heading(journey.page)).toBe('Vielen Dank für Ihre Anmeldung');
  await expectNoAxeViolations(journey.page);
}

const mailsInLog = (to: string) => mailsInServerLog(journey.server, to);
const mailFromLog = (to: string, subject: string | RegExp) => mailFromServerLog(journey.server, to, subject);

const logIn = (email: string, password: string, totpSecret?: string) =>
  logInAs(journey.page, journey.server, email, password, totpSecret);

describe('registration and intake', () => {
  it('a newcomer registers as mentee and mentor by keyboard; the coordinator sees one registration with two roles, holds one intake call and accepts each role; she sees the new status', async () => {
    const email = uniqueEmail('nele');
    const password = 'Sonnental-plant-den-Hitzeschutz';
    await registerByKeyboard(email, password);

    const mail = await mailFromLog(email, 'Ihre Anmeldung zum Mentoring ist eingegangen');
    expect(mail.text).toContain('als Mentee und Mentor*in');
    const verify = mail.links.find((l) => new URL(l).pathname === '/konto/bestaetigen')!;
    await visit(journey.page, verify);
    await expectNoAxeViolations(journey.page);
    expect(
      await waitForPage(journey.page, () =>
        journey.page.getByRole('button', { name: 'E-Mail-Adresse bestätigen' }).click(),
      ),
    ).toBe(200);

    await logIn(email, password);
    await visit(journey.page, journey.server.url('/profil'));
    await expectNoAxeViolations(journey.page);
    expect((await mainText(journey.page)).match(/Angemeldet/g)).toHaveLength(2);
    await journey.page.getByRole('button', { name: 'Abmelden' }).click();

    await coordinatorTakesThroughIntake(email);

    await logIn(email, password);
    await visit(journey.page, journey.server.url('/profil'));
    const profile = await mainText(journey.page);
    expect(profile).toContain('Aufgenommen (im Matching-Pool)');
    expect(profile).not.toContain(INTAKE_NOTE);
    await expectNoAxeViolations(journey.page);
    expect(await alerts(journey.page)).toEqual([]);
  });
});

describe('coordination and administration pages', () => {
  it('a coordinator imports a spreadsheet and edits topics, an admin edits a programme: every page passes axe', async () => {
    await logIn('koordination.anpassung@demo.klimatandem.example', DEMO_PASSWORD, DEMO_TOTP_SECRET);
    await visit(journey.page, journey.server.url('/koordination/import'));
    await expectNoAxeViolations(journey.page);
    const csv =
      'Name;E-Mail;Rolle;Organisation;Bundesland;Größe;Seit\nIda Import;ida.import@example.org;Mentee;Gemeinde Importdorf;Bayern;unter 5.000;2025\n';
    await journey.page.getByLabel('Programm').selectOption({ index: 1 });
    await journey.page
      .getByLabel('Datei')
      .setInputFiles({ name: 'liste.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    expect(
      await waitForPage(journey.page, () =>
        journey.page.getByRole('button', { name: 'Hochladen und Spalten zuordnen' }).click(),
      ),
    ).toBe(200);
    expect(await heading(journey.page)).toBe('Spalten zuordnen');
    await expectNoAxeViolations(journey.page);
    expect(
      await waitForPage(journey.page, () =>
        journey.page.getByRole('button', { name: 'Zuordnung übernehmen und Zeilen prüfen' }).click(),
      ),
    ).toBe(200);
    expect(await heading(journey.page)).toBe('Prüfergebnis');
    await expectNoAxeViolations(journey.page);
    expect(
      await waitForPage(journey.page, () => journey.page.getByRole('button', { name: 'Probelauf' }).click()),
    ).toBe(200);
    await expectNoAxeViolations(journey.page);

    await visit(journey.page, journey.server.url('/programme/klimaanpassung/themen'));
    await expectNoAxeViolations(journey.page);
    await journey.page.getByRole('button', { name: 'Abmelden' }).click();

    await logIn('admin@demo.klimatandem.example', DEMO_PASSWORD, DEMO_TOTP_SECRET);
    for (const path of [
      '/verwaltung/programme',
      '/verwaltung/programme/klimaschutz',
      '/verwaltung/programme/klimaschutz/koordination',
      '/verwaltung/seiten',
      '/verwaltung/seiten/impressum/de',
    ]) {
      await visit(journey.page, journey.server.url(path));
      await expectNoAxeViolations(journey.page);
    }
  });
});

const INTAKE_NOTE = 'Sehr motiviert, Stärken im Projektmanagement';
/** Two weeks from today: the form refuses dates in the past. */
const INTAKE_DAY = new Date(Date.now() + 14 * 24 * 3600_000);

async function coordinatorTakesThroughIntake(email: string) {
  await logIn('koordination.anpassung@demo.klimatandem.example', DEMO_PASSWORD, DEMO_TOTP_SECRET);
  await visit(journey.page, journey.server.url('/koordination/anmeldungen'));
  await expectNoAxeViolations(journey.page);
  await journey.page.getByLabel('Suche').fill(email);
  expect(
    await waitForPage(journey.page, () =>
      journey.page.getByRole('button', { name: 'Filter anwenden' }).click(),
    ),
  ).toBe(200);
  // One registration with two roles: one row, one detail journey.page, one intake call.
  const rows = journey.page.locator('tbody tr', { hasText: email });
  expect(await rows.count()).toBe(1);
  expect(await rows.first().textContent()).toContain('Mentee und Mentor*in');
  expect(await waitForPage(journey.page, () => rows.first().getByRole('link').first().click())).toBe(200);
  await expectNoAxeViolations(journey.page);
  const first = await mainText(journey.page);
  expect(first).toContain('Mentee und Mentor*in im Programm');
  expect(first).toContain('Mentee: Angemeldet, Mentor*in: Angemeldet');

  // A native date field: the browser shows it localised and sends it as YYYY-MM-DD.
  await journey.page.getByLabel('Datum').fill(INTAKE_DAY.toISOString().slice(0, 10));
  await journey.page.getByLabel('Uhrzeit').fill('10:30');
  expect(
    await waitForPage(journey.page, () =>
      journey.page.getByRole('button', { name: 'Termin festlegen und E-Mail senden' }).click(),
    ),
  ).toBe(200);
  expect(await mainText(journey.page)).toContain(
    'Mentee: Kennenlerngespräch geplant, Mentor*in: Kennenlerngespräch geplant',
  );
  await journey.page.getByLabel('Neue Notiz').fill(INTAKE_NOTE);
  expect(
    await waitForPage(journey.page, () =>
      journey.page.getByRole('button', { name: /Notiz speichern/ }).click(),
    ),
  ).toBe(200);
  expect(
    await waitForPage(journey.page, () =>
      journey.page.getByRole('button', { name: 'Kennenlerngespräch als geführt markieren' }).click(),
    ),
  ).toBe(200);
  // The decision per role, on the same journey.page.
  await expectNoAxeViolations(journey.page);
  for (const role of ['Mentee', 'Mentor*in']) {
    expect(
      await waitForPage(journey.page, () =>
        journey.page.getByRole('button', { name: `Als ${role} in den Matching-Pool aufnehmen` }).click(),
      ),
    ).toBe(200);
    await expectNoAxeViolations(journey.page);
  }
  const detail = await mainText(journey.page);
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
  await visit(journey.page, journey.server.url('/koordination/anmeldungen'));
  await journey.page.getByRole('button', { name: 'Abmelden' }).click();
}
