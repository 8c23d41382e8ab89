import { AxeBuilder } from '@axe-core/playwright';
import { Secret, TOTP } from 'otpauth';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AppServer } from './server.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// ---------------------------------------------------------------------------------------------
// Browser
// ---------------------------------------------------------------------------------------------

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Runs `action` (a click, a key press) and waits until the page it leads to has loaded; returns the
 * HTTP status of that page (after redirects).
 */
export async function waitForPage(page: Page, action: () => Promise<unknown>): Promise<number | undefined> {
  const [response] = await Promise.all([page.waitForNavigation({ timeout: 30_000 }), action()]);
  await page.waitForLoadState('load');
  if (response && response.status() >= 500) {
    // A server error fails the caller's status check; show what the server answered.
    const body = await response.text().catch(() => '');
    console.error(
      `${response.status()} for ${response.request().method()} ${response.url()}:\n${body.slice(0, 2000)}`,
    );
  }
  return response?.status();
}

/** page.goto that insists on a status (200 unless told). */
export async function visit(page: Page, url: string, status = 200) {
  const response = await page.goto(url);
  expect(response?.status(), `GET ${url}`).toBe(status);
}

/** The text of the page's one h1. */
export async function heading(page: Page): Promise<string> {
  const h1 = page.locator('h1');
  expect(await h1.count(), `exactly one h1 on ${page.url()}`).toBe(1);
  return ((await h1.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** The flash message and other alerts shown at the top of the page. */
export async function alerts(page: Page): Promise<string[]> {
  return (await page.locator('.kern-alert').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
}

export async function expectErrorTitle(page: Page) {
  expect(await page.title(), `title of ${page.url()}`).toMatch(/^Fehler: /);
}

export async function expectNoErrorTitle(page: Page) {
  expect(await page.title(), `title of ${page.url()}`).not.toMatch(/^Fehler:/);
}

// ---------------------------------------------------------------------------------------------
// Accessibility
// ---------------------------------------------------------------------------------------------

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type AxeViolations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

function formatViolations(violations: AxeViolations): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map(
          (n) => `    at ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
        )
        .join('\n');
      return `  [${v.impact ?? 'unknown'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

/** Runs axe-core (WCAG 2.1 A and AA rules) on the page as it is now; fails listing every violation. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const { violations } = results;
  expect(
    violations.length,
    `axe found ${violations.length} violation(s) on ${page.url()} ("${await page.title()}"):\n${formatViolations(violations)}`,
  ).toBe(0);
}

// ---------------------------------------------------------------------------------------------
// Keyboard
// ---------------------------------------------------------------------------------------------

export interface Focused {
  tag: string;
  type: string;
  id: string;
  /** Label text for form fields, visible text otherwise. */
  name: string;
  href: string;
}

export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', type: '', id: '', name: '', href: '' };
    const labels = (el as HTMLInputElement).labels;
    const label = labels && labels.length > 0 ? labels[0]!.textContent : '';
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type') ?? '',
      id: el.id,
      name: (label || el.textContent || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim(),
      href: el.getAttribute('href') ?? '',
    };
  });
}

const describeFocus = (f: Focused) =>
  `<${f.tag}${f.type ? ` ${f.type}` : ''}> "${f.name}"${f.href ? ` → ${f.href}` : ''}`;

/** Presses Tab (or Shift+Tab) until the focused element is `want`, as a keyboard user does. */
export async function tabTo(
  page: Page,
  want: { tag: string; name: string | RegExp },
  options: { backwards?: boolean; max?: number } = {},
): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < (options.max ?? 40); i++) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    seen.push(describeFocus(f));
    const nameMatches = typeof want.name === 'string' ? f.name === want.name : want.name.test(f.name);
    if (f.tag === want.tag && nameMatches) return f;
  }
  throw new Error(
    `Tab never reached <${want.tag}> "${want.name}" on ${page.url()}; focus went:\n  ${seen.join('\n  ')}`,
  );
}

/** Tabs to a form field by its label and types into it. */
export async function typeInto(page: Page, label: string, text: string) {
  await tabTo(page, { tag: 'input', name: label });
  await page.keyboard.type(text);
}

// ---------------------------------------------------------------------------------------------
// Mail, through the development outbox viewer
// ---------------------------------------------------------------------------------------------

export interface Mail {
  text: string;
  links: string[];
}

/**
 * Opens the newest mail to `to` whose subject matches, through /dev/mails (checking both viewer
 * pages with axe), and returns its text part and the links in it.
 */
export async function openMail(
  page: Page,
  server: AppServer,
  to: string,
  subject: string | RegExp,
): Promise<Mail> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    await visit(page, server.url('/dev/mails'));
    const link = page
      .locator('tbody tr', { hasText: to })
      .filter({ hasText: subject })
      .getByRole('link')
      .first();
    if ((await link.count()) > 0) {
      await expectNoAxeViolations(page);
      expect(await waitForPage(page, () => link.click())).toBe(200);
      break;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `no mail to ${to} with subject ${subject} in the outbox:\n${await page.locator('main').textContent()}`,
      );
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await expectNoAxeViolations(page);
  const text = ((await page.locator('pre[data-mail-text]').textContent()) ?? '').trim();
  return { text, links: text.match(/https?:\/\/[^\s<>"')]+/g) ?? [] };
}

/** A unique address per run, so that journeys never collide. */
export function uniqueEmail(who: string) {
  return `${who}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.org`;
}

const lastStep = new Map<string, number>();

/** Signs in through the login form; with a TOTP key, also through the second step. */
export async function logInAs(
  page: Page,
  server: AppServer,
  email: string,
  password: string,
  totpSecret?: string,
) {
  await visit(page, server.url('/anmelden'));
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  expect(await waitForPage(page, () => page.getByRole('button', { name: 'Anmelden' }).click())).toBe(200);
  if (totpSecret) {
    // A code is accepted once per account: wait for a fresh 30-second step when this one was used.
    const step = () => Math.floor(Date.now() / 30_000);
    while (step() <= (lastStep.get(email) ?? -1)) await new Promise((r) => setTimeout(r, 1000));
    lastStep.set(email, step());
    const code = new TOTP({
      secret: Secret.fromBase32(totpSecret),
      digits: 6,
      period: 30,
      algorithm: 'SHA1',
    }).generate();
    await page.getByLabel('Code').fill(code);
    expect(await waitForPage(page, () => page.getByRole('button', { name: 'Bestätigen' }).click())).toBe(200);
  }
}

/**
 * From the header's one entry "Koordination" to one of its pages, through the sub-navigation that
 * every coordination and Verwaltung page shows. Returns the status of the page reached.
 */
export async function openCoordinationArea(page: Page, name: string): Promise<number | undefined> {
  const header = page.getByRole('navigation', { name: 'Hauptnavigation' });
  expect(
    await waitForPage(page, () => header.getByRole('link', { name: 'Koordination', exact: true }).click()),
  ).toBe(200);
  const areas = page.getByRole('navigation', { name: 'Koordination und Verwaltung' });
  return waitForPage(page, () => areas.getByRole('link', { name, exact: true }).click());
}

/** The header's links, in order, as a reader sees them. */
export const headerLinks = (page: Page) =>
  page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link').allInnerTexts();
