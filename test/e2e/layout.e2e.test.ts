import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/demo/seed.ts';
import { launchBrowser, logInAs, visit } from './helpers.ts';
import { AppServer } from './server.ts';

let server: AppServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([AppServer.start({ demo: true }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

const COORDINATOR = 'koordination.anpassung@demo.klimatandem.example';

describe('layout in a real browser', () => {
  it('at 390 px, a programme card’s long German heading stays inside the card', async () => {
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await visit(page, server.url('/'));
    const cards = await page.locator('.card-list .kern-card').evaluateAll((els) =>
      els.map((card) => {
        const h = card.querySelector('.kern-title') as HTMLElement;
        return {
          heading: h.textContent,
          headingFits: h.scrollWidth <= h.clientWidth,
          cardFits: card.scrollWidth <= card.clientWidth,
        };
      }),
    );
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards) expect(c, c.heading ?? '').toMatchObject({ headingFits: true, cardFits: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });

  it('tables use the content width on the desktop and scroll, focusable and named, on a phone', async () => {
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await logInAs(page, server, COORDINATOR, DEMO_PASSWORD, DEMO_TOTP_SECRET);
    // The matching overview's table sits in a section kept narrow for reading.
    await visit(page, server.url('/koordination/matching'));
    const widths = await page.evaluate(() => {
      const table = document.querySelector('main table') as HTMLElement;
      const main = document.querySelector('main') as HTMLElement;
      const style = getComputedStyle(main);
      const content =
        main.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      return { table: table.getBoundingClientRect().width, content };
    });
    expect(widths.table, JSON.stringify(widths)).toBeGreaterThanOrEqual(widths.content - 2);

    await page.setViewportSize({ width: 390, height: 844 });
    await visit(page, server.url('/koordination/anmeldungen'));
    const wrapper = await page.evaluate(() => {
      const w = document.querySelector('main .kern-table-responsive') as HTMLElement;
      return {
        scrolls: w.scrollWidth > w.clientWidth,
        tabindex: w.getAttribute('tabindex'),
        role: w.getAttribute('role'),
        name: w.getAttribute('aria-label') ?? w.getAttribute('aria-labelledby'),
        pageFits: document.documentElement.scrollWidth <= 390,
      };
    });
    expect(wrapper.pageFits).toBe(true);
    // The intake list is wider than a phone: its wrapper scrolls, takes the focus and has a name.
    expect(wrapper).toMatchObject({ scrolls: true, tabindex: '0', role: 'region' });
    expect(wrapper.name).toBeTruthy();
    await context.close();
  });
});
