import * as XLSX from 'xlsx';
import { restoreNeutralised } from '../spreadsheet/spreadsheet-safety';
import { withoutTrailingEmptyCells, type SheetCell, type SheetRow } from './sheet-grid';
import { BATCH_ROWS, type SheetSource } from './sheet-source';

function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string') return false;
  try {
    return XLSX.SSF.is_date(format);
  } catch {
    // A damaged file's format string: the value is read as a plain number, which no date column accepts.
    return false;
  }
}

function toCell(cell: XLSX.CellObject | undefined): SheetCell | null {
  if (cell === undefined || cell === null) return null;
  const formula = cell.f === undefined ? {} : { formula: `=${cell.f}` };
  switch (cell.t) {
    case 'n':
      if (isDateFormat(cell.z))
        return {
          kind: 'date serial',
          value: Number(cell.v),
          withTime: /h/i.test(String(cell.z)),
          ...formula,
        };
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

function sheetSource(name: string, sheet: XLSX.WorkSheet, date1904: boolean): SheetSource {
  const merges = (sheet['!merges'] ?? []).map((range) => XLSX.utils.encode_range(range));
  const range = sheet['!ref'] === undefined ? null : XLSX.utils.decode_range(sheet['!ref']);
  const dense = sheet['!data'];
  const lastColumn = range?.e.c ?? -1;
  const rowAt = (r: number): SheetRow => {
    const row: SheetRow = [];
    for (let c = 0; c <= lastColumn; c += 1)
      row.push(toCell(dense === undefined ? sheet[XLSX.utils.encode_cell({ r, c })] : dense[r]?.[c]));
    return withoutTrailingEmptyCells(row);
  };
  let rowCount = range === null ? 0 : range.e.r + 1;
  while (rowCount > 0 && rowAt(rowCount - 1).length === 0) rowCount -= 1;
  return {
    name,
    merges,
    date1904,
    rowCount,
    readProblems: [],
    *batches(from) {
      for (let start = from; start < rowCount; start += BATCH_ROWS) {
        const batch: SheetRow[] = [];
        for (let r = start; r < Math.min(rowCount, start + BATCH_ROWS); r += 1) batch.push(rowAt(r));
        yield batch;
      }
    },
  };
}

/**
 * Every sheet of a workbook SheetJS has read (densely, as readSpreadsheet does). Cells are turned
 * into SheetCells a batch at a time as they are read, never all at once.
 */
export function workbookSheets(workbook: XLSX.WorkBook): SheetSource[] {
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  return workbook.SheetNames.map((name) => sheetSource(name, workbook.Sheets[name], date1904));
}
