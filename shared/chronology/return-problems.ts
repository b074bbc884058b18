/** Where a problem in a chronology return is, as the analyst finds it in the agency's file. */
export interface ReturnProblem {
  file: string;
  /** "table 2" in a Word document, `sheet "Chronology"` in a workbook; null for the whole file. */
  table: string | null;
  /** The row as the table or sheet counts it (1 is its first row), or null. */
  row: number | null;
  /** Column letter and header, e.g. `B (Date)`, or null. */
  column: string | null;
  value: string;
  reason: string;
}

export function describeReturnProblem(p: ReturnProblem): string {
  const where = [
    p.file,
    p.table,
    p.row === null ? null : `row ${p.row}`,
    p.column === null ? null : `column ${p.column}`,
  ]
    .filter((x) => x !== null)
    .join(', ');
  const value = p.value === '' ? '' : `"${p.value.length > 60 ? `${p.value.slice(0, 57)}...` : p.value}" `;
  return `${where}: ${value}${p.reason}`;
}

export const fileProblem = (file: string, reason: string): ReturnProblem => ({
  file,
  table: null,
  row: null,
  column: null,
  value: '',
  reason,
});
