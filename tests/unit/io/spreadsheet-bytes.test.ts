import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { decodeText, readSpreadsheet } from '../../../shared/io/spreadsheet-bytes';

const firstCell = (bytes: Uint8Array) => {
  const workbook = readSpreadsheet(bytes);
  if (workbook === null) throw new Error('unreadable');
  return XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[workbook.SheetNames[0]], { header: 1, raw: true })[0][0];
};

describe('spreadsheet bytes', () => {
  it('reads a pound sign from UTF-8 with or without a byte-order mark, and from Windows-1252', () => {
    expect(firstCell(new TextEncoder().encode('£30.38 an hour\n'))).toBe('£30.38 an hour');
    expect(firstCell(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('£5\n')]))).toBe('£5');
    expect(decodeText(new Uint8Array([0xa3, 0x35]))).toBe('£5');
  });
  it('keeps text cells as written and opens xlsx bytes as a workbook', () => {
    expect(firstCell(new TextEncoder().encode('1/2,x\n'))).toBe('1/2');
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Organisation', 550.5]]), 'Scenario');
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    expect(firstCell(bytes)).toBe('Organisation');
  });
});
