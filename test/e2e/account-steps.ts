import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { alerts, expectNoAxeViolations, heading, openMail, visit, waitForPage } from './helpers.ts';
import type { AppServer } from './server.ts';

/** The account steps the accounts journeys share: sign up and verify, log in and out, a code. */
export const VERIFY_SUBJECT = 'Bitte bestätigen Sie Ihre E-Mail-Adresse';

export const inMain = (p: Page) => p.evaluate(() => document.activeElement?.closest('main') !== null);
export const mainText = async (p: Page) =>
  ((await p.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
export const summaryFocused = (p: Page) =>
  p.evaluate(() => document.activeElement?.hasAttribute('data-error-summary') ?? false);

export function verificationLink(server: AppServer, links: string[]) {
  const link = links.find((l) => new URL(l).pathname === '/konto/bestaetigen');
  expect(link, `verification link in ${links.join(', ')}`).toBeDefined();
  expect(link!.startsWith(server.baseUrl), 'links in mails use BASE_URL').toBe(true);
  return link!;
}

// --- mouse helpers for the journeys that are not about the keyboard -----------------------------

export async function signUpAndVerify(
  p: Page,
  server: AppServer,
  person: { name: string; email: string; password: string },
) {
  await visit(p, server.url('/konto/erstellen'));
  await expectNoAxeViolations(p);
  await p.getByLabel('Name', { exact: true }).fill(person.name);
  await p.getByLabel('E-Mail-Adresse', { exact: true }).fill(person.email);
  await p.getByLabel('Neues Passwort', { exact: true }).fill(person.password);
  expect(await waitForPage(p, () => p.getByRole('button', { name: 'Konto erstellen' }).click())).toBe(200);
  expect(await heading(p)).toBe('Bitte prüfen Sie Ihr Postfach');
  await expectNoAxeViolations(p);

  const mail = await openMail(p, server, person.email, VERIFY_SUBJECT);
  await visit(p, verificationLink(server, mail.links));
  expect(await heading(p)).toBe('E-Mail-Adresse bestätigen');
  await expectNoAxeViolations(p);
  expect(
    await waitForPage(p, () => p.getByRole('button', { name: 'E-Mail-Adresse bestätigen' }).click()),
  ).toBe(200);
  expect(new URL(p.url()).pathname).toBe('/anmelden');
  expect(await alerts(p)).toContain('Ihre E-Mail-Adresse ist bestätigt. Sie können sich jetzt anmelden.');
  await expectNoAxeViolations(p);
}

export async function logIn(p: Page, server: AppServer, email: string, password: string) {
  if (new URL(p.url()).pathname !== '/anmelden') await visit(p, server.url('/anmelden'));
  await p.getByLabel('E-Mail-Adresse', { exact: true }).fill(email);
  await p.getByLabel('Passwort', { exact: true }).fill(password);
  const status = await waitForPage(p, () => p.getByRole('button', { name: 'Anmelden', exact: true }).click());
  expect(status).toBe(200);
}

export async function logOut(p: Page) {
  expect(await waitForPage(p, () => p.getByRole('button', { name: 'Abmelden', exact: true }).click())).toBe(
    200,
  );
  expect(new URL(p.url()).pathname).toBe('/');
  expect(await alerts(p)).toContain('Sie sind abgemeldet.');
  await expectNoAxeViolations(p);
}

export async function submitCode(p: Page, button: string, code: string) {
  await p.getByLabel('Code', { exact: true }).fill(code);
  return waitForPage(p, () => p.getByRole('button', { name: button, exact: true }).click());
}
