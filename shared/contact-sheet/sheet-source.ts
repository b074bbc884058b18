import type { SheetGrid, SheetInfo, SheetRow } from './sheet-grid';

/** A problem in how the file itself is written (a csv quote never closed), found while reading it. */
export interface ReadProblem {
  /** The sheet's own row number (1 is the first row). */
  row: number;
  reason: string;
}

/**
 * A sheet as an import reads it: its size at once, its rows in batches made only when asked for,
 * so a million-row sheet is never held as cells. Reading is synchronous, so a write can feed
 * one database transaction from it without letting the transaction close.
 */
export interface SheetSource extends SheetInfo {
  /** Rows up to the last one holding anything. */
  rowCount: number;
  readProblems: ReadProblem[];
  /** The rows from index `from` (0 is the sheet's row 1) to the end, a few thousand at a time. */
  batches(from: number): Iterable<SheetRow[]>;
}

/** The top of a sheet, enough to choose its header row and suggest a mapping, and its size. */
export interface SheetPreview extends SheetGrid {
  rowCount: number;
}

export const PREVIEW_ROWS = 230;

/** Rows a source hands over at a time: one database batch, one progress step, and how soon a cancel is heard. */
export const BATCH_ROWS = 5_000;

export function previewOf(source: SheetSource): SheetPreview {
  const rows: SheetRow[] = [];
  for (const batch of source.batches(0)) {
    rows.push(...batch.slice(0, PREVIEW_ROWS - rows.length));
    if (rows.length >= PREVIEW_ROWS) break;
  }
  return {
    name: source.name,
    merges: source.merges,
    date1904: source.date1904,
    rows,
    rowCount: source.rowCount,
  };
}

/** A sheet already in memory (a test's, or the command line's small files) read as a source. */
export function gridSource(grid: SheetGrid): SheetSource {
  let rowCount = grid.rows.length;
  while (rowCount > 0 && grid.rows[rowCount - 1].length === 0) rowCount -= 1;
  return {
    name: grid.name,
    merges: grid.merges,
    date1904: grid.date1904,
    rowCount,
    readProblems: [],
    *batches(from) {
      for (let start = from; start < rowCount; start += BATCH_ROWS)
        yield grid.rows.slice(start, Math.min(rowCount, start + BATCH_ROWS));
    },
  };
}

/** The header row's cells, and the rows below it in batches with the sheet row number of each batch's first row. */
export function rowsBelowHeader(
  source: SheetSource,
  headerRow: number,
): { header: SheetRow; batches: Iterable<{ firstRow: number; rows: SheetRow[] }> } {
  let header: SheetRow = [];
  for (const batch of source.batches(headerRow)) {
    header = batch[0] ?? [];
    break;
  }
  function* batches() {
    let firstRow = headerRow + 2;
    for (const rows of source.batches(headerRow + 1)) {
      yield { firstRow, rows };
      firstRow += rows.length;
    }
  }
  return { header, batches: batches() };
}
