import * as XLSX from 'xlsx';
import { FinancialYear } from '../model';
import { readSpreadsheet } from '../spreadsheet/spreadsheet-bytes';

/**
 * Reads the GMCA / New Economy Unit Cost Database workbook (v1.4, March 2015) as published: its
 * theme sheets (Crime, Health, Housing...) each have a two-row header (row 1 "Fiscal value" merged
 * over row 2's "Estimated cost/saving | Year | Updated cost/saving", "Agency bearing the cost"
 * merged over "Level 1 | Level 2"). Columns are found by those headers, never by position, so a
 * later version that moves a column is read the same way or refused by name.
 */

export type Rag = 'R' | 'A' | 'G';

/** One cost line of a theme sheet, as written there; `row` is the sheet's own row number. */
export interface GmcaCost {
  sheet: string;
  row: number;
  code: string;
  description: string;
  publishedUnit: string;
  costBearer: string;
  costBearerDetail: string | null;
  fiscalCost: number;
  priceYear: FinancialYear;
  /** The workbook's own uplift of the fiscal cost to 2015/16 prices (HM Treasury deflator, March 2015); some lines have none. */
  uprated2015To16: number | null;
  source: string;
  rag: Rag;
  comment: string;
  /** Notes the publisher attached to the fiscal cost cell (e.g. "exclude this transfer payment from public value"). */
  fiscalCostNote: string | null;
}

/** A line that cannot become a library entry, where it is, and why. */
export interface GmcaRowProblem {
  sheet: string;
  row: number;
  column: string;
  code: string | null;
  reason: string;
}

export type GmcaWorkbookRead =
  | { ok: true; costs: GmcaCost[]; skipped: GmcaRowProblem[]; themeSheets: string[] }
  | { ok: false; errors: string[] };

const HEADER_ROW = 0;
const SUBHEADER_ROW = 1;

interface Columns {
  code: number;
  description: number;
  unit: number;
  level1: number;
  level2: number;
  fiscal: number;
  year: number;
  uprated: number;
  source: number;
  rag: number;
  comment: number;
}

const text = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ').trim();
const lower = (value: unknown) => text(value).toLowerCase();

/** The column whose row-1 header starts with one of the names (case and spacing ignored). */
function headerColumn(header: unknown[], names: string[]): number {
  return header.findIndex((h) => names.some((n) => lower(h).startsWith(n)));
}

function columnsOf(
  sheet: string,
  rows: unknown[][],
): { ok: true; columns: Columns } | { ok: false; errors: string[] } {
  const header = rows[HEADER_ROW] ?? [];
  const sub = rows[SUBHEADER_ROW] ?? [];
  const errors: string[] = [];
  const find = (label: string, names: string[]) => {
    const index = headerColumn(header, names);
    if (index < 0) errors.push(`sheet "${sheet}", row 1: no "${label}" column`);
    return index;
  };
  const code = find('Cost code', ['cost code']);
  const description = find('Cost / saving detail', ['cost / saving detail', 'cost/saving detail']);
  const unit = find('Unit', ['unit']);
  const level1 = find('Agency bearing the cost', ['agency bearing the cost']);
  const fiscal = find('Fiscal value', ['fiscal value', 'fiscal cost']);
  const source = find('Original source', ['original source']);
  const rag = find('RAG assessment', ['rag assessment']);
  const comment = find('Comment', ['comment']);
  if (errors.length > 0) return { ok: false, errors };
  const expectSub = (index: number, label: string) => {
    if (!lower(sub[index]).startsWith(label.toLowerCase()))
      errors.push(
        `sheet "${sheet}", row 2, column ${XLSX.utils.encode_col(index)}: expected "${label}", found "${text(sub[index])}"`,
      );
  };
  expectSub(level1, 'Level 1');
  expectSub(level1 + 1, 'Level 2');
  expectSub(fiscal, 'Estimated cost');
  expectSub(fiscal + 1, 'Year');
  expectSub(fiscal + 2, 'Updated cost');
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    columns: {
      code,
      description,
      unit,
      level1,
      level2: level1 + 1,
      fiscal,
      year: fiscal + 1,
      uprated: fiscal + 2,
      source,
      rag,
      comment,
    },
  };
}

function cellNote(worksheet: XLSX.WorkSheet, row: number, column: number): string | null {
  const address = XLSX.utils.encode_cell({ r: row, c: column });
  const dense = (worksheet as { '!data'?: Array<Array<XLSX.CellObject | undefined> | undefined> })['!data'];
  const cell = dense ? dense[row]?.[column] : (worksheet[address] as XLSX.CellObject | undefined);
  const notes = (cell?.c ?? []).map((c) => text(c.t)).filter(Boolean);
  return notes.length > 0 ? notes.join(' ') : null;
}

const RAGS: readonly string[] = ['R', 'A', 'G'];

function readLine(
  sheet: string,
  worksheet: XLSX.WorkSheet,
  rows: unknown[][],
  index: number,
  c: Columns,
): GmcaCost | GmcaRowProblem | null {
  const cells = rows[index];
  const code = text(cells[c.code]);
  const description = text(cells[c.description]);
  // Below each theme's costs sit the drop-down lists of years and RAG letters ("Do not delete rows"): no code, no description, not costs.
  if (code === '' && description === '') return null;
  const row = index + 1;
  const at = (column: number, reason: string): GmcaRowProblem => ({
    sheet,
    row,
    column: XLSX.utils.encode_col(column),
    code: code === '' ? null : code,
    reason,
  });
  if (code === '') return at(c.code, 'the cost has no cost code, so a later import could not tell it apart');
  const fiscal = cells[c.fiscal];
  if (typeof fiscal !== 'number') {
    return at(
      c.fiscal,
      text(fiscal) === ''
        ? 'no fiscal cost (the line gives only an economic or social value)'
        : `the fiscal cost "${text(fiscal)}" is not a number`,
    );
  }
  if (!Number.isFinite(fiscal) || fiscal < 0)
    return at(c.fiscal, `the fiscal cost ${fiscal} is not an amount of money`);
  const year = FinancialYear.safeParse(text(cells[c.year]));
  if (!year.success)
    return at(
      c.year,
      `the fiscal cost's year "${text(cells[c.year])}" is not a financial year such as 2010/11`,
    );
  const rag = text(cells[c.rag]).toUpperCase();
  if (!RAGS.includes(rag)) return at(c.rag, `the RAG assessment "${text(cells[c.rag])}" is not R, A or G`);
  const bearer = text(cells[c.level1]);
  if (bearer === '') return at(c.level1, 'no agency bearing the cost (Level 1)');
  const unit = text(cells[c.unit]);
  if (unit === '') return at(c.unit, 'no unit');
  const source = text(cells[c.source]);
  if (source === '') return at(c.source, 'no original source');
  const uprated = cells[c.uprated];
  return {
    sheet,
    row,
    code,
    description,
    publishedUnit: unit,
    costBearer: bearer,
    costBearerDetail: text(cells[c.level2]) || null,
    fiscalCost: fiscal,
    priceYear: year.data,
    uprated2015To16: typeof uprated === 'number' && Number.isFinite(uprated) ? uprated : null,
    source,
    rag: rag as Rag,
    comment: text(cells[c.comment]),
    fiscalCostNote: cellNote(worksheet, index, c.fiscal),
  };
}

/** A theme sheet is one whose first row has a "Cost code" column; the Introduction, Guidance and Lookups sheets have none. */
function isThemeSheet(rows: unknown[][]): boolean {
  return headerColumn(rows[HEADER_ROW] ?? [], ['cost code']) >= 0;
}

export function readGmcaWorkbook(bytes: Uint8Array, fileName: string): GmcaWorkbookRead {
  const opened = readSpreadsheet(bytes);
  if (!opened.ok) return { ok: false, errors: [`${fileName} ${opened.reason}`] };
  const { workbook } = opened;
  const costs: GmcaCost[] = [];
  const skipped: GmcaRowProblem[] = [];
  const errors: string[] = [];
  const themeSheets: string[] = [];
  const firstRowOfCode = new Map<string, string>();
  for (const sheet of workbook.SheetNames) {
    const worksheet = workbook.Sheets[sheet];
    const rows = XLSX.utils.sheet_to_json<unknown[]>(worksheet, {
      header: 1,
      defval: null,
      raw: true,
      blankrows: true,
    });
    if (!isThemeSheet(rows)) continue;
    themeSheets.push(sheet);
    const found = columnsOf(sheet, rows);
    if (!found.ok) {
      errors.push(...found.errors.map((e) => `${fileName}, ${e}`));
      continue;
    }
    for (let index = SUBHEADER_ROW + 1; index < rows.length; index += 1) {
      const line = readLine(sheet, worksheet, rows, index, found.columns);
      if (line === null) continue;
      if (!('fiscalCost' in line)) {
        skipped.push(line);
        continue;
      }
      const earlier = firstRowOfCode.get(line.code);
      if (earlier !== undefined) {
        skipped.push({
          sheet,
          row: line.row,
          column: XLSX.utils.encode_col(found.columns.code),
          code: line.code,
          reason: `the cost code is used already (${earlier})`,
        });
        continue;
      }
      firstRowOfCode.set(line.code, `sheet "${sheet}", row ${line.row}`);
      costs.push(line);
    }
  }
  if (themeSheets.length === 0)
    errors.push(
      `${fileName} is not the GMCA / New Economy Unit Cost Database: no sheet has a "Cost code" column in its first row`,
    );
  return errors.length > 0 ? { ok: false, errors } : { ok: true, costs, skipped, themeSheets };
}

export function describeGmcaRowProblem(p: GmcaRowProblem): string {
  return `sheet "${p.sheet}", row ${p.row}, column ${p.column}${p.code === null ? '' : ` (${p.code})`}: ${p.reason}`;
}
