import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import {
  MAX_EXPANDED_BYTES,
  decodeText,
  readSpreadsheet,
} from '../../../shared/spreadsheet/spreadsheet-bytes';
import { zipExpandedSize } from '../../../shared/spreadsheet/zip-size';

const firstCell = (bytes: Uint8Array) => {
  const read = readSpreadsheet(bytes);
  if (!read.ok) throw new Error(read.reason);
  const { workbook } = read;
  return XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[workbook.SheetNames[0]], {
    header: 1,
    raw: true,
  })[0][0];
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

  it('reads the size a zip declares without inflating it, and refuses a zip bomb before expanding it', () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['x']]), 'S');
    const bytes = new Uint8Array(
      XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer,
    );
    const declared = zipExpandedSize(bytes);
    expect(declared).toBeGreaterThan(bytes.length);
    // Rewrite one entry's declared size to 2 GB: the guard must refuse it from the directory alone.
    const bomb = bytes.slice();
    const view = new DataView(bomb.buffer);
    const entry = bomb.findIndex((_, i) => i + 4 <= bomb.length && view.getUint32(i, true) === 0x02014b50);
    view.setUint32(entry + 24, 2_000_000_000, true);
    expect(zipExpandedSize(bomb)).toBeGreaterThan(MAX_EXPANDED_BYTES);
    expect(readSpreadsheet(bomb)).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^the file would expand to 2,0\d\d MB; the most an import takes is 1000 MB$/,
      ),
    });
    expect(zipExpandedSize(new TextEncoder().encode('not a zip at all'))).toBeNull();
  });
});
