import * as XLSX from 'xlsx';
import {
  CHRONOLOGY_HEADERS,
  chronologyCells,
  integratedChronology,
} from '../chronology/integrated-chronology';
import { breakdownLines, type BreakdownOrder } from '../costing/breakdown';
import { ROUNDING_RULE } from '../costing/money';
import { attributionsOf } from '../costing/unit-cost-library';
import { hasTime, toDayNumber, type LocalDateTime, formatDateAsWritten, isExactDate } from '../model';
import { JOURNEY_COLUMNS } from './journey-csv';
import { costedCases, type CostedCases, type JourneyExportInput } from './journey-export-input';
import { journeyRows } from './journey-rows';
import { neutraliseFormula } from '../spreadsheet/spreadsheet-safety';
import { freezeHeaderRows } from '../spreadsheet/xlsx-frozen-header';
import { OUTCOME_ROW_HEADERS, outcomeRows } from '../outcomes/outcome-rows';

export type Cell = string | number | boolean | null | { date: LocalDateTime } | { pence: number };

const MONEY_FORMAT = '"£"#,##0.00';
/** Days from Excel's 1900-system day 0 (30/12/1899) to 01/01/1970, for dates after 1900. */
const EXCEL_EPOCH_OFFSET = 25_569;

function toSheetCell(value: Cell): XLSX.CellObject | null {
  if (value === null) return null;
  if (typeof value === 'number') return { t: 'n', v: value };
  if (typeof value === 'boolean') return { t: 'b', v: value };
  if (typeof value === 'string') return value === '' ? null : { t: 's', v: neutraliseFormula(value) };
  if ('pence' in value) return { t: 'n', v: value.pence / 100, z: MONEY_FORMAT };
  // An approximate date has no one day to be a serial of: it is kept as written ("Oct 2018"),
  // which an import reads back, and the Journey sheet's Earliest and Latest give its bounds.
  if (!isExactDate(value.date)) return { t: 's', v: formatDateAsWritten(value.date) };
  // A serial built from the calendar date itself, so no time zone can move a contact to another day.
  return {
    t: 'n',
    v: toDayNumber(value.date) + EXCEL_EPOCH_OFFSET,
    z: hasTime(value.date) ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy',
  };
}

/**
 * A note (a hidden cell comment, shown on hover) on each money header states the price base, so
 * the header itself keeps the plain name an import recognises ('Cost at price base').
 */
function addNotes(
  sheet: XLSX.WorkSheet,
  headers: readonly string[],
  notes: Partial<Record<string, string>>,
): void {
  headers.forEach((header, c) => {
    const note = notes[header];
    const cell = sheet[XLSX.utils.encode_cell({ r: 0, c })] as XLSX.CellObject | undefined;
    if (note === undefined || cell === undefined) return;
    const comments: XLSX.Comments = [{ a: 'Journey Mapper', t: note }];
    comments.hidden = true;
    cell.c = comments;
  });
}

/** A table sheet: bold-free but filterable, with widths that fit its headers and first rows. */
export function tableSheet(
  headers: readonly string[],
  rows: Cell[][],
  notes: Partial<Record<string, string>> = {},
): XLSX.WorkSheet {
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
    const longest = Math.max(
      h.length,
      ...rows.slice(0, 200).map((row) => (typeof row[c] === 'string' ? (row[c] as string).length : 12)),
    );
    return { wch: Math.min(60, Math.max(10, longest + 2)) };
  });
  addNotes(sheet, headers, notes);
  return sheet;
}

const money = (pence: number | null): Cell => (pence === null ? null : { pence });

const priceBaseNote = (input: JourneyExportInput) =>
  `At ${input.basis.priceBase} prices: the About sheet gives the deflator and the caveats.`;

/**
 * One case's breakdown rows then its total: the total is journeyTotals' own, never a sum of the
 * rounded rows; where those rows miss it by a penny or so, a Rounding row says by how much.
 */
function breakdownSheet(
  cases: CostedCases,
  label: string,
  note: string,
  pick: (t: CostedCases[number]['totals']) => Record<string, number>,
  order: BreakdownOrder = 'by name',
): XLSX.WorkSheet {
  const several = cases.length > 1;
  const rows: Cell[][] = cases.flatMap(({ case: c, totals }) => [
    ...breakdownLines(pick(totals), totals.totalPence, order).map((line) => [
      ...(several ? [c.pseudonym] : []),
      line.name,
      money(line.pence),
    ]),
    [...(several ? [c.pseudonym] : []), 'Total', money(totals.totalPence)],
  ]);
  return tableSheet([...(several ? ['Case'] : []), label, 'Cost'], rows, { Cost: note });
}

/**
 * The costed journey workbook as SheetJS holds it. Only journeyWorkbookBytes freezes the header
 * rows, which this SheetJS edition cannot express in the object, so callers save those bytes.
 */
export function journeyWorkbook(input: JourneyExportInput): XLSX.WorkBook {
  const cases = costedCases(input);
  const book = XLSX.utils.book_new();
  const journey = journeyRows(input, cases).map((r): Cell[] => [
    r.caseName,
    { date: r.start },
    r.end === null ? null : { date: r.end },
    r.agency,
    r.contactType,
    r.quantity,
    r.outcome,
    r.description,
    r.missed ? 'yes' : 'no',
    r.category,
    r.note,
    money(r.unitCostPence),
    r.unit,
    r.priceYear,
    r.costBearer,
    r.source,
    r.shouldHaveHappened,
    money(r.overridePence),
    r.overrideReason,
    r.financialYear,
    money(r.costPence),
    money(r.cumulativePence),
    { date: r.earliest },
    { date: r.latest },
  ]);
  const note = priceBaseNote(input);
  XLSX.utils.book_append_sheet(
    book,
    tableSheet(JOURNEY_COLUMNS, journey, { 'Cost at price base': note, 'Cumulative cost': note }),
    'Journey',
  );
  XLSX.utils.book_append_sheet(
    book,
    breakdownSheet(cases, 'Cost bearer', note, (t) => t.byCostBearer),
    'By cost bearer',
  );
  XLSX.utils.book_append_sheet(
    book,
    breakdownSheet(cases, 'Financial year', note, (t) => t.byFinancialYear, 'by financial year'),
    'By financial year',
  );
  XLSX.utils.book_append_sheet(
    book,
    breakdownSheet(cases, 'Agency', note, (t) => t.byAgency),
    'By agency',
  );
  XLSX.utils.book_append_sheet(
    book,
    breakdownSheet(cases, 'Contact type', note, (t) => t.byContactType),
    'By contact type',
  );

  const contacts = new Map(input.project.contacts.map((c) => [c.id, c]));
  const agencies = new Map(input.project.agencies.map((a) => [a.id, a.name]));
  const missed = cases.flatMap(({ case: c, totals }) =>
    totals.missedOpportunities.map((m): Cell[] => {
      const contact = contacts.get(m.contactId);
      return [
        c.pseudonym,
        { date: m.date },
        agencies.get(contact?.agencyId ?? '') ?? '',
        contact?.contactType ?? '',
        m.category,
        contact?.missedOpportunity?.note ?? '',
        contact?.missedOpportunity?.shouldHaveHappened ?? '',
        money(m.costAfterPence),
        money(m.costAfter12MonthsPence),
        money(m.costAfterUncertainPence),
      ];
    }),
  );
  const costAfter = [
    'Cost after (to end of journey)',
    'Cost after (12 months)',
    'Cost after (order unknown)',
  ];
  XLSX.utils.book_append_sheet(
    book,
    tableSheet(
      ['Case', 'Date', 'Agency', 'Contact type', 'Category', 'Note', 'Should have happened', ...costAfter],
      missed,
      Object.fromEntries(costAfter.map((h) => [h, note])),
    ),
    'Missed opportunities',
  );

  const exported = new Set(cases.map((c) => c.case.id));
  const outcomes = outcomeRows(
    (input.project.outcomes ?? []).filter((o) => exported.has(o.caseId)),
    cases.map((c) => c.case),
    input.project.outcomeMeasures ?? [],
  );
  if (outcomes.length > 0) {
    XLSX.utils.book_append_sheet(
      book,
      tableSheet(
        OUTCOME_ROW_HEADERS,
        outcomes.map((o): Cell[] => [o.caseName, { date: o.date }, o.measure, o.item, o.score]),
      ),
      'Outcomes',
    );
  }
  const used = new Set(input.project.contacts.filter((c) => exported.has(c.caseId)).map((c) => c.unitCostId));
  const unitCosts = input.basis.unitCosts
    .filter((u) => used.has(u.id))
    .sort((a, b) => a.name.localeCompare(b.name));
  XLSX.utils.book_append_sheet(
    book,
    tableSheet(
      [
        'Name',
        'Cost bearer',
        'Unit',
        'Unit cost (£)',
        'Price year',
        'Source',
        'Confidence (1-5)',
        'Notes',
        'Cost code',
        'Attribution',
      ],
      unitCosts.map((u) => [
        u.name,
        u.costBearer,
        u.unit,
        money(u.amountPence),
        u.priceYear,
        u.source,
        u.confidence,
        u.notes,
        u.code ?? '',
        u.attribution ?? '',
      ]),
    ),
    'Unit costs and sources',
  );
  const chronology = cases.flatMap(({ case: c }) =>
    integratedChronology(input.project, c).rows.map((row): Cell[] => [c.pseudonym, ...chronologyCells(row)]),
  );
  XLSX.utils.book_append_sheet(
    book,
    tableSheet(['Case', ...CHRONOLOGY_HEADERS], chronology),
    'Integrated chronology',
  );
  const credits = attributionsOf(unitCosts).map((credit): Cell[] => [
    'Unit costs used under licence',
    credit,
  ]);
  XLSX.utils.book_append_sheet(
    book,
    tableSheet(['About this workbook', ''], [...aboutRows(input, cases), ...credits]),
    'About',
  );
  return book;
}

function aboutRows(input: JourneyExportInput, cases: CostedCases): Cell[][] {
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
  const contactsAre = (n: number) => (n === 1 ? '1 contact is' : `${n} contacts are`);
  const caveats = cases.flatMap(({ case: c, totals }) => [
    totals.uncostedContacts > 0
      ? `${c.pseudonym}: ${totals.uncostedContacts} of ${totals.costedContacts + totals.uncostedContacts} contacts have no cost and are not counted in the totals (not counted as £0).`
      : null,
    totals.unknownPriceYear.pence > 0
      ? `${c.pseudonym}: ${percent(totals.unknownPriceYear.share)} of the total rests on costs with no stated price year, which are not uplifted.`
      : null,
    totals.approximateFinancialYear.pence > 0
      ? `${c.pseudonym}: ${percent(totals.approximateFinancialYear.share)} of the total is approximate contacts whose period spans financial years, each put in the year holding the middle of its period.`
      : null,
    totals.lowConfidence.pence > 0
      ? `${c.pseudonym}: ${percent(totals.lowConfidence.share)} of the total rests on low-confidence costs (grade 1-2).`
      : null,
    totals.overridden.pence > 0
      ? `${c.pseudonym}: ${percent(totals.overridden.share)} of the total is overridden costs, each with a stated reason.`
      : null,
    totals.assumedQuantityContactIds.length > 0
      ? `${c.pseudonym}: ${contactsAre(totals.assumedQuantityContactIds.length)} costed on an assumed quantity of 1 (no end date, no times, or approximate dates).`
      : null,
  ]);
  return [
    ['Produced by', 'Journey Mapper'],
    ['Produced at', input.producedAt],
    ['Price base', `${input.basis.priceBase} prices`],
    ['Deflator series', input.basis.series.name],
    ['Deflator source', input.basis.series.source],
    ['Cases', cases.map((c) => c.case.pseudonym).join(', ')],
    ['Anonymised', input.project.anonymised ? 'yes' : 'no'],
    ['Rounding', ROUNDING_RULE],
    ...caveats.filter((c): c is string => c !== null).map((c): Cell[] => ['Caveat', c]),
  ];
}

/** The workbook as xlsx bytes, every table sheet with its header row frozen. */
export function journeyWorkbookBytes(input: JourneyExportInput): Uint8Array {
  const book = journeyWorkbook(input);
  const bytes = new Uint8Array(
    XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer,
  );
  return freezeHeaderRows(
    bytes,
    book.SheetNames.map((_, i) => i + 1),
  );
}
