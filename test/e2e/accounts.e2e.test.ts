import { Secret, TOTP } from 'otpauth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  alerts,
  expectErrorTitle,
  expectNoAxeViolations,
  expectNoErrorTitle,
  focused,
  heading,
  launchBrowser,
  openMail,
  tabTo,
  typeInto,
  uniqueEmail,
  visit,
  waitForPage,
} from './helpers.ts';
import { AppServer } from './server.ts';

let server: AppServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([AppServer.start(), launchBrowser()]);
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

const VERIFY_SUBJECT = 'Bitte bestätigen Sie Ihre E-Mail-Adresse';

const inMain = (p: Page) => p.evaluate(() => document.activeElement?.closest('main') !== null);
const mainText = async (p: Page) => ((await p.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
const summaryFocused = (p: Page) =>
  p.evaluate(() => document.activeElement?.hasAttribute('data-error-summary') ?? false);

function verificationLink(links: string[]) {
  const link = links.find((l) => new URL(l).pathname === '/konto/bestaetigen');
  expect(link, `verification link in ${links.join(', ')}`).toBeDefined();
  expect(link!.startsWith(server.baseUrl), 'links in mails use BASE_URL').toBe(true);
  return link!;
}

// --- mouse helpers for the journeys that are not about the keyboard -----------------------------

async function signUpAndVerify(p: Page, person: { name: string; email: string; password: string }) {
  await visit(p, server.url('/konto/erstellen'));
  await expectNoAxeViolations(p);
  await p.getByLabel('Name', { exact: true }).fill(person.name);
  await p.getByLabel('E-Mail-Adresse', { exact: true }).fill(person.email);
  await p.getByLabel('Neues Passwort', { exact: true }).fill(person.password);
  expect(await waitForPage(p, () => p.getByRole('button', { name: 'Konto erstellen' }).click())).toBe(200);
  expect(await heading(p)).toBe('Bitte prüfen Sie Ihr Postfach');
  await expectNoAxeViolations(p);

  const mail = await openMail(p, server, person.email, VERIFY_SUBJECT);
  await visit(p, verificationLink(mail.links));
  expect(await heading(p)).toBe('E-Mail-Adresse bestätigen');
  await expectNoAxeViolations(p);
  expect(
    await waitForPage(p, () => p.getByRole('button', { name: 'E-Mail-Adresse bestätigen' }).click()),
  ).toBe(200);
  expect(new URL(p.url()).pathname).toBe('/anmelden');
  expect(await alerts(p)).toContain('Ihre E-Mail-Adresse ist bestätigt. Sie können sich jetzt anmelden.');
  await expectNoAxeViolations(p);
}

async function logIn(p: Page, email: string, password: string) {
  if (new URL(p.url()).pathname !== '/anmelden') await visit(p, server.url('/anmelden'));
  await p.getByLabel('E-Mail-Adresse', { exact: true }).fill(email);
  await p.getByLabel('Passwort', { exact: true }).fill(password);
  const status = await waitForPage(p, () => p.getByRole('button', { name: 'Anmelden', exact: true }).click());
  expect(status).toBe(200);
}

async function logOut(p: Page) {
  expect(await waitForPage(p, () => p.getByRole('button', { name: 'Abmelden', exact: true }).click())).toBe(
    200,
  );
  expect(new URL(p.url()).pathname).toBe('/');
  expect(await alerts(p)).toContain('Sie sind abgemeldet.');
  await expectNoAxeViolations(p);
}

async function submitCode(p: Page, button: string, code: string) {
  await p.getByLabel('Code', { exact: true }).fill(code);
  return waitForPage(p, () => p.getByRole('button', { name: button, exact: true }).click());
}

describe('accounts in the browser', () => {
  it('a participant signs up, confirms the address, logs in and out using only the keyboard', async () => {
    const name = 'Kim Tastatur';
    const email = uniqueEmail('kim');
    const password = 'Klimatandem-Tastatur-2026';

    // Start page; the first Tab reaches the skip link, which moves focus into the main content.
    await visit(page, server.url('/'));
    expect(await heading(page)).toBe('Mentoring für kommunale Klimamanager*innen');
    await expectNoErrorTitle(page);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', name: 'Zum Inhalt springen', href: '#inhalt' });
    expect(
      await page.evaluate(() => document.activeElement?.getBoundingClientRect().left ?? -1),
    ).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page).then((f) => `${f.tag}#${f.id}`)).toBe('main#inhalt');
    await page.keyboard.press('Tab');
    expect(await inMain(page), 'the next Tab after the skip link stays in the main content').toBe(true);

    // To "Konto erstellen".
    await tabTo(page, { tag: 'a', name: 'Konto erstellen' });
    expect(await waitForPage(page, () => page.keyboard.press('Enter'))).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/konto/erstellen');
    expect(await heading(page)).toBe('Konto erstellen');
    await expectNoErrorTitle(page);
    await expectNoAxeViolations(page);

    // Submitting the empty form: 422, every error listed and linked to its field, focus on the summary.
    await tabTo(page, { tag: 'button', name: 'Konto erstellen' });
    expect(await waitForPage(page, () => page.keyboard.press('Enter'))).toBe(422);
    await expectErrorTitle(page);
    expect(await heading(page)).toBe('Konto erstellen');
    const summary = page.locator('[data-error-summary]');
    expect(await summary.getByRole('heading').textContent()).toBe('Bitte korrigieren Sie 3 Angaben:');
    const errorLinks = await summary
      .getByRole('link')
      .evaluateAll((links) =>
        links.map((a) => ({ text: (a.textContent ?? '').trim(), href: a.getAttribute('href') })),
      );
    expect(errorLinks).toEqual([
      { text: 'Name: Bitte geben Sie Ihren Namen ein.', href: '#feld-name' },
      { text: 'E-Mail-Adresse: Bitte geben Sie Ihre E-Mail-Adresse ein.', href: '#feld-email' },
      { text: 'Neues Passwort: Bitte geben Sie ein Passwort ein.', href: '#feld-password' },
    ]);
    for (const { text, href } of errorLinks) {
      const field = page.locator(href!);
      expect(await field.getAttribute('aria-invalid'), href!).toBe('true');
      // The message next to the field is part of its accessible description.
      const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
      const description = await page.evaluate(
        (ids) => ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
        describedBy.split(' ').filter(Boolean),
      );
      // The summary names the field; the message beside it does not need to.
      expect(description).toContain(text.slice(text.indexOf(': ') + 2));
    }
    await expect.poll(() => summaryFocused(page), { message: 'focus moves to the error summary' }).toBe(true);
    await expectNoAxeViolations(page);

    // From the summary, the first error link leads straight into the name field.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', href: '#feld-name' });
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page).then((f) => f.id)).toBe('feld-name');
    await page.keyboard.type(name);
    await typeInto(page, 'E-Mail-Adresse', email);
    await typeInto(page, 'Neues Passwort', password);
    await tabTo(page, { tag: 'button', name: 'Konto erstellen' });
    expect(await waitForPage(page, () => page.keyboard.press('Enter'))).toBe(200);
    expect(await heading(page)).toBe('Bitte prüfen Sie Ihr Postfach');
    await expectNoErrorTitle(page);
    await expectNoAxeViolations(page);

    // The verification mail; its link asks for one more confirmation.
    const mail = await openMail(page, server, email, VERIFY_SUBJECT);
    expect(mail.text).toContain('Bitte bestätigen Sie Ihre E-Mail-Adresse.');
    await visit(page, verificationLink(mail.links));
    expect(await heading(page)).toBe('E-Mail-Adresse bestätigen');
    await expectNoAxeViolations(page);
    await tabTo(page, { tag: 'button', name: 'E-Mail-Adresse bestätigen' });
    expect(await waitForPage(page, () => page.keyboard.press('Enter'))).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/anmelden');
    expect(await heading(page)).toBe('Anmelden');
    expect(await alerts(page)).toContain(
      'Ihre E-Mail-Adresse ist bestätigt. Sie können sich jetzt anmelden.',
    );
    await expectNoAxeViolations(page);

    // A wrong password first: 401, an error title and message, the address kept.
    await typeInto(page, 'E-Mail-Adresse', email);
    await typeInto(page, 'Passwort', 'nicht-das-richtige-Passwort');
    await tabTo(page, { tag: 'button', name: 'Anmelden' });
    expect(await waitForPage(page, () => page.keyboard.press('Enter'))).toBe(401);
    await expectErrorTitle(page);
    expect((await alerts(page)).join(' ')).toContain('E-Mail-Adresse oder Passwort ist nicht richtig.');
    expect(await page.locator('#feld-email').inputValue()).toBe(email);
    await expect.poll(() => summaryFocused(page), { message: 'focus moves to the error message' }).toBe(true);
    await expectNoAxeViolations(page);

    // Then the right one.
    await typeInto(page, 'Passwort', password);
    await tabTo(page, { tag: 'button', name: 'Anmelden' });
    expect(await waitForPage(page, () => page.keyboard.press('Enter'))).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/konto');
    expect(await heading(page)).toBe('Mein Konto');
    expect(await alerts(page)).toContain('Sie sind angemeldet.');
    const account = await mainText(page);
    expect(account).toContain(email);
    expect(account).toContain(name);
    expect(account).toContain('Teilnehmende*r');
    await expectNoAxeViolations(page);

    // Log out with the button in the navigation.
    await tabTo(page, { tag: 'button', name: 'Abmelden' });
    expect(await waitForPage(page, () => page.keyboard.press('Enter'))).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await alerts(page)).toContain('Sie sind abgemeldet.');
    await expectNoAxeViolations(page);

    // The session is gone: the account page asks for a login again.
    await visit(page, server.url('/konto'));
    expect(new URL(page.url()).pathname).toBe('/anmelden');
    expect(await heading(page)).toBe('Anmelden');
  });

  it('a coordinator must set up two-factor authentication and then logs in with a code', async () => {
    const person = {
      name: 'Robin Koordination',
      email: uniqueEmail('robin'),
      password: 'Koordination-Zweifaktor-2026',
    };
    await signUpAndVerify(page, person);

    // The operator makes the person a coordinator with the CLI (PGlite: one process per data dir).
    expect(await server.stop(), 'the server shuts down cleanly on SIGTERM').toBe(0);
    const grant = await server.cli([
      'grant-coordinator',
      '--email',
      person.email,
      '--programme',
      'klimaschutz',
    ]);
    expect(grant.code, grant.stderr).toBe(0);
    expect(grant.stdout).toContain(person.email);
    await server.start();

    // Logging in leads to setting up the second factor, which is required for coordinators.
    await visit(page, server.url('/anmelden'));
    await logIn(page, person.email, person.password);
    expect(new URL(page.url()).pathname).toBe('/konto/2fa');
    expect(await heading(page)).toBe('Zwei-Faktor-Authentisierung einrichten');
    expect((await alerts(page)).join(' ')).toContain('Zwei-Faktor-Authentisierung vorgeschrieben');
    await expectNoErrorTitle(page);
    await expectNoAxeViolations(page);

    // A wrong code: an error state.
    expect(await submitCode(page, 'Einrichtung abschließen', '000000')).toBe(422);
    await expectErrorTitle(page);
    expect((await alerts(page)).join(' ')).toContain('Der Code ist nicht richtig oder abgelaufen.');
    await expectNoAxeViolations(page);

    // The key shown for typing in by hand, as an authenticator app uses it.
    const secret = await page.locator('code[data-totp-secret]').getAttribute('data-totp-secret');
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    const totp = new TOTP({ secret: Secret.fromBase32(secret!), digits: 6, period: 30, algorithm: 'SHA1' });
    const enrolStep = Math.floor(Date.now() / 30_000);
    const enrolCode = totp.generate();
    expect(await submitCode(page, 'Einrichtung abschließen', enrolCode)).toBe(200);
    expect(await heading(page)).toBe('Ihre Wiederherstellungscodes');
    expect(await alerts(page)).toContain('Die Zwei-Faktor-Authentisierung ist eingerichtet.');
    const codes = (await page.locator('[data-recovery-codes] li').allInnerTexts()).map((c) => c.trim());
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    await expectNoAxeViolations(page);

    const notice = await openMail(page, server, person.email, 'Zwei-Faktor-Authentisierung eingerichtet');
    expect(notice.text).toContain('Zwei-Faktor-Authentisierung eingerichtet');
    await visit(page, server.url('/konto'));
    await logOut(page);

    // Second login: the password is not enough any more.
    await visit(page, server.url('/anmelden'));
    await logIn(page, person.email, person.password);
    expect(new URL(page.url()).pathname).toBe('/anmelden/2fa');
    expect(await heading(page)).toBe('Anmeldung bestätigen');
    await expectNoAxeViolations(page);

    // The code already used for the set-up is refused (no replay)…
    expect(await submitCode(page, 'Bestätigen', enrolCode)).toBe(422);
    await expectErrorTitle(page);
    expect((await alerts(page)).join(' ')).toContain('Der Code ist nicht richtig oder abgelaufen.');
    await expectNoAxeViolations(page);

    // …a recovery code works instead of the app, once.
    expect(await submitCode(page, 'Bestätigen', codes[0]!)).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/konto');
    expect(await alerts(page)).toContain('Sie sind angemeldet.');
    await visit(page, server.url('/konto/2fa'));
    expect(await heading(page)).toBe('Zwei-Faktor-Authentisierung');
    expect(await mainText(page)).toContain('Unbenutzte Wiederherstellungscodes: 9');
    await expectNoAxeViolations(page);
    await logOut(page);

    // Third login: the used recovery code is refused, the app's next code is accepted.
    await visit(page, server.url('/anmelden'));
    await logIn(page, person.email, person.password);
    expect(new URL(page.url()).pathname).toBe('/anmelden/2fa');
    expect(await submitCode(page, 'Bestätigen', codes[0]!)).toBe(422);
    await expectErrorTitle(page);
    await expectNoAxeViolations(page);
    while (Math.floor(Date.now() / 30_000) <= enrolStep) await new Promise((r) => setTimeout(r, 250));
    expect(await submitCode(page, 'Bestätigen', totp.generate())).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/konto');
    expect(await alerts(page)).toContain('Sie sind angemeldet.');
    const account = await mainText(page);
    expect(account).toContain('Koordination');
    expect(account).toContain('Die Zwei-Faktor-Authentisierung ist eingerichtet.');
    await expectNoAxeViolations(page);
    await logOut(page);
  }, 240_000);

  it('switches the start page to English and back', async () => {
    await visit(page, server.url('/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await expectNoAxeViolations(page);

    expect(await waitForPage(page, () => page.getByRole('button', { name: 'English' }).click())).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await heading(page)).toBe('Mentoring for municipal climate managers');
    expect(await page.getByRole('link', { name: 'Skip to content' }).count()).toBe(1);
    await expectNoAxeViolations(page);

    expect(await waitForPage(page, () => page.getByRole('button', { name: 'Deutsch' }).click())).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await heading(page)).toBe('Mentoring für kommunale Klimamanager*innen');
    await expectNoAxeViolations(page);
  });
});
