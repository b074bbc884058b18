import * as XLSX from 'xlsx';
import { ROUNDING_RULE } from '../costing/money';
import { toDayNumber, type LocalDateTime } from '../model';
import { JOURNEY_COLUMNS } from './journey-csv';
import { costedCases, type JourneyExportInput } from './journey-export-input';
import { journeyRows } from './journey-rows';
import { neutraliseFormula } from './spreadsheet-safety';
import { freezeHeaderRows } from './xlsx-frozen-header';

type Cell = string | number | boolean | null | { date: LocalDateTime } | { pence: number };

const MONEY_FORMAT = '"£"#,##0.00';
/** Days from Excel's 1900-system day 0 (30/12/1899) to 01/01/1970, for dates after 1900. */
const EXCEL_EPOCH_OFFSET = 25_569;

function toSheetCell(value: Cell): XLSX.CellObject | null {
  if (value === null) return null;
  if (typeof value === 'number') return { t: 'n', v: value };
  if (typeof value === 'boolean') return { t: 'b', v: value };
  if (typeof value === 'string') return value === '' ? null : { t: 's', v: neutraliseFormula(value) };
  if ('pence' in value) return { t: 'n', v: value.pence / 100, z: MONEY_FORMAT };
  // A serial built from the calendar date itself, so no time zone can move a contact to another day.
  return { t: 'n', v: toDayNumber(value.date) + EXCEL_EPOCH_OFFSET, z: value.date.length > 10 ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy' };
}

/** A table sheet: bold-free but filterable, with widths that fit its headers and first rows. */
function tableSheet(headers: readonly string[], rows: Cell[][]): XLSX.WorkSheet {
  const sheet: XLSX.WorkSheet = {};
  const all: Cell[][] = [[...headers], ...rows];
  all.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = toSheetCell(value);
      if (cell !== null) sheet[XLSX.utils.encode_cell({ r, c })] = cell;
    }),
  );
  const range = { s: { r: 0, c: 0 }, e: { r: Math.max(0, all.length - 1), c: headers.length - 1 } };
  sheet['!ref'] = XLSX.utils.encode_range(range);
  sheet['!autofilter'] = { ref: XLSX.utils.encode_range(range) };
  sheet['!cols'] = headers.map((h, c) => {
    const longest = Math.max(h.length, ...rows.slice(0, 200).map((row) => (typeof row[c] === 'string' ? (row[c] as string).length : 12)));
    return { wch: Math.min(60, Math.max(10, longest + 2)) };
  });
  return sheet;
}

const money = (pence: number | null): Cell => (pence === null ? null : { pence });

function breakdownSheet(input: JourneyExportInput, label: string, pick: (t: ReturnType<typeof costedCases>[number]['totals']) => Record<string, number>): XLSX.WorkSheet {
  const cases = costedCases(input);
  const several = cases.length > 1;
  const rows: Cell[][] = cases.flatMap(({ case: c, totals }) => [
    ...Object.entries(pick(totals)).map(([name, pence]) => [...(several ? [c.pseudonym] : []), name, money(pence)]),
    [...(several ? [c.pseudonym] : []), 'Total', money(totals.totalPence)],
  ]);
  return tableSheet([...(several ? ['Case'] : []), label, 'Cost'], rows);
}

export function journeyWorkbook(input: JourneyExportInput): XLSX.WorkBook {
  const cases = costedCases(input);
  const book = XLSX.utils.book_new();
  const journey = journeyRows(input).map((r): Cell[] => [
    r.caseName, { date: r.start }, r.end === null ? null : { date: r.end }, r.agency, r.contactType, r.quantity,
    r.outcome, r.description, r.missed ? 'yes' : 'no', r.category, r.note,
    money(r.unitCostPence), r.unit, r.priceYear, r.costBearer, r.source,
    r.shouldHaveHappened, money(r.overridePence), r.overrideReason,
    r.financialYear, money(r.costPence), money(r.cumulativePence),
  ]);
  XLSX.utils.book_append_sheet(book, tableSheet(JOURNEY_COLUMNS, journey), 'Journey');
  XLSX.utils.book_append_sheet(book, breakdownSheet(input, 'Cost bearer', (t) => t.byCostBearer), 'By cost bearer');
  XLSX.utils.book_append_sheet(book, breakdownSheet(input, 'Financial year', (t) => t.byFinancialYear), 'By financial year');
  XLSX.utils.book_append_sheet(book, breakdownSheet(input, 'Agency', (t) => t.byAgency), 'By agency');
  XLSX.utils.book_append_sheet(book, breakdownSheet(input, 'Contact type', (t) => t.byContactType), 'By contact type');

  const contacts = new Map(input.project.contacts.map((c) => [c.id, c]));
  const agencies = new Map(input.project.agencies.map((a) => [a.id, a.name]));
  const missed = cases.flatMap(({ case: c, totals }) =>
    totals.missedOpportunities.map((m): Cell[] => {
      const contact = contacts.get(m.contactId);
      return [c.pseudonym, { date: m.date }, agencies.get(contact?.agencyId ?? '') ?? '', contact?.contactType ?? '', m.category, contact?.missedOpportunity?.note ?? '', contact?.missedOpportunity?.shouldHaveHappened ?? '', money(m.costAfterPence), money(m.costAfter12MonthsPence)];
    }),
  );
  XLSX.utils.book_append_sheet(book, tableSheet(['Case', 'Date', 'Agency', 'Contact type', 'Category', 'Note', 'Should have happened', 'Cost after (to the end of the journey)', 'Cost after (within 12 months)'], missed), 'Missed opportunities');

  const used = new Set(input.project.contacts.map((c) => c.unitCostId));
  const unitCosts = input.project.unitCosts.filter((u) => used.has(u.id)).sort((a, b) => a.name.localeCompare(b.name));
  XLSX.utils.book_append_sheet(
    book,
    tableSheet(['Name', 'Cost bearer', 'Unit', 'Unit cost', 'Price year', 'Source', 'Confidence (1-5)', 'Notes'], unitCosts.map((u) => [u.name, u.costBearer, u.unit, money(u.amountPence), u.priceYear, u.source, u.confidence, u.notes])),
    'Unit costs and sources',
  );
  XLSX.utils.book_append_sheet(book, tableSheet(['About this workbook', ''], aboutRows(input, cases)), 'About');
  return book;
}

function aboutRows(input: JourneyExportInput, cases: ReturnType<typeof costedCases>): Cell[][] {
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
  const caveats = cases.flatMap(({ case: c, totals }) => [
    totals.uncostedContacts > 0 ? `${c.pseudonym}: ${totals.uncostedContacts} of ${totals.costedContacts + totals.uncostedContacts} contacts have no cost and are not counted in the totals (not counted as £0).` : null,
    totals.unknownPriceYear.pence > 0 ? `${c.pseudonym}: ${percent(totals.unknownPriceYear.share)} of the total rests on costs with no stated price year, which are not uplifted.` : null,
    totals.lowConfidence.pence > 0 ? `${c.pseudonym}: ${percent(totals.lowConfidence.share)} of the total rests on low-confidence costs (grade 1-2).` : null,
    totals.overridden.pence > 0 ? `${c.pseudonym}: ${percent(totals.overridden.share)} of the total is overridden costs, each with a stated reason.` : null,
    totals.assumedQuantityContactIds.length > 0 ? `${c.pseudonym}: ${totals.assumedQuantityContactIds.length} contacts are costed on an assumed quantity of 1 (no end date or no times).` : null,
  ]);
  return [
    ['Produced by', 'Journey Mapper'],
    ['Produced at', input.producedAt],
    ['Price base', `${input.priceBase} prices`],
    ['Deflator series', input.series.name],
    ['Deflator source', input.series.source],
    ['Cases', cases.map((c) => c.case.pseudonym).join(', ')],
    ['Anonymised', input.project.anonymised ? 'yes' : 'no'],
    ['Rounding', ROUNDING_RULE],
    ...caveats.filter((c): c is string => c !== null).map((c): Cell[] => ['Caveat', c]),
  ];
}

/** The workbook as xlsx bytes, every table sheet with its header row frozen. */
export function journeyWorkbookBytes(input: JourneyExportInput): Uint8Array {
  const book = journeyWorkbook(input);
  const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
  return freezeHeaderRows(bytes, book.SheetNames.map((_, i) => i + 1));
}
