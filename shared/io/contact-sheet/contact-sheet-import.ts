import { checkContactRows, type ContactSheetCheck, type ContactSheetSettings, type ImportProblem } from './contact-rows';
import { readContactWorkbook, type SheetGrid } from './sheet-grid';

export type OpenedWorkbook = { ok: true; sheets: SheetGrid[] } | { ok: false; problems: ImportProblem[] };

/** Opens a file for import, or says in one located message why it cannot be. */
export function openContactWorkbook(bytes: Uint8Array, fileName: string): OpenedWorkbook {
  const read = readContactWorkbook(bytes);
  if (!read.ok) return { ok: false, problems: [{ file: fileName, sheet: '-', row: null, column: null, value: '', reason: read.reason }] };
  return read;
}

/** Checks one sheet with the chosen header row and mapping; an empty sheet is a problem in itself. */
export function checkContactSheet(grid: SheetGrid, settings: ContactSheetSettings, fileName: string, onProgress?: (done: number, total: number) => void): ContactSheetCheck {
  if (grid.rows.length <= settings.headerRow + 1) {
    const reason = grid.rows.length === 0 ? 'the sheet is empty' : 'the sheet has a header row but no contacts below it';
    return { drafts: [], problems: [{ file: fileName, sheet: grid.name, row: null, column: null, value: '', reason }], problemCount: 1 };
  }
  return checkContactRows(grid, settings, fileName, onProgress);
}

/** The top of a sheet, enough to choose its header row and suggest a mapping, and its size. */
export interface SheetPreview extends SheetGrid {
  rowCount: number;
}

export const PREVIEW_ROWS = 230;

export function previewOf(grid: SheetGrid): SheetPreview {
  return { ...grid, rows: grid.rows.slice(0, PREVIEW_ROWS), rowCount: grid.rows.length };
}
