import * as XLSX from 'xlsx';

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

/** One row's cells from column A; null is an empty cell, and empty cells at the end are left off. */
export type SheetRow = Array<SheetCell | null>;

/** What a sheet is, apart from its rows. */
export interface SheetInfo {
  name: string;
  /** Merged ranges, as "A2:B3". */
  merges: string[];
  date1904: boolean;
}

/** A sheet held whole: the top of a large one, or a small one made in a test. */
export interface SheetGrid extends SheetInfo {
  /** Row 0 is the sheet's row 1. */
  rows: SheetRow[];
}

/** Excel's own limit; anything longer was not written by a spreadsheet and is refused. */
export const MAX_CELL_CHARACTERS = 32_767;

export function withoutTrailingEmptyCells(row: SheetRow): SheetRow {
  while (row.length > 0 && row[row.length - 1] === null) row.pop();
  return row;
}

/** "Journey" → column letters as users see them: 0 → A, 27 → AB. */
export const columnLetter = (index: number): string => XLSX.utils.encode_col(index);
