import Papa from 'papaparse';
import { neutraliseFormula } from '../spreadsheet/spreadsheet-safety';
import { cellText } from './cell-values';
import { describeImportProblem, type ImportProblem } from './contact-rows';
import { rowsBelowHeader, type SheetSource } from './sheet-source';

/**
 * The rows that stopped an import, as a CSV the user can fix and re-import: the sheet's own
 * header and cells, with the problems of each row in a first column and its row number in a second.
 */
export function problemRowsCsv(source: SheetSource, headerRow: number, problems: ImportProblem[]): string {
  const byRow = new Map<number, string[]>();
  const general: string[] = [];
  for (const p of problems) {
    if (p.row === null || p.row <= headerRow + 1) general.push(describeImportProblem(p));
    else byRow.set(p.row, [...(byRow.get(p.row) ?? []), describeImportProblem(p)]);
  }
  const { header, batches } = rowsBelowHeader(source, headerRow);
  const rows: string[][] = [];
  const last = Math.max(0, ...byRow.keys());
  for (const { firstRow, rows: batch } of batches) {
    if (firstRow > last) break;
    batch.forEach((cells, i) => {
      const list = byRow.get(firstRow + i);
      if (list !== undefined) rows.push([list.join('\n'), String(firstRow + i), ...cells.map(cellText)]);
    });
  }
  const lines = [
    ...general.map((g) => [g, '']),
    ['Problems', 'Sheet row', ...header.map(cellText)],
    ...rows,
  ].map((r) => r.map(neutraliseFormula));
  return `\uFEFF${Papa.unparse(lines, { newline: '\r\n' })}`;
}
