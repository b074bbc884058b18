import { COST_UNITS, FinancialYear, type CostUnit, type LocalDateTime, type PriceYear, toDayNumber } from '../../model';
import { cellText, dateOrderEvidence, readDateCell, readPositiveNumber, readPoundsCell, readTimeCell, readYesNo, type CellRead, type DateOrder } from './cell-values';
import { CONTACT_FIELD_LABELS, type ColumnMapping, type ContactField } from './column-mapping';
import { MAX_CELL_CHARACTERS, columnLetter, type SheetCell, type SheetGrid } from './sheet-grid';

/** Where a problem is, in the terms the user's spreadsheet shows: file, sheet, row, column, value. */
export interface ImportProblem {
  file: string;
  sheet: string;
  /** The sheet's own row number (1 is the first row), or null for the whole sheet. */
  row: number | null;
  /** Column letter and header, e.g. `C (Incident date)`, or null. */
  column: string | null;
  value: string;
  reason: string;
}

export function describeImportProblem(p: ImportProblem): string {
  const where = [p.file, `sheet "${p.sheet}"`, p.row === null ? null : `row ${p.row}`, p.column === null ? null : `column ${p.column}`].filter((x) => x !== null).join(', ');
  const value = p.value === '' ? '' : `"${p.value.length > 60 ? `${p.value.slice(0, 57)}...` : p.value}" `;
  return `${where}: ${value}${p.reason}`;
}

/** A contact as the sheet states it, before its names are matched to agencies, cases and unit costs. */
export interface ContactDraft {
  sheetRow: number;
  caseName: string | null;
  start: LocalDateTime;
  end: LocalDateTime | null;
  agencyName: string;
  contactType: string;
  quantity: number | null;
  outcome: string;
  description: string;
  missedOpportunity: { category: string; note: string; shouldHaveHappened: string } | null;
  statedCost: { amountPence: number; unit: CostUnit; priceYear: PriceYear; costBearer: string; source: string } | null;
  costOverride: { amountPence: number; reason: string } | null;
}

export interface ContactSheetSettings {
  /** Index into the grid's rows of the header row (0 is the sheet's row 1). */
  headerRow: number;
  columns: ColumnMapping;
  dateOrder: DateOrder;
}

export interface ContactSheetCheck {
  /** The rows that passed, for the preview; an import applies only when there are no problems. */
  drafts: ContactDraft[];
  problems: ImportProblem[];
  /** More problems were found than are listed. */
  problemCount: number;
}

const MAX_LISTED_PROBLEMS = 1_000;
/** The longest text each field takes, as the contact schema allows. */
const MAX_LENGTH: Partial<Record<ContactField, number>> = { case: 200, agency: 200, contactType: 200, outcome: 2_000, description: 20_000, category: 200, note: 5_000, shouldHaveHappened: 5_000, costBearer: 200, source: 2_000, overrideReason: 2_000 };

/** Checks every data row below the header; any problem anywhere means nothing is imported. */
export function checkContactRows(grid: SheetGrid, settings: ContactSheetSettings, fileName: string, onProgress?: (done: number, total: number) => void): ContactSheetCheck {
  const problems: ImportProblem[] = [];
  let problemCount = 0;
  const headers = (grid.rows[settings.headerRow] ?? []).map(cellText);
  const columnName = (index: number) => `${columnLetter(index)}${headers[index] ? ` (${headers[index]})` : ''}`;
  const report = (row: number | null, column: number | null, value: string, reason: string) => {
    problemCount += 1;
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push({ file: fileName, sheet: grid.name, row, column: column === null ? null : columnName(column), value, reason });
  };
  const columnOf = new Map<ContactField, number>();
  settings.columns.forEach((field, index) => {
    if (field === null) return;
    if (columnOf.has(field)) report(settings.headerRow + 1, index, headers[index] ?? '', `is mapped to ${CONTACT_FIELD_LABELS[field]}, as is column ${columnName(columnOf.get(field) as number)}; map one of them to something else`);
    else columnOf.set(field, index);
  });
  for (const required of ['date', 'agency', 'contactType'] as const) {
    if (!columnOf.has(required)) report(null, null, '', `no column is mapped to ${CONTACT_FIELD_LABELS[required]}, which every contact needs`);
  }
  for (const merge of grid.merges) {
    const bottomRow = Number(/\d+$/.exec(merge)?.[0] ?? 0);
    if (bottomRow > settings.headerRow + 1) report(null, null, merge, 'these cells are merged; unmerge them so every row holds its own values');
  }
  if (problemCount > 0) return { drafts: [], problems, problemCount };

  const dateColumn = columnOf.get('date') as number;
  const dataRows = grid.rows.slice(settings.headerRow + 1);
  if (settings.dateOrder === 'day first') {
    const evidence = dateOrderEvidence(dataRows.map((r) => (r[dateColumn]?.kind === 'text' ? cellText(r[dateColumn]) : '')));
    if (evidence.monthFirst > 0 && evidence.dayFirst === 0) {
      report(null, dateColumn, evidence.exampleMonthFirst ?? '', 'these dates can only be month first (US order); choose "month first" as the date order, or correct them');
    }
  }

  const drafts: ContactDraft[] = [];
  dataRows.forEach((cells, offset) => {
    const sheetRow = settings.headerRow + offset + 2;
    if (offset % 500 === 0) onProgress?.(offset, dataRows.length);
    if (cells.every((c) => c === null || cellText(c) === '')) return;
    const before = problemCount;
    const cell = (field: ContactField): SheetCell | null => {
      const column = columnOf.get(field);
      return column === undefined ? null : (cells[column] ?? null);
    };
    const fail = (field: ContactField, reason: string) => report(sheetRow, columnOf.get(field) ?? null, cellText(cell(field)), reason);
    for (const [field, column] of columnOf) {
      const c = cells[column];
      if (c === null || c === undefined) continue;
      if (c.formula !== undefined) fail(field, `is a formula (${c.formula.slice(0, 40)}); paste the values instead`);
      else if (c.kind === 'error') fail(field, 'is a spreadsheet error value');
      else if (cellText(c).length > (MAX_LENGTH[field] ?? MAX_CELL_CHARACTERS)) fail(field, `is ${cellText(c).length.toLocaleString('en-GB')} characters; ${CONTACT_FIELD_LABELS[field]} takes at most ${(MAX_LENGTH[field] ?? MAX_CELL_CHARACTERS).toLocaleString('en-GB')}`);
    }
    if (problemCount > before) return;
    const text = (field: ContactField) => cellText(cell(field));
    const need = <T>(field: ContactField, read: (c: SheetCell) => CellRead<T>): T | null => {
      const c = cell(field);
      if (c === null || cellText(c) === '') return null;
      const result = read(c);
      if (!result.ok) fail(field, result.reason);
      return result.ok ? result.value : null;
    };

    const startDate = need('date', (c) => readDateCell(c, settings.dateOrder, grid.date1904));
    if (startDate === null && text('date') === '') fail('date', 'is empty; every contact needs a date');
    const startTime = need('time', readTimeCell) ?? startDate?.time ?? null;
    const endDate = need('end', (c) => readDateCell(c, settings.dateOrder, grid.date1904));
    const start = startDate === null ? null : startTime === null ? startDate.date : `${startDate.date}T${startTime}`;
    const end = endDate === null ? null : endDate.time === null ? endDate.date : `${endDate.date}T${endDate.time}`;
    if (start !== null && end !== null && toDayNumber(end) < toDayNumber(start)) fail('end', `is before the contact's start (${start.slice(0, 10).split('-').reverse().join('/')})`);
    if (text('agency') === '') fail('agency', 'is empty; every contact needs an agency');
    if (text('contactType') === '') fail('contactType', 'is empty; every contact needs a contact type');
    const quantity = need('quantity', readPositiveNumber);

    const flaggedCell = cell('missedOpportunity');
    const flagged = columnOf.has('missedOpportunity') ? need('missedOpportunity', (c) => readYesNo(c)) ?? false : text('category') !== '';
    if (flagged && text('category') === '') fail(columnOf.has('category') ? 'category' : 'missedOpportunity', 'a missed opportunity needs a category');
    if (!flagged && flaggedCell !== null && text('category') !== '' && columnOf.has('missedOpportunity')) fail('category', 'has a category, but Missed opportunity is no');

    const amount = need('unitCost', readPoundsCell);
    const unit = text('unit').toLowerCase().replace(/^per /, '');
    if (unit !== '' && !(COST_UNITS as readonly string[]).includes(unit)) fail('unit', `is not a unit (${COST_UNITS.join(', ')})`);
    const priceYearText = text('priceYear').replace('-', '/');
    const priceYear = priceYearText === '' || priceYearText.toLowerCase() === 'unknown' ? 'unknown' : FinancialYear.safeParse(priceYearText).success ? priceYearText : null;
    if (priceYear === null) fail('priceYear', 'is not a financial year such as 2019/20, or "unknown"');
    if (amount === null && (text('priceYear') !== '' || text('unit') !== '') && columnOf.has('unitCost')) fail('unitCost', 'is empty, but the row states a price year or unit for it');
    const override = need('costOverride', readPoundsCell);
    if (override !== null && text('overrideReason') === '') fail('overrideReason', 'an overridden cost needs a reason');

    if (problemCount > before || start === null) return;
    drafts.push({
      sheetRow,
      caseName: text('case') === '' ? null : text('case'),
      start,
      end,
      agencyName: text('agency'),
      contactType: text('contactType'),
      quantity,
      outcome: text('outcome'),
      description: text('description'),
      missedOpportunity: flagged ? { category: text('category'), note: text('note'), shouldHaveHappened: text('shouldHaveHappened') } : null,
      statedCost: amount === null ? null : { amountPence: amount, unit: (unit === '' ? 'contact' : unit) as CostUnit, priceYear: priceYear ?? 'unknown', costBearer: text('costBearer') || text('agency'), source: text('source') || `Stated in ${fileName}` },
      costOverride: override === null ? null : { amountPence: override, reason: text('overrideReason') },
    });
  });
  onProgress?.(dataRows.length, dataRows.length);
  return { drafts, problems, problemCount };
}
