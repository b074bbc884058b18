import * as XLSX from 'xlsx';
import { readSpreadsheet } from '../spreadsheet-bytes';
import { restoreNeutralised } from '../spreadsheet-safety';

/**
 * A sheet's cells as plain values (so they cross to and from a worker), with what the checks need
 * to know about the source: which cells were formulas, which ranges were merged, and whether the
 * workbook counts dates from 1904 (old Mac Excel) rather than 1900.
 */
export type SheetCell =
  | { kind: 'text'; text: string; formula?: string }
  | { kind: 'number'; value: number; formula?: string }
  /** A number formatted as a date; `withTime` when the format shows the time (so 00:00 is midnight, not "no time"). */
  | { kind: 'date serial'; value: number; withTime: boolean; formula?: string }
  | { kind: 'boolean'; value: boolean; formula?: string }
  | { kind: 'error'; text: string; formula?: string };

export interface SheetGrid {
  name: string;
  /** Row 0 is the sheet's row 1; null is an empty cell. */
  rows: Array<Array<SheetCell | null>>;
  /** Merged ranges, as "A2:B3". */
  merges: string[];
  date1904: boolean;
}

export type WorkbookReadResult = { ok: true; sheets: SheetGrid[] } | { ok: false; reason: string };

/** Excel's own limit; anything longer was not written by a spreadsheet and is refused. */
export const MAX_CELL_CHARACTERS = 32_767;

function toCell(cell: XLSX.CellObject | undefined): SheetCell | null {
  if (cell === undefined) return null;
  const formula = cell.f === undefined ? {} : { formula: `=${cell.f}` };
  switch (cell.t) {
    case 'n':
      if (typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z)) return { kind: 'date serial', value: Number(cell.v), withTime: /h/i.test(cell.z), ...formula };
      return { kind: 'number', value: Number(cell.v), ...formula };
    case 'b':
      return { kind: 'boolean', value: Boolean(cell.v), ...formula };
    case 'e':
      return { kind: 'error', text: cell.w ?? '#ERROR', ...formula };
    case 'z':
      return null;
    default: {
      const text = restoreNeutralised(String(cell.v ?? ''));
      return text === '' && cell.f === undefined ? null : { kind: 'text', text, ...formula };
    }
  }
}

function gridOf(name: string, sheet: XLSX.WorkSheet, date1904: boolean): SheetGrid {
  const merges = (sheet['!merges'] ?? []).map((range) => XLSX.utils.encode_range(range));
  if (sheet['!ref'] === undefined) return { name, rows: [], merges, date1904 };
  const range = XLSX.utils.decode_range(sheet['!ref']);
  const dense = sheet['!data'];
  const rows: SheetGrid['rows'] = [];
  for (let r = 0; r <= range.e.r; r += 1) {
    const row: Array<SheetCell | null> = [];
    for (let c = 0; c <= range.e.c; c += 1) {
      row.push(toCell(dense === undefined ? sheet[XLSX.utils.encode_cell({ r, c })] : dense[r]?.[c]));
    }
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    rows.push(row);
  }
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return { name, rows, merges, date1904 };
}

/** Opens a workbook for import: every sheet's cells, or the reason it cannot be read at all. */
export function readContactWorkbook(bytes: Uint8Array): WorkbookReadResult {
  if (bytes.byteLength === 0) return { ok: false, reason: 'the file is empty (0 bytes)' };
  const read = readSpreadsheet(bytes, { cellFormula: true, cellNF: true });
  if (!read.ok) return read;
  const { workbook } = read;
  if (workbook.SheetNames.length === 0) return { ok: false, reason: 'the workbook has no sheets' };
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const missing = workbook.SheetNames.find((name) => workbook.Sheets[name] === undefined);
  if (missing !== undefined) return { ok: false, reason: `the file is damaged: sheet "${missing}" is listed but cannot be read` };
  try {
    return { ok: true, sheets: workbook.SheetNames.map((name) => gridOf(name, workbook.Sheets[name], date1904)) };
  } catch (error) {
    // A damaged file can hold shapes no spreadsheet writes; refuse it rather than fail part-way.
    return { ok: false, reason: `the file is damaged and cannot be read (${error instanceof Error ? error.message : 'unknown error'})` };
  }
}

/** "Journey" → column letters as users see them: 0 → A, 27 → AB. */
export const columnLetter = (index: number): string => XLSX.utils.encode_col(index);
