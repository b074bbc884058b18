import Papa from 'papaparse';
import { neutraliseFormula } from '../spreadsheet-safety';
import { cellText } from './cell-values';
import { describeImportProblem, type ImportProblem } from './contact-rows';
import type { SheetGrid } from './sheet-grid';

/**
 * The rows that stopped an import, as a CSV the user can fix and re-import: the sheet's own
 * header and cells, with the problems of each row in a first column and its row number in a second.
 */
export function problemRowsCsv(grid: SheetGrid, headerRow: number, problems: ImportProblem[]): string {
  const byRow = new Map<number, string[]>();
  const general: string[] = [];
  for (const p of problems) {
    if (p.row === null || p.row <= headerRow + 1) general.push(describeImportProblem(p));
    else byRow.set(p.row, [...(byRow.get(p.row) ?? []), describeImportProblem(p)]);
  }
  const header = ['Problems', 'Sheet row', ...(grid.rows[headerRow] ?? []).map(cellText)];
  const rows = [...byRow.entries()].sort(([a], [b]) => a - b).map(([row, list]) => [list.join('\n'), String(row), ...(grid.rows[row - 1] ?? []).map(cellText)]);
  const lines = [...general.map((g) => [g, '']), header, ...rows].map((r) => r.map(neutraliseFormula));
  return `\uFEFF${Papa.unparse(lines, { newline: '\r\n' })}`;
}
