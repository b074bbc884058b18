import Big from 'big.js';
import * as XLSX from 'xlsx';
import { readSpreadsheet } from '../spreadsheet/spreadsheet-bytes';
import { parseExactProduct } from './exact-number';
import type { ScenarioRow } from './scenario';

/** The template's header row, in order. Read by name (any order, any letter case), never mapped. */
export const SCENARIO_HEADERS = [
  'Organisation',
  'Item',
  'Unit cost',
  'Quantity',
  'Direction',
  'Attribution %',
  'Source',
] as const;
/** Optional columns: the figures a source table printed, to check them, and lines it shows but does not add up. */
export const SCENARIO_OPTIONAL_HEADERS = [
  'Stated total',
  'Stated unit cost',
  'Stated quantity',
  'In totals',
] as const;

export interface SheetProblem {
  file: string;
  sheet: string;
  row?: number;
  column?: string;
  value?: string;
  reason: string;
}

export function describeProblem(p: SheetProblem): string {
  const where = [
    p.file,
    `sheet "${p.sheet}"`,
    p.row === undefined ? null : `row ${p.row}`,
    p.column === undefined ? null : `column ${p.column}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${p.value === undefined ? '' : `"${p.value}" `}${p.reason}`;
}

export type ScenarioSheetResult =
  { ok: true; rows: ScenarioRow[]; sheet: string } | { ok: false; problems: SheetProblem[] };

const MAX_PROBLEMS = 200;
const KNOWN_HEADERS = [...SCENARIO_HEADERS, ...SCENARIO_OPTIONAL_HEADERS];

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

/** A typed-in number stays exact: a spreadsheet number cell is read from its shortest decimal form. */
function exactValue(value: unknown): Big | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? new Big(value) : null;
  return parseExactProduct(cellText(value));
}

function headerProblems(headers: string[]): Array<Omit<SheetProblem, 'file' | 'sheet'>> {
  const problems: Array<Omit<SheetProblem, 'file' | 'sheet'>> = [];
  const seen = new Set<string>();
  headers.forEach((header, index) => {
    const column = XLSX.utils.encode_col(index);
    if (header === '') return;
    if (!KNOWN_HEADERS.some((h) => h.toLowerCase() === header.toLowerCase())) {
      problems.push({
        row: 1,
        column,
        value: header,
        reason: `is not a scenario column (columns: ${KNOWN_HEADERS.join(', ')})`,
      });
    } else if (seen.has(header.toLowerCase())) {
      problems.push({ row: 1, column, value: header, reason: 'appears twice in the header row' });
    }
    seen.add(header.toLowerCase());
  });
  for (const required of SCENARIO_HEADERS) {
    if (!seen.has(required.toLowerCase()))
      problems.push({
        row: 1,
        column: required,
        reason: `the header row has no "${required}" column (expected: ${SCENARIO_HEADERS.join(', ')})`,
      });
  }
  return problems;
}

/**
 * Reads a scenario sheet (xlsx, xls, ods or csv bytes; the first sheet) whose header row is the
 * scenario template's. Any problem anywhere rejects the whole sheet, each problem located by
 * sheet, row, column and value: a costing built on half a sheet would mislead.
 */
export function readScenarioSheet(bytes: Uint8Array, fileName: string): ScenarioSheetResult {
  const fail = (reason: string, sheet = '-'): ScenarioSheetResult => ({
    ok: false,
    problems: [{ file: fileName, sheet, reason }],
  });
  if (bytes.byteLength === 0) return fail('the file is empty');
  const read = readSpreadsheet(bytes);
  if (!read.ok) return fail(read.reason);
  const { workbook } = read;
  const sheetName = workbook.SheetNames[0];
  if (sheetName === undefined) return fail('the workbook has no sheets');
  const grid = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[sheetName], {
    header: 1,
    raw: true,
    defval: '',
    blankrows: true,
  });
  const problems: SheetProblem[] = [];
  const at = (row: number, column: string, value: unknown, reason: string) => {
    if (problems.length < MAX_PROBLEMS)
      problems.push({ file: fileName, sheet: sheetName, row, column, value: cellText(value), reason });
  };

  const headers = (grid[0] ?? []).map(cellText);
  problems.push(...headerProblems(headers).map((p) => ({ file: fileName, sheet: sheetName, ...p })));
  if (problems.length > 0) return { ok: false, problems };
  const columnOf = new Map(headers.map((h, i) => [h.toLowerCase(), i]));

  const rows: ScenarioRow[] = [];
  grid.slice(1).forEach((cells, index) => {
    const sheetRow = index + 2;
    if (cells.every((c) => cellText(c) === '')) return;
    const raw = (header: string): unknown => {
      const column = columnOf.get(header.toLowerCase());
      return column === undefined ? '' : cells[column];
    };
    const text = (header: string) => cellText(raw(header));
    const exact = (header: string, required: boolean): Big | null => {
      if (text(header) === '') {
        if (required) at(sheetRow, header, '', 'is required');
        return null;
      }
      const value = exactValue(raw(header));
      if (value === null)
        at(sheetRow, header, raw(header), 'is not a number of at least 0, or a product such as 3 x 30.38');
      return value;
    };
    const organisation = text('Organisation');
    const item = text('Item');
    if (organisation === '') at(sheetRow, 'Organisation', '', 'is required');
    if (item === '') at(sheetRow, 'Item', '', 'is required');
    const unitCost = exact('Unit cost', true);
    const quantity = exact('Quantity', true);
    const direction = text('Direction').toLowerCase();
    if (direction !== 'saving' && direction !== 'cost')
      at(sheetRow, 'Direction', raw('Direction'), 'must be "saving" or "cost"');
    const attributionRaw = raw('Attribution %');
    const attribution =
      text('Attribution %') === ''
        ? new Big(100)
        : exactValue(
            typeof attributionRaw === 'string' ? attributionRaw.replace(/%\s*$/, '') : attributionRaw,
          );
    if (attribution === null || attribution.gt(100))
      at(sheetRow, 'Attribution %', attributionRaw, 'must be a percentage from 0 to 100 (blank means 100)');
    const inTotals = text('In totals').toLowerCase();
    if (!['', 'yes', 'no'].includes(inTotals))
      at(sheetRow, 'In totals', raw('In totals'), 'must be yes or no (blank means yes)');
    const statedUnit = exact('Stated unit cost', false);
    const statedQuantity = exact('Stated quantity', false);
    const statedTotal = exact('Stated total', false);
    if (unitCost === null || quantity === null || attribution === null || problems.length > 0) return;
    rows.push({
      organisation,
      item,
      unitCostPence: unitCost.times(100),
      unitCostText: text('Unit cost'),
      quantity,
      quantityText: text('Quantity'),
      direction: direction === 'cost' ? 'cost' : 'saving',
      attributionPercent: attribution,
      source: text('Source'),
      stated: {
        unitCostPence: statedUnit?.times(100) ?? null,
        quantity: statedQuantity,
        totalPence: statedTotal?.times(100) ?? null,
        quantityText: text('Stated quantity'),
      },
      inTotals: inTotals !== 'no',
      sheetRow,
    });
  });
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length === 0) return fail('has a header row but no scenario rows', sheetName);
  return { ok: true, rows, sheet: sheetName };
}
