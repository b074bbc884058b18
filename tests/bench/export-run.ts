import * as XLSX from 'xlsx';
import { DEFAULT_DEFLATOR_SERIES, DEFAULT_PRICE_BASE } from '../../samples/shipped-data';
import { journeyRows } from '../../shared/exports/journey-rows';
import { JOURNEY_COLUMNS } from '../../shared/exports/journey-csv';
import { journeyWorkbookBytes } from '../../shared/exports/journey-workbook';
import { costedCases, type JourneyExportInput } from '../../shared/exports/journey-export-input';
import { generateCohort } from '../../samples/generator/synthetic-cohort';

/**
 * Run under tsx by export.bench.ts (Playwright's loader cannot import the app's JSON data):
 *   npx tsx tests/bench/export-run.ts CONTACTS RUNS
 * prints one JSON line with every run's time for the costed workbook and for the baseline.
 */
const [contacts, runs] = process.argv.slice(2).map(Number);
const project = generateCohort({
  seed: 17,
  cases: Math.max(1, Math.round(contacts / 200)),
  totalContacts: contacts,
});
const input: JourneyExportInput = {
  project,
  basis: { priceBase: DEFAULT_PRICE_BASE, series: DEFAULT_DEFLATOR_SERIES, unitCosts: project.unitCosts },
  producedAt: '2025-01-06T09:00:00.000Z',
};

// The baseline writes the journey sheet's own values, prepared beforehand, as plain cells: no costing, formats, notes or other sheets.
const plainRows = [
  [...JOURNEY_COLUMNS],
  ...journeyRows(input, costedCases(input)).map((r) => [
    r.caseName,
    r.start,
    r.end ?? '',
    r.agency,
    r.contactType,
    r.quantity ?? '',
    r.outcome,
    r.description,
    r.missed ? 'yes' : 'no',
    r.category,
    r.note,
    r.unitCostPence === null ? '' : r.unitCostPence / 100,
    r.unit,
    r.priceYear,
    r.costBearer,
    r.source,
    r.shouldHaveHappened,
    r.overridePence === null ? '' : r.overridePence / 100,
    r.overrideReason,
    r.financialYear,
    r.costPence === null ? '' : r.costPence / 100,
    r.cumulativePence === null ? '' : r.cumulativePence / 100,
  ]),
];

function timed(work: () => { byteLength: number }): { ms: number; bytes: number } {
  const started = performance.now();
  const bytes = work().byteLength;
  return { ms: performance.now() - started, bytes };
}

const workbook: Array<{ ms: number; bytes: number }> = [];
const baseline: Array<{ ms: number; bytes: number }> = [];
for (let run = 0; run < runs; run += 1) {
  // Alternated so a slow spell on a shared machine falls on both sides.
  workbook.push(timed(() => journeyWorkbookBytes(input)));
  baseline.push(
    timed(
      () =>
        XLSX.write(
          { SheetNames: ['Journey'], Sheets: { Journey: XLSX.utils.aoa_to_sheet(plainRows) } },
          { type: 'array', bookType: 'xlsx', compression: true },
        ) as ArrayBuffer,
    ),
  );
}
process.stdout.write(
  `${JSON.stringify({ contacts: project.contacts.length, cases: project.cases.length, workbook, baseline })}\n`,
);
