import { ENTER_THE_HOURS, hoursUnknown, ENTER_THE_LENGTH, lengthUnknown } from '../costing/contact-cost';
import {
  COST_UNITS,
  FinancialYear,
  type CostUnit,
  type LocalDateTime,
  type PriceYear,
  datePart,
  earliestDay,
  formatDateAsWritten,
  isExactDate,
  latestDay,
} from '../model';
import {
  DateOrderTally,
  cellText,
  readDateCell,
  readPositiveNumber,
  readPoundsCell,
  readTimeCell,
  readYesNo,
  type CellRead,
  type DateOrder,
} from './cell-values';
import { CONTACT_FIELD_LABELS, type ColumnMapping, type ContactField } from './column-mapping';
import {
  MAX_CELL_CHARACTERS,
  columnLetter,
  type SheetCell,
  type SheetInfo,
  type SheetRow,
} from './sheet-grid';

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

/** What the app's import screen asks the user to do about a problem; the command line says it in its own options. */
export const SCREEN_HINTS = {
  duplicateColumn: 'map one of them to something else',
  monthFirst: 'choose "month first" as the date order, or correct them',
  noCase: 'map a Case column, or import into an open case',
} as const;

export function describeImportProblem(p: ImportProblem): string {
  const where = [
    p.file,
    `sheet "${p.sheet}"`,
    p.row === null ? null : `row ${p.row}`,
    p.column === null ? null : `column ${p.column}`,
  ]
    .filter((x) => x !== null)
    .join(', ');
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
  statedCost: StatedCost | null;
  costOverride: { amountPence: number; reason: string } | null;
}

/** A unit cost the supplier states on the row, for its contact type. */
export interface StatedCost {
  amountPence: number;
  unit: CostUnit;
  priceYear: PriceYear;
  costBearer: string;
  source: string;
}

export interface ContactSheetSettings {
  /** Index of the header row (0 is the sheet's row 1). */
  headerRow: number;
  columns: ColumnMapping;
  dateOrder: DateOrder;
}

const MAX_LISTED_PROBLEMS = 1_000;
/** The longest text each field takes, as the contact schema allows. */
const MAX_LENGTH: Partial<Record<ContactField, number>> = {
  case: 200,
  agency: 200,
  contactType: 200,
  outcome: 2_000,
  description: 20_000,
  category: 200,
  note: 5_000,
  shouldHaveHappened: 5_000,
  costBearer: 200,
  source: 2_000,
  overrideReason: 2_000,
};

/** Every problem found, the first MAX_LISTED_PROBLEMS of them kept to show. */
export class ProblemList {
  readonly listed: ImportProblem[] = [];
  count = 0;

  add(problem: ImportProblem): void {
    this.count += 1;
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push(problem);
  }

  /** A problem about the sheet as a whole, found only once every row was read, listed first. */
  addFirst(problem: ImportProblem): void {
    this.count += 1;
    this.listed.unshift(problem);
    if (this.listed.length > MAX_LISTED_PROBLEMS) this.listed.pop();
  }
}

/**
 * Reads the data rows below a sheet's header into contact drafts, one row at a time, reporting
 * every problem by its row and column. Any problem anywhere means nothing is imported.
 */
export class ContactRowReader {
  /** Problems of the mapping or the sheet as a whole: rows are not worth reading while any remain. */
  readonly setupFailed: boolean;
  private readonly columnOf = new Map<ContactField, number>();
  private readonly headers: string[];
  private readonly dateOrder = new DateOrderTally();

  constructor(
    private readonly sheet: SheetInfo,
    headerCells: SheetRow,
    private readonly settings: ContactSheetSettings,
    private readonly fileName: string,
    private readonly problems: ProblemList,
  ) {
    this.headers = headerCells.map(cellText);
    const before = problems.count;
    settings.columns.forEach((field, index) => {
      if (field === null) return;
      const earlier = this.columnOf.get(field);
      if (earlier !== undefined)
        this.report(
          settings.headerRow + 1,
          index,
          this.headers[index] ?? '',
          `is mapped to ${CONTACT_FIELD_LABELS[field]}, as is column ${this.columnName(earlier)}; ${SCREEN_HINTS.duplicateColumn}`,
        );
      else this.columnOf.set(field, index);
    });
    for (const required of ['date', 'agency', 'contactType'] as const) {
      if (!this.columnOf.has(required))
        this.report(
          null,
          null,
          '',
          `no column is mapped to ${CONTACT_FIELD_LABELS[required]}, which every contact needs`,
        );
    }
    for (const merge of sheet.merges) {
      const bottomRow = Number(/\d+$/.exec(merge)?.[0] ?? 0);
      if (bottomRow > settings.headerRow + 1)
        this.report(
          null,
          null,
          merge,
          'these cells are merged; unmerge them so every row holds its own values',
        );
    }
    this.setupFailed = problems.count > before;
  }

  /** Where a field is in the sheet, as problems name it (letter and header), if it is mapped. */
  columnNameOf(field: ContactField): string | null {
    const index = this.columnOf.get(field);
    return index === undefined ? null : this.columnName(index);
  }

  private columnName(index: number): string {
    return `${columnLetter(index)}${this.headers[index] ? ` (${this.headers[index]})` : ''}`;
  }

  report(row: number | null, column: number | null, value: string, reason: string): void {
    this.problems.add({
      file: this.fileName,
      sheet: this.sheet.name,
      row,
      column: column === null ? null : this.columnName(column),
      value,
      reason,
    });
  }

  /** Once every row is read: a date column whose dates can only be month first, when day first was chosen. */
  finish(): void {
    const dateColumn = this.columnOf.get('date');
    if (
      this.setupFailed ||
      dateColumn === undefined ||
      this.settings.dateOrder !== 'day first' ||
      !this.dateOrder.onlyMonthFirst()
    )
      return;
    this.problems.addFirst({
      file: this.fileName,
      sheet: this.sheet.name,
      row: null,
      column: this.columnName(dateColumn),
      value: this.dateOrder.exampleMonthFirst ?? '',
      reason: `these dates can only be month first (US order); ${SCREEN_HINTS.monthFirst}`,
    });
  }

  /** The row's draft, or null when it is empty or has a problem (reported). */
  read(cells: SheetRow, sheetRow: number): ContactDraft | null {
    const { columnOf } = this;
    const dateCell = cells[columnOf.get('date') ?? -1];
    if (dateCell?.kind === 'text') this.dateOrder.add(dateCell.text);
    if (cells.every((c) => c === null || cellText(c) === '')) return null;
    const before = this.problems.count;
    const cell = (field: ContactField): SheetCell | null => {
      const column = columnOf.get(field);
      return column === undefined ? null : (cells[column] ?? null);
    };
    const fail = (field: ContactField, reason: string) =>
      this.report(sheetRow, columnOf.get(field) ?? null, cellText(cell(field)), reason);
    for (const [field, column] of columnOf) {
      const c = cells[column];
      if (c === null || c === undefined) continue;
      const limit = MAX_LENGTH[field] ?? MAX_CELL_CHARACTERS;
      if (c.formula !== undefined)
        fail(field, `is a formula (${c.formula.slice(0, 40)}); paste the values instead`);
      else if (c.kind === 'error') fail(field, 'is a spreadsheet error value');
      else if (cellText(c).length > limit)
        fail(
          field,
          `is ${cellText(c).length.toLocaleString('en-GB')} characters; ${CONTACT_FIELD_LABELS[field]} takes at most ${limit.toLocaleString('en-GB')}`,
        );
    }
    if (this.problems.count > before) return null;
    const text = (field: ContactField) => cellText(cell(field));
    const need = <T>(field: ContactField, read: (c: SheetCell) => CellRead<T>): T | null => {
      const c = cell(field);
      if (c === null || cellText(c) === '') return null;
      const result = read(c);
      if (!result.ok) fail(field, result.reason);
      return result.ok ? result.value : null;
    };

    const { dateOrder } = this.settings;
    const startDate = need('date', (c) => readDateCell(c, dateOrder, this.sheet.date1904));
    if (startDate === null && text('date') === '') fail('date', 'is empty; every contact needs a date');
    const startTime = need('time', readTimeCell) ?? startDate?.time ?? null;
    const endDate = need('end', (c) => readDateCell(c, dateOrder, this.sheet.date1904));
    if (startDate !== null && startTime !== null && !isExactDate(startDate.date))
      fail(
        'time',
        `goes with an approximate date (${formatDateAsWritten(startDate.date)}); a time needs an exact day`,
      );
    const start =
      startDate === null
        ? null
        : startTime === null || !isExactDate(startDate.date)
          ? startDate.date
          : `${startDate.date}T${startTime}`;
    const end =
      endDate === null ? null : endDate.time === null ? endDate.date : `${endDate.date}T${endDate.time}`;
    if (start !== null && end !== null && latestDay(end) < earliestDay(start))
      fail('end', `is before the contact's start (${formatDateAsWritten(datePart(start))})`);
    if (text('agency') === '') fail('agency', 'is empty; every contact needs an agency');
    if (text('contactType') === '') fail('contactType', 'is empty; every contact needs a contact type');
    const quantity = need('quantity', readPositiveNumber);

    const flaggedCell = cell('missedOpportunity');
    const flagged = columnOf.has('missedOpportunity')
      ? (need('missedOpportunity', (c) => readYesNo(c)) ?? false)
      : text('category') !== '';
    if (flagged && text('category') === '')
      fail(
        columnOf.has('category') ? 'category' : 'missedOpportunity',
        'a missed opportunity needs a category',
      );
    if (!flagged && flaggedCell !== null && text('category') !== '' && columnOf.has('missedOpportunity'))
      fail('category', 'has a category, but Missed opportunity is no');

    const amount = need('unitCost', readPoundsCell);
    const unit = text('unit').toLowerCase().replace(/^per /, '');
    if (unit !== '' && !(COST_UNITS as readonly string[]).includes(unit))
      fail('unit', `is not a unit (${COST_UNITS.join(', ')})`);
    const priceYearText = text('priceYear').replace('-', '/');
    const priceYear =
      priceYearText === '' || priceYearText.toLowerCase() === 'unknown'
        ? 'unknown'
        : FinancialYear.safeParse(priceYearText).success
          ? priceYearText
          : null;
    if (priceYear === null) fail('priceYear', 'is not a financial year such as 2019/20, or "unknown"');
    if (amount === null && (text('priceYear') !== '' || text('unit') !== '') && columnOf.has('unitCost'))
      fail('unitCost', 'is empty, but the row states a price year or unit for it');
    const override = need('costOverride', readPoundsCell);
    if (override !== null && text('overrideReason') === '')
      fail('overrideReason', 'an overridden cost needs a reason');
    if (
      amount !== null &&
      unit === 'hour' &&
      override === null &&
      start !== null &&
      hoursUnknown({ start, end, quantity })
    )
      fail(columnOf.has('quantity') ? 'quantity' : 'unit', `is per hour, but the row ${ENTER_THE_HOURS}`);
    if (
      amount !== null &&
      unit !== '' &&
      unit !== 'hour' &&
      override === null &&
      start !== null &&
      lengthUnknown({ start, end, quantity }, unit as CostUnit)
    )
      fail(columnOf.has('quantity') ? 'quantity' : 'unit', `is per ${unit}, but the row ${ENTER_THE_LENGTH}`);

    if (this.problems.count > before || start === null) return null;
    return {
      sheetRow,
      caseName: text('case') === '' ? null : text('case'),
      start,
      end,
      agencyName: text('agency'),
      contactType: text('contactType'),
      quantity,
      outcome: text('outcome'),
      description: text('description'),
      missedOpportunity: flagged
        ? { category: text('category'), note: text('note'), shouldHaveHappened: text('shouldHaveHappened') }
        : null,
      statedCost:
        amount === null
          ? null
          : {
              amountPence: amount,
              unit: (unit === '' ? 'contact' : unit) as CostUnit,
              priceYear: priceYear ?? 'unknown',
              costBearer: text('costBearer') || text('agency'),
              source: text('source') || `Stated in ${this.fileName}`,
            },
      costOverride: override === null ? null : { amountPence: override, reason: text('overrideReason') },
    };
  }
}
