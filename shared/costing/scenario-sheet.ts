import Big from 'big.js';
import * as XLSX from 'xlsx';
import { parseExactProduct } from './exact-number';
import type { ScenarioRow } from './scenario';

export const SCENARIO_HEADERS = ['Organisation', 'Item', 'Unit cost', 'Quantity', 'Direction', 'Attribution %', 'Source'] as const;
export const SCENARIO_OPTIONAL_HEADERS = ['Stated unit cost', 'Stated quantity', 'Stated total', 'In totals'] as const;

export interface SheetProblem {
  file: string;
  sheet: string;
  row?: number;
  column?: string;
  value?: string;
  reason: string;
}

export function describeProblem(p: SheetProblem): string {
  const where = [p.file, `sheet "${p.sheet}"`, p.row === undefined ? null : `row ${p.row}`, p.column === undefined ? null : `column ${p.column}`].filter(Boolean).join(', ');
  return `${where}: ${p.value === undefined ? '' : `"${p.value}" `}${p.reason}`;
}

export type ScenarioSheetResult = { ok: true; rows: ScenarioRow[]; sheet: string } | { ok: false; problems: SheetProblem[] };

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

/**
 * Reads a scenario sheet whose header row is exactly the scenario template's: no mapping step.
 * Any problem anywhere rejects the whole sheet, each problem located by row and column.
 */
export function readScenarioSheet(bytes: Uint8Array, fileName: string): ScenarioSheetResult {
  let workbook: XLSX.WorkBook;
  try {
    if (bytes.byteLength === 0) return { ok: false, problems: [{ file: fileName, sheet: '-', reason: 'the file is empty' }] };
    workbook = XLSX.read(bytes, { type: 'array', dense: true, cellFormula: false, cellHTML: false, raw: false });
  } catch {
    return { ok: false, problems: [{ file: fileName, sheet: '-', reason: 'is not a spreadsheet that can be read (xlsx, xls, ods or csv)' }] };
  }
  const sheetName = workbook.SheetNames[0];
  if (sheetName === undefined) return { ok: false, problems: [{ file: fileName, sheet: '-', reason: 'the workbook has no sheets' }] };
  const grid = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[sheetName], { header: 1, raw: false, defval: '', blankrows: true });
  const problems: SheetProblem[] = [];
  const at = (row: number | undefined, column: string | undefined, value: string | undefined, reason: string) =>
    problems.push({ file: fileName, sheet: sheetName, row, column, value, reason });
  const headers = (grid[0] ?? []).map(cellText);
  const columnOf = new Map(headers.map((h, i) => [h.toLowerCase(), i]));
  for (const required of SCENARIO_HEADERS) if (!columnOf.has(required.toLowerCase())) at(1, required, undefined, `the header row has no "${required}" column (expected: ${SCENARIO_HEADERS.join(', ')})`);
  if (problems.length > 0) return { ok: false, problems };

  const rows: ScenarioRow[] = [];
  grid.slice(1).forEach((cells, index) => {
    const sheetRow = index + 2;
    const get = (header: string) => {
      const column = columnOf.get(header.toLowerCase());
      return column === undefined ? '' : cellText(cells[column]);
    };
    if (cells.every((c) => cellText(c) === '')) return;
    const exact = (header: string, required: boolean): Big | null => {
      const text = get(header);
      if (text === '') {
        if (required) at(sheetRow, header, '', 'is required');
        return null;
      }
      const value = parseExactProduct(text);
      if (value === null) at(sheetRow, header, text, 'is not a number or a product such as 3 x 30.38');
      return value;
    };
    const organisation = get('Organisation');
    const item = get('Item');
    if (organisation === '') at(sheetRow, 'Organisation', '', 'is required');
    if (item === '') at(sheetRow, 'Item', '', 'is required');
    const unitCost = exact('Unit cost', true);
    const quantity = exact('Quantity', true);
    const directionText = get('Direction').toLowerCase();
    if (directionText !== 'saving' && directionText !== 'cost') at(sheetRow, 'Direction', get('Direction'), 'must be "saving" or "cost"');
    const attributionText = get('Attribution %').replace(/%$/, '');
    const attribution = attributionText === '' ? new Big(100) : parseExactProduct(attributionText);
    if (attribution === null || attribution.gt(100)) at(sheetRow, 'Attribution %', get('Attribution %'), 'must be a percentage from 0 to 100 (blank means 100)');
    const inTotalsText = get('In totals').toLowerCase();
    if (!['', 'yes', 'no', 'y', 'n'].includes(inTotalsText)) at(sheetRow, 'In totals', get('In totals'), 'must be yes or no (blank means yes)');
    const statedUnit = exact('Stated unit cost', false);
    const statedQuantity = exact('Stated quantity', false);
    const statedTotal = exact('Stated total', false);
    if (unitCost === null || quantity === null || attribution === null) return;
    rows.push({
      organisation,
      item,
      unitCostPence: unitCost.times(100),
      unitCostText: get('Unit cost'),
      quantity,
      quantityText: get('Quantity'),
      direction: directionText === 'cost' ? 'cost' : 'saving',
      attributionPercent: attribution,
      source: get('Source'),
      stated: { unitCostPence: statedUnit?.times(100) ?? null, quantity: statedQuantity, totalPence: statedTotal?.times(100) ?? null, quantityText: get('Stated quantity') },
      inTotals: !inTotalsText.startsWith('n'),
      sheetRow,
    });
  });
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length === 0) return { ok: false, problems: [{ file: fileName, sheet: sheetName, reason: 'has a header row but no scenario rows' }] };
  return { ok: true, rows, sheet: sheetName };
}
