import {
  NOT_A_SPREADSHEET,
  decodeText,
  readSpreadsheet,
  spreadsheetKind,
} from '../spreadsheet/spreadsheet-bytes';
import type { ImportProblem } from './contact-rows';
import { delimitedSheet } from './delimited-sheet';
import type { SheetSource } from './sheet-source';
import { workbookSheets } from './workbook-sheets';

export type OpenedContactFile =
  { ok: true; sheets: SheetSource[] } | { ok: false; problems: ImportProblem[] };

function refused(fileName: string, reason: string): OpenedContactFile {
  return {
    ok: false,
    problems: [{ file: fileName, sheet: '-', row: null, column: null, value: '', reason }],
  };
}

/**
 * Opens a file for import, or says in one located message why it cannot be. Workbooks are read
 * by SheetJS; csv and tsv by papaparse, which a million-row extract needs (see delimited-sheet.ts).
 */
export function openContactFile(
  bytes: Uint8Array,
  fileName: string,
  onProgress?: (done: number, total: number) => void,
): OpenedContactFile {
  if (bytes.byteLength === 0) return refused(fileName, 'the file is empty (0 bytes)');
  const kind = spreadsheetKind(bytes);
  if (kind === 'neither') return refused(fileName, NOT_A_SPREADSHEET);
  if (kind === 'text') return { ok: true, sheets: [delimitedSheet(decodeText(bytes), onProgress)] };
  const read = readSpreadsheet(bytes, { cellFormula: true, cellNF: true });
  if (!read.ok) return refused(fileName, read.reason);
  const { workbook } = read;
  if (workbook.SheetNames.length === 0) return refused(fileName, 'the workbook has no sheets');
  const missing = workbook.SheetNames.find((name) => workbook.Sheets[name] === undefined);
  if (missing !== undefined)
    return refused(fileName, `the file is damaged: sheet "${missing}" is listed but cannot be read`);
  try {
    return { ok: true, sheets: workbookSheets(workbook) };
  } catch (error) {
    // A damaged file can hold shapes no spreadsheet writes; refuse it rather than fail part-way.
    return refused(
      fileName,
      `the file is damaged and cannot be read (${error instanceof Error ? error.message : 'unknown error'})`,
    );
  }
}
