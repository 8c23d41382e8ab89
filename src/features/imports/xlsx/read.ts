import ExcelJS from 'exceljs';
import { MAX_ROWS, type ParseResult, toSheet } from '../parse.ts';

/** Reads the first visible worksheet that holds anything; runs in the worker of `./index.ts`. */
export async function readXlsx(file: Buffer): Promise<ParseResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, error: 'imports.upload.error.unreadable' };
  }
  // A workbook often starts with an empty or hidden sheet.
  const sheet = workbook.worksheets.find((ws) => ws.state === 'visible' && ws.actualRowCount > 0);
  if (!sheet) return { ok: false, error: 'imports.upload.error.noRows' };
  const records: string[][] = [];
  if (sheet.rowCount > MAX_ROWS + 50) return { ok: false, error: 'imports.upload.error.tooManyRows' };
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell);
    });
    records[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return toSheet(Array.from(records, (r) => r ?? []));
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value && typeof value === 'object' && 'result' in value) {
    const result = value.result;
    return result instanceof Date ? result.toISOString().slice(0, 10) : String(result ?? '');
  }
  return cell.text ?? '';
}
