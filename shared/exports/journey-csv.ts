import Papa from 'papaparse';
import { penceToPoundsText } from '../costing/money';
import { formatUkDate, formatDateAsWritten } from '../model';
import {
  CANONICAL_COST_HEADERS,
  CANONICAL_EXTRA_HEADERS,
  CANONICAL_REQUIRED_HEADERS,
  COMPUTED_HEADERS,
} from '../contact-sheet/canonical-template';
import { costedCases, type JourneyExportInput } from './journey-export-input';
import { journeyRows } from './journey-rows';
import { neutraliseFormula } from '../spreadsheet/spreadsheet-safety';

export const JOURNEY_COLUMNS = [
  ...CANONICAL_REQUIRED_HEADERS,
  ...CANONICAL_COST_HEADERS,
  ...CANONICAL_EXTRA_HEADERS,
  ...COMPUTED_HEADERS,
];

const pounds = (pence: number | null) => (pence === null ? '' : penceToPoundsText(pence));

/**
 * The journey as CSV in the canonical template's columns, so it imports back unchanged (dates as
 * written: "Oct 2018" reads back as October 2018). It starts
 * with a UTF-8 byte-order mark, without which Excel reads "£" as "Â£"; every text cell is
 * neutralised against formula injection. Money is plain pounds (1234.50) so it re-imports.
 *
 * Papa.unparse does RFC 4180 quoting (a field with a comma, quote, CR or LF is quoted, its quotes
 * doubled; it also quotes edge spaces, which readers keep). Its own escapeFormulae stays off:
 * neutraliseFormula also marks text that already starts with apostrophes, so import can undo it.
 */
export function journeyCsv(input: JourneyExportInput): string {
  const rows = journeyRows(input, costedCases(input)).map((r) =>
    [
      r.caseName,
      formatDateAsWritten(r.start),
      r.end === null ? '' : formatDateAsWritten(r.end),
      r.agency,
      r.contactType,
      r.quantity === null ? '' : String(r.quantity),
      r.outcome,
      r.description,
      r.missed ? 'yes' : 'no',
      r.category,
      r.note,
      pounds(r.unitCostPence),
      r.unit ?? '',
      r.priceYear ?? '',
      r.costBearer,
      r.source,
      r.shouldHaveHappened,
      pounds(r.overridePence),
      r.overrideReason,
      r.financialYear,
      pounds(r.costPence),
      pounds(r.cumulativePence),
      formatUkDate(r.earliest),
      formatUkDate(r.latest),
    ].map(neutraliseFormula),
  );
  return `\uFEFF${Papa.unparse([JOURNEY_COLUMNS as string[], ...rows], { newline: '\r\n', quotes: false })}\r\n`;
}
