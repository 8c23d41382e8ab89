import { eq } from 'drizzle-orm';
import { libraryItems } from '../../src/db/schema/index.ts';
import { minimalPdf } from '../../src/demo/library.ts';
import type { TestApp } from '../helpers/app.ts';
import type { TestClient } from '../helpers/client.ts';

export { communityPeople as libraryPeople } from './community.ts';
export { minimalPdf };

export interface UploadFile {
  name: string;
  content: Buffer;
  type?: string;
}

const cookieHeader = (c: TestClient) => [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

/** Posts a form as a browser does with a file field: multipart, the CSRF token from the form's page. */
export async function postMultipart(
  browser: TestClient,
  url: string,
  fields: Record<string, string>,
  file?: UploadFile,
  tokenFrom = '/austausch/methoden/neu',
  /** Another token than the page's, to see a forged request refused. */
  csrf?: string,
) {
  const token = csrf ?? (await browser.token(tokenFrom));
  const boundary = `----klimatandem${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = Object.entries({ _csrf: token, ...fields }).map(([k, v]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="datei"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/pdf'}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return browser.app.inject({
    method: 'POST',
    url,
    remoteAddress: browser.ip,
    headers: {
      cookie: cookieHeader(browser),
      'content-type': `multipart/form-data; boundary=${boundary}`,
      accept: 'text/html',
    },
    payload: Buffer.concat(parts),
  });
}

/** The fields of a text material for both programmes, everyone; override what a test is about. */
export const textItem = (fields: Record<string, string> = {}) => ({
  art: 'text',
  kategorie: 'gespraechsfuehrung',
  zielgruppe: 'alle',
  programm: 'beide',
  titel: 'Aktiv zuhören im Mentoring-Gespräch',
  zusammenfassung: 'Drei Techniken für gute Gespräche.',
  text: 'Stellen Sie **offene Fragen** und fassen Sie zusammen.',
  adresse: '',
  checkliste: '',
  ...fields,
});

/** Creates a material through the form; returns its id. */
export async function createItem(
  t: TestApp,
  browser: TestClient,
  fields: Record<string, string> = {},
  file?: UploadFile,
) {
  const values = textItem(fields);
  const res = await postMultipart(browser, '/austausch/methoden/neu', values, file);
  if (res.statusCode !== 303) throw new Error(`creating the material failed: ${res.statusCode}`);
  const [item] = await t.db.select().from(libraryItems).where(eq(libraryItems.title, values.titel));
  return item!.id;
}

/** Creates a training module through the form, with materials at positions; returns its id. */
export async function createModule(
  browser: TestClient,
  fields: Record<string, string>,
  positions: Record<string, number> = {},
) {
  const res = await browser.post(
    '/austausch/methoden/schulung/neu',
    {
      zielgruppe: 'mentorinnen',
      programm: 'beide',
      beschreibung: '',
      ...fields,
      ...Object.fromEntries(Object.entries(positions).map(([id, p]) => [`position-${id}`, String(p)])),
    },
    { tokenFrom: '/austausch/methoden/schulung/neu' },
  );
  if (res.statusCode !== 303) throw new Error(`creating the module failed: ${res.statusCode}`);
  return String(res.headers.location).split('/').pop()!;
}
