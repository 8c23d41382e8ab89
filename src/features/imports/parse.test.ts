import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseUpload } from './parse.ts';

const csv = (text: string) => Buffer.from(text, 'utf8');

async function sheetOf(file: Buffer) {
  const result = await parseUpload(file);
  if (!result.ok) throw new Error(result.error);
  return result.sheet;
}

describe('CSV', () => {
  it('reads semicolon-separated files, as German Excel writes them', async () => {
    const sheet = await sheetOf(csv('Name;E-Mail;Rolle\r\nAnna Beispiel;anna@example.org;Mentee\r\n'));
    expect(sheet.headers).toEqual(['Name', 'E-Mail', 'Rolle']);
    expect(sheet.rows).toEqual([{ row: 2, cells: ['Anna Beispiel', 'anna@example.org', 'Mentee'] }]);
  });

  it('reads comma-separated files', async () => {
    const sheet = await sheetOf(csv('Name,E-Mail\nAnna,anna@example.org\nBernd,bernd@example.org\n'));
    expect(sheet.headers).toEqual(['Name', 'E-Mail']);
    expect(sheet.rows.map((r) => r.cells[0])).toEqual(['Anna', 'Bernd']);
  });

  it('drops a UTF-8 byte order mark, so the first header stays "Name"', async () => {
    const sheet = await sheetOf(csv('\uFEFFName;Organisation\nJörg;Gemeinde Süderbrarup\n'));
    expect(sheet.headers[0]).toBe('Name');
    expect(sheet.rows[0]!.cells).toEqual(['Jörg', 'Gemeinde Süderbrarup']);
  });

  it('keeps quoted fields whole: delimiters, quotes and line breaks inside', async () => {
    const text =
      'Name;Themen;Notiz\n"Müller; Anna";"Wärmeplanung; Mobilität";"sagt ""gern""\nund mehr"\nBernd;;\n';
    const sheet = await sheetOf(csv(text));
    expect(sheet.rows[0]!.cells).toEqual([
      'Müller; Anna',
      'Wärmeplanung; Mobilität',
      'sagt "gern"\nund mehr',
    ]);
    // A line break inside quotes is still one spreadsheet row: Bernd is row 3.
    expect(sheet.rows[1]!.row).toBe(3);
  });

  it('numbers rows as the spreadsheet does and skips empty ones', async () => {
    const sheet = await sheetOf(csv('Name;E-Mail\nAnna;a@example.org\n\n;\nBernd;b@example.org\n'));
    expect(sheet.rows.map((r) => r.row)).toEqual([2, 5]);
  });

  it('reads Windows-1252 files (Excel "CSV (Trennzeichen-getrennt)")', async () => {
    const latin = Buffer.from('Name;Ort\nJürgen Weiß;Gießen\n', 'latin1');
    const sheet = await sheetOf(latin);
    expect(sheet.rows[0]!.cells).toEqual(['Jürgen Weiß', 'Gießen']);
  });

  it('detects the delimiter from the first line only, ignoring quoted ones', () => {
    expect(detectDelimiter('a;b;c\n1,2,3,4,5')).toBe(';');
    expect(detectDelimiter('"a;b",c,d\n')).toBe(',');
    expect(detectDelimiter('a\tb\n')).toBe('\t');
    expect(detectDelimiter('nur eine Spalte\n')).toBe(',');
  });

  it('refuses empty files, header-only files and old .xls files', async () => {
    expect(await parseUpload(Buffer.alloc(0))).toEqual({ ok: false, error: 'imports.upload.error.empty' });
    expect(await parseUpload(csv('Name;E-Mail\n\n'))).toEqual({
      ok: false,
      error: 'imports.upload.error.noRows',
    });
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await parseUpload(xls)).toEqual({ ok: false, error: 'imports.upload.error.oldExcel' });
  });
});

describe('XLSX', () => {
  async function workbook(build: (wb: ExcelJS.Workbook) => void) {
    const wb = new ExcelJS.Workbook();
    build(wb);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('reads the first sheet with data, with the row numbers Excel shows', async () => {
    const file = await workbook((wb) => {
      wb.addWorksheet('Leer');
      const ws = wb.addWorksheet('Teilnehmende');
      ws.addRow(['Name', 'E-Mail', 'Seit', 'Einwohner']);
      ws.addRow([
        'Anna Beispiel',
        { text: 'anna@example.org', hyperlink: 'mailto:anna@example.org' },
        2019,
        23500,
      ]);
      ws.addRow([]);
      ws.addRow([
        'Bernd Muster',
        'bernd@example.org',
        new Date(Date.UTC(2020, 2, 1)),
        { formula: '1+1', result: 2 },
      ]);
    });
    const sheet = await sheetOf(file);
    expect(sheet.headers).toEqual(['Name', 'E-Mail', 'Seit', 'Einwohner']);
    expect(sheet.rows).toEqual([
      { row: 2, cells: ['Anna Beispiel', 'anna@example.org', '2019', '23500'] },
      { row: 4, cells: ['Bernd Muster', 'bernd@example.org', '2020-03-01', '2'] },
    ]);
  });

  it('refuses a broken archive', async () => {
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('kaputt')]);
    expect(await parseUpload(broken)).toEqual({ ok: false, error: 'imports.upload.error.unreadable' });
  });
});
