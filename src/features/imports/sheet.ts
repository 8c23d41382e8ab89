/** A data row as the spreadsheet numbers it (the header is usually row 1), with its cells as text. */
export interface SheetRow {
  row: number;
  cells: string[];
}

export interface Sheet {
  headers: string[];
  rows: SheetRow[];
}

export type ParseError =
  | 'imports.upload.error.empty'
  | 'imports.upload.error.oldExcel'
  | 'imports.upload.error.unreadable'
  | 'imports.upload.error.inflated'
  | 'imports.upload.error.noRows'
  | 'imports.upload.error.tooManyRows'
  | 'imports.upload.error.tooManyColumns';

/** What reading an uploaded file gives, CSV and XLSX alike. */
export type ParseResult = { ok: true; sheet: Sheet } | { ok: false; error: ParseError };
