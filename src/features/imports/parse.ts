import { parse as parseCsv } from 'csv-parse/sync';
import type { ParseResult, SheetRow } from './sheet.ts';
import { parseXlsx } from './xlsx/index.ts';

export type { ParseError, ParseResult, Sheet, SheetRow } from './sheet.ts';

export const MAX_ROWS = 20_000;
export const MAX_COLUMNS = 100;
/** Longer cells are cut: no field of ours needs more, and it keeps a hostile file small. */
const MAX_CELL = 2_000;

/** Reads an uploaded CSV or XLSX file; the type is told by its first bytes, not by its name. */
export async function parseUpload(file: Buffer): Promise<ParseResult> {
  if (file.length === 0) return { ok: false, error: 'imports.upload.error.empty' };
  // XLSX is a ZIP archive; the old binary Excel format starts with the OLE2 signature.
  if (file.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return parseXlsx(file);
  if (file.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])))
    return { ok: false, error: 'imports.upload.error.oldExcel' };
  const text = decodeText(file);
  if (text === null) return { ok: false, error: 'imports.upload.error.unreadable' };
  try {
    return toSheet(parseCsvText(text));
  } catch {
    return { ok: false, error: 'imports.upload.error.unreadable' };
  }
}

/**
 * UTF-16 by its byte order mark (Excel's "Unicode-Text"); UTF-8 (with or without BOM); a file that is not
 * valid UTF-8 is read as Windows-1252, which is what Excel on German Windows writes when it saves "CSV
 * (Trennzeichen-getrennt)". Null for broken UTF-16.
 */
export function decodeText(file: Buffer): string | null {
  let text: string;
  try {
    if (file[0] === 0xff && file[1] === 0xfe)
      text = new TextDecoder('utf-16le', { fatal: true }).decode(file);
    else if (file[0] === 0xfe && file[1] === 0xff)
      text = new TextDecoder('utf-16be', { fatal: true }).decode(file);
    else text = decodeUtf8OrLatin(file);
  } catch {
    return null;
  }
  return text;
}

function decodeUtf8OrLatin(file: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    return new TextDecoder('windows-1252').decode(file);
  }
}

/** The delimiter of the first record: semicolon (German Excel), comma, or tab, outside quotes. */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text.replace(/^\uFEFF/, '')) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts] += 1;
  }
  const best = (Object.entries(counts) as [keyof typeof counts, number][]).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ',';
}

export function parseCsvText(text: string): string[][] {
  return parseCsv(text, {
    delimiter: detectDelimiter(text),
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
}

/**
 * The first non-empty record is the header; each later record keeps the number the spreadsheet shows
 * (record i is row i + 1), and empty records are left out.
 */
export function toSheet(records: string[][]): ParseResult {
  const clean = records.map((r) => r.map((c) => String(c ?? '').slice(0, MAX_CELL)));
  // A NUL character means the file is no text (UTF-16 without its mark, a binary file); the database
  // would refuse it, too.
  if (clean.some((r) => r.some((c) => c.includes('\u0000'))))
    return { ok: false, error: 'imports.upload.error.unreadable' };
  const isEmpty = (r: string[]) => r.every((c) => c.trim() === '');
  const headerIndex = clean.findIndex((r) => !isEmpty(r));
  if (headerIndex < 0) return { ok: false, error: 'imports.upload.error.empty' };
  const headers = trimTrailingEmpty(clean[headerIndex]!.map((h) => h.trim()));
  if (headers.length > MAX_COLUMNS) return { ok: false, error: 'imports.upload.error.tooManyColumns' };
  const rows: SheetRow[] = [];
  for (let i = headerIndex + 1; i < clean.length; i++) {
    const cells = clean[i]!;
    if (!isEmpty(cells)) rows.push({ row: i + 1, cells: cells.slice(0, MAX_COLUMNS) });
  }
  if (rows.length === 0) return { ok: false, error: 'imports.upload.error.noRows' };
  if (rows.length > MAX_ROWS) return { ok: false, error: 'imports.upload.error.tooManyRows' };
  return { ok: true, sheet: { headers, rows } };
}

function trimTrailingEmpty(cells: string[]) {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end -= 1;
  return cells.slice(0, end);
}
