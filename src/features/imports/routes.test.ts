import { count, eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/app.ts';
import { type TestClient, text } from '../../../test/helpers/client.ts';
import { createUser, loginAs } from '../../../test/helpers/factories.ts';
import { SAMPLE_HEADERS, sampleCsv } from '../../../test/support/imports-sample.ts';
import { xlsxBomb } from '../../../test/support/imports-xlsx.ts';
import { participations, programmeCoordinators, registrationDrafts, users } from '../../db/schema/index.ts';
import { hashToken } from '../../platform/tokens.ts';
import { findProgrammeBySlug, listActiveTopics, type Programme } from '../programmes/index.ts';
import { FIELDS, suggestMapping } from './mapping.ts';
import { MAX_INFLATED_MB } from './xlsx/index.ts';

const t = useTestApp();
let coordinator: TestClient;
let klimaschutz: Programme;
let csv: Buffer;

beforeAll(async () => {
  coordinator = await loginAs(t, await createUser(t.db, { kind: 'coordinator' }));
  klimaschutz = (await findProgrammeBySlug(t.db, 'klimaschutz'))!;
  const topics = (await listActiveTopics(t.db, klimaschutz.id)).map((x) => x.label);
  // 1,000 people; three rows are broken. Data index i is spreadsheet row i + 2.
  const text = sampleCsv(1_000, {
    topics,
    domain: 'liste.example',
    change: (i, row) => {
      if (i === 10) row['E-Mail'] = 'kein-at-zeichen.example';
      if (i === 500) row.Bundesland = 'Atlantis';
      if (i === 999) row.Rolle = '';
    },
  });
  csv = Buffer.concat([Buffer.from('\uFEFF'), Buffer.from(text)]);
});

const cookieHeader = (c: TestClient) => [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

/** Posts the upload form as a browser does: multipart, with the CSRF token as a field. */
async function upload(
  client: TestClient,
  fields: Record<string, string>,
  file?: { name: string; content: Buffer },
) {
  const boundary = `----klimatandem${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="datei"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return t.app.inject({
    method: 'POST',
    url: '/koordination/import',
    remoteAddress: client.ip,
    headers: { cookie: cookieHeader(client), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat(parts),
  });
}

async function uploadList(client: TestClient, content = csv) {
  const token = await client.token('/koordination/import');
  const res = await upload(
    client,
    { _csrf: token, programm: klimaschutz.id },
    { name: 'liste.csv', content },
  );
  expect(res.statusCode).toBe(303);
  const location = String(res.headers.location);
  expect(location).toMatch(/^\/koordination\/import\/[\w-]{43}\/zuordnung$/);
  return location.replace(/\/zuordnung$/, '');
}

const mappingFields = () =>
  Object.fromEntries(
    Object.entries(suggestMapping(SAMPLE_HEADERS)).map(([f, c]) => [
      `spalte_${f}`,
      c === null ? '' : String(c),
    ]),
  );

const issueRows = (html: string) => [...html.matchAll(/scope="row">(\d+)<\/th>/g)].map((m) => Number(m[1]));

const countUsers = async () =>
  (await t.db.select({ n: count() }).from(users).where(like(users.email, '%@liste.example')))[0]!.n;

describe('import of an existing list', () => {
  it('imports 997 of 1,000 rows and names the 3 broken rows; a dry run first writes nothing', async () => {
    const page = await coordinator.get('/koordination/import');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('enctype="multipart/form-data"');
    const base = await uploadList(coordinator);

    const mapping = await coordinator.get(`${base}/zuordnung`);
    expect(mapping.statusCode).toBe(200);
    expect(text(mapping.body)).toContain('liste.csv: 1000 Zeilen mit Daten, 14 Spalten');
    expect(mapping.body).toMatch(/<option value="1" selected>Spalte B: E-Mail<\/option>/);
    expect(text(mapping.body)).toContain('Person 5 Beispiel');
    const mapped = await coordinator.post(`${base}/zuordnung`, mappingFields(), {
      tokenFrom: `${base}/zuordnung`,
    });
    expect(mapped.headers.location).toBe(`${base}/pruefung`);

    const check = await coordinator.get(`${base}/pruefung`);
    expect(text(check.body)).toContain('997 von 1000 Zeilen sind gültig.');
    expect(issueRows(check.body)).toEqual([12, 502, 1001]);
    expect(text(check.body)).toContain(
      '12 E-Mail-Adresse „kein-at-zeichen.example“ ist keine gültige E-Mail-Adresse.',
    );
    expect(text(check.body)).toContain('502 Bundesland „Atlantis“ ist kein Bundesland.');
    expect(text(check.body)).toContain('1001 Rolle Diese Angabe fehlt; sie ist Pflicht.');

    const dry = await coordinator.post(
      `${base}/import`,
      { modus: 'probelauf' },
      { tokenFrom: `${base}/pruefung` },
    );
    expect(dry.statusCode).toBe(200);
    expect(text(dry.body)).toContain('Probelauf: Das würde der Import tun');
    expect(dry.body).toContain('data-figure="created">997<');
    expect(await countUsers()).toBe(0);

    const run = await coordinator.post(
      `${base}/import`,
      { modus: 'importieren' },
      { tokenFrom: `${base}/pruefung` },
    );
    expect(run.headers.location).toBe(`${base}/ergebnis`);
    const result = await coordinator.get(`${base}/ergebnis`);
    expect(text(result.body)).toContain('Der Import ist abgeschlossen.');
    expect(result.body).toContain('data-figure="created">997<');
    expect(result.body).toContain('data-figure="skipped">3<');
    expect(issueRows(result.body)).toEqual([12, 502, 1001]);
    expect(await countUsers()).toBe(997);
    expect(await t.db.select().from(users).where(eq(users.email, 'person11@liste.example'))).toHaveLength(0);

    // Submitting again (back button) imports nothing more.
    const twice = await coordinator.post(
      `${base}/import`,
      { modus: 'importieren' },
      { tokenFrom: `${base}/ergebnis` },
    );
    expect(twice.headers.location).toBe(`${base}/ergebnis`);
    // The file's rows are not kept once imported.
    const tokenHash = hashToken(base.split('/').pop()!);
    const [draft] = await t.db
      .select()
      .from(registrationDrafts)
      .where(eq(registrationDrafts.tokenHash, tokenHash));
    expect(draft!.submittedAt).not.toBeNull();
    expect(JSON.stringify(draft!.data)).not.toContain('Person 5 Beispiel');
  });

  it('imports the same list again without duplicates: everyone updated, no one created', async () => {
    const [before] = await t.db.select({ n: count() }).from(participations);
    const base = await uploadList(coordinator);
    await coordinator.post(`${base}/zuordnung`, mappingFields(), { tokenFrom: `${base}/zuordnung` });
    await coordinator.post(`${base}/import`, { modus: 'importieren' }, { tokenFrom: `${base}/pruefung` });
    const result = await coordinator.get(`${base}/ergebnis`);
    expect(result.body).toContain('data-figure="created">0<');
    expect(result.body).toContain('data-figure="updated">997<');
    expect(result.body).toContain('data-figure="invitations">0<');
    expect(await countUsers()).toBe(997);
    const [after] = await t.db.select({ n: count() }).from(participations);
    expect(after!.n).toBe(before!.n);
  });
});

describe('text encodings', () => {
  it('reads a UTF-16 file (Excel "Unicode-Text"), little- and big-endian, by its byte order mark', async () => {
    const tsv = 'Name\tE-Mail\tRolle\r\nJürgen Weiß\tjuergen@example.org\tMentee\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const content of [le, be]) {
      const base = await uploadList(coordinator, content);
      const mapping = await coordinator.get(`${base}/zuordnung`);
      expect(text(mapping.body)).toMatch(/liste\.csv: 1 \S+ mit Daten, 3 Spalten/);
      expect(text(mapping.body)).toContain('Jürgen Weiß');
    }
  });
});

describe('upload safeguards', () => {
  it('refuses an XLSX that inflates beyond 100 MB with a German message, and keeps serving others', async () => {
    const token = await coordinator.token('/koordination/import');
    const bomb = { name: 'bombe.xlsx', content: xlsxBomb(MAX_INFLATED_MB + 20) };
    const [res, home] = await Promise.all([
      upload(coordinator, { _csrf: token, programm: klimaschutz.id }, bomb),
      t.app.inject({ method: 'GET', url: '/' }),
    ]);
    expect(res.statusCode).toBe(422);
    expect(text(res.body)).toContain('Die Excel-Datei ist entpackt größer als 100 MB');
    expect(home.statusCode).toBe(200);
  });

  it('refuses an upload without a valid CSRF token (403) and stores nothing', async () => {
    const [before] = await t.db.select({ n: count() }).from(registrationDrafts);
    const file = { name: 'liste.csv', content: csv };
    expect((await upload(coordinator, { programm: klimaschutz.id }, file)).statusCode).toBe(403);
    expect(
      (await upload(coordinator, { _csrf: 'gefälscht', programm: klimaschutz.id }, file)).statusCode,
    ).toBe(403);
    const [after] = await t.db.select({ n: count() }).from(registrationDrafts);
    expect(after!.n).toBe(before!.n);
  });

  it('refuses files over 10 MB (413) and sends anonymous uploads to the login', async () => {
    const token = await coordinator.token('/koordination/import');
    const big = { name: 'gross.csv', content: Buffer.alloc(10 * 1024 * 1024 + 1, 'a') };
    const res = await upload(coordinator, { _csrf: token, programm: klimaschutz.id }, big);
    expect(res.statusCode).toBe(413);
    const anonymous = new (coordinator.constructor as typeof TestClient)(t.app, '10.9.9.9');
    const anon = await upload(
      anonymous,
      { _csrf: await anonymous.token('/') },
      { name: 'l.csv', content: csv },
    );
    expect(anon.statusCode).toBe(303);
    expect(anon.headers.location).toMatch(/^\/anmelden\?weiter=/);
  });

  it('refuses a coordinator of another programme, and keeps uploads to their uploader', async () => {
    const other = await createUser(t.db, { kind: 'participant', totp: true });
    const klimaanpassung = (await findProgrammeBySlug(t.db, 'klimaanpassung'))!;
    await t.db.insert(programmeCoordinators).values({ programmeId: klimaanpassung.id, userId: other.id });
    const client = await loginAs(t, other);
    const page = await client.get('/koordination/import');
    expect(page.body).toContain(klimaanpassung.name);
    expect(page.body).not.toContain(`value="${klimaschutz.id}"`);
    const token = await client.token('/koordination/import');
    const res = await upload(
      client,
      { _csrf: token, programm: klimaschutz.id },
      { name: 'l.csv', content: csv },
    );
    expect(res.statusCode).toBe(403);
    const base = await uploadList(coordinator);
    expect((await client.get(`${base}/zuordnung`)).statusCode).toBe(404);
  });

  it('answers a missing file, an old Excel file and an incomplete mapping with the form and a message', async () => {
    const token = await coordinator.token('/koordination/import');
    const none = await upload(coordinator, { _csrf: token, programm: klimaschutz.id });
    expect(none.statusCode).toBe(422);
    expect(text(none.body)).toContain('Bitte wählen Sie eine Datei aus.');
    const xls = { name: 'alt.xls', content: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]) };
    const old = await upload(coordinator, { _csrf: token, programm: klimaschutz.id }, xls);
    expect(old.statusCode).toBe(422);
    expect(text(old.body)).toContain('alten Format (.xls)');

    const unreadable = [
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name\tE-Mail\n\ud800', 'utf16le')]),
      Buffer.from('Name;E-Mail\nAnna\u0000;a@example.org\n', 'utf8'),
      Buffer.from('Name;E-Mail\nAnna;a@example.org\n', 'utf16le'),
    ];
    for (const content of unreadable) {
      const res = await upload(
        coordinator,
        { _csrf: token, programm: klimaschutz.id },
        { name: 'x.csv', content },
      );
      expect(res.statusCode).toBe(422);
      expect(text(res.body)).toContain('Die Datei konnte nicht gelesen werden.');
    }

    const base = await uploadList(coordinator);
    const fields = { ...mappingFields(), spalte_role: '' };
    const res = await coordinator.post(`${base}/zuordnung`, fields, { tokenFrom: `${base}/zuordnung` });
    expect(res.statusCode).toBe(422);
    expect(text(res.body)).toContain('Bitte wählen Sie die Spalte für diese Pflichtangabe.');
    expect(FIELDS).toContain('role');
  });
});
