import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import vnuJar from 'vnu-jar';

const run = promisify(execFile);

/** The HTML documents a journey's browser received, by status and URL, as the server sent them. */
export class ServedPages {
  readonly pages = new Map<string, string>();
  private pending: Promise<unknown>[] = [];

  watch(page: Page) {
    page.on('response', (res) => {
      if (res.request().resourceType() !== 'document') return;
      if (!(res.headers()['content-type'] ?? '').startsWith('text/html')) return;
      if (res.status() >= 300 && res.status() < 400) return;
      this.pending.push(
        res.text().then(
          (html) => {
            const url = new URL(res.url());
            this.pages.set(`${res.status()} ${url.pathname}${url.search}`, html);
          },
          () => undefined, // a page left before its body arrived: nothing to check
        ),
      );
    });
  }

  async settled() {
    await Promise.all(this.pending);
    this.pending = [];
  }
}

/**
 * The W3C Nu HTML checker (vnu.jar, the same checker as validator.w3.org) over every page, in one run;
 * answers its errors as "status path: line: message".
 */
export async function nuErrors(pages: Map<string, string>): Promise<string[]> {
  if (pages.size === 0) return [];
  const dir = mkdtempSync(join(tmpdir(), 'klimatandem-nu-'));
  try {
    const files = [...pages].map(([name, html], i) => {
      const file = join(dir, `page-${i}.html`);
      writeFileSync(file, html);
      return { file, name };
    });
    const { stdout } = await run(
      'java',
      ['-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', ...files.map((f) => f.file)],
      { maxBuffer: 64 * 1024 * 1024 },
    ).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' })); // exit 1 when there are errors
    const { messages } = JSON.parse(stdout) as {
      messages: { type: string; url: string; lastLine?: number; message: string }[];
    };
    const byFile = new Map(files.map((f) => [`file:${f.file}`, f.name]));
    return messages
      .filter((m) => m.type === 'error')
      .map((m) => `${byFile.get(m.url) ?? m.url}: ${m.lastLine ?? '?'}: ${m.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
