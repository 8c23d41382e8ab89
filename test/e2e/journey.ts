import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchBrowser } from './helpers.ts';
import { nuErrors, ServedPages } from './nu.ts';
import { AppServer } from './server.ts';

export interface Journey {
  readonly server: AppServer;
  readonly context: BrowserContext;
  readonly page: Page;
}

/**
 * The hooks of a journey file: one server (on a fresh data directory) and one browser for the file,
 * a fresh German browser context and page per test, and the server's output when a test fails. Every
 * HTML page the browser received is checked with the W3C Nu checker at the end: no errors allowed.
 */
export function useJourney(options: { demo?: boolean; acceptDownloads?: boolean } = {}): Journey {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const served = new ServedPages();

  beforeAll(async () => {
    [server, browser] = await Promise.all([AppServer.start({ demo: options.demo }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
    const errors = await nuErrors(served.pages);
    expect(errors, `W3C Nu errors on ${served.pages.size} pages`).toEqual([]);
  });
  beforeEach(async ({ onTestFailed }) => {
    const logStart = server!.output().length;
    onTestFailed(() => {
      console.error(
        `server output during the failed test:\n${server!.output().slice(logStart) || '(nothing)'}`,
      );
    });
    context = await browser!.newContext({ locale: 'de-DE', acceptDownloads: options.acceptDownloads });
    page = await context.newPage();
    served.watch(page);
  });
  afterEach(async () => {
    await served.settled();
    await context?.close();
  });

  return {
    get server() {
      return server!;
    },
    get context() {
      return context!;
    },
    get page() {
      return page!;
    },
  };
}
