import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { xlsxBomb } from '../../../../test/support/imports-xlsx.ts';
import { parseUpload } from '../parse.ts';
import { declaredInflatedBytes } from './zip.ts';

describe('declaredInflatedBytes', () => {
  it('sums what the entries of a real workbook inflate to', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Liste').addRow(['Name', 'E-Mail']);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const inflated = declaredInflatedBytes(file);
    expect(inflated).toBeGreaterThan(file.length);
    expect(inflated).toBeLessThan(100_000);
  });

  it('reads the sizes of a bomb without inflating it, and null for what is no archive', () => {
    const bomb = xlsxBomb(120);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(declaredInflatedBytes(bomb)).toBeGreaterThan(120 * 1024 * 1024);
    expect(declaredInflatedBytes(Buffer.from('PK\u0003\u0004kaputt'))).toBeNull();
  });
});

describe('parseUpload of XLSX bombs', () => {
  it('refuses a sheet that inflates beyond the limit before reading it', async () => {
    expect(await parseUpload(xlsxBomb(120))).toEqual({ ok: false, error: 'imports.upload.error.inflated' });
  });

  it('refuses a file whose directory understates the sizes', async () => {
    const forged = xlsxBomb(20);
    // The sheet's entry in the central directory (the second one) claims 10 bytes.
    const directory = forged.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    forged.writeUInt32LE(10, directory + 24);
    expect(declaredInflatedBytes(forged)).toBeLessThan(100);
    const result = await parseUpload(forged);
    expect(result.ok).toBe(false);
  });
});
