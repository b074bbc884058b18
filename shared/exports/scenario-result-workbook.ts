import * as XLSX from 'xlsx';
import { ROUNDING_RULE } from '../costing/money';
import type { ScenarioResult, ScenarioRow } from '../costing/scenario';
import { tableSheet, type Cell } from './journey-workbook';
import { freezeHeaderRows } from '../spreadsheet/xlsx-frozen-header';

/** What each headline figure counts, in the words the Scenarios screen uses beside it. */
export const SCENARIO_FIGURE_LABELS = {
  valueOfSavings:
    'Value of savings: the net of each organisation that saves overall (its savings less its own cost increases), added up. This is the figure a published table such as Safe Space Appendix 2 states as its total savings.',
  valueOfAdditionalCosts:
    'Value of additional costs: the net of each organisation that spends more overall, added up.',
  grossSavings: 'All savings, gross: every saving row added up, before any cost increase is netted off.',
  grossCostIncreases: 'All cost increases, gross: every cost row added up.',
  net: 'Net: all savings less all cost increases.',
} as const;

export interface ScenarioExportInput {
  fileName: string;
  rows: readonly ScenarioRow[];
  result: ScenarioResult;
  producedAt: string;
}

const pence = (value: number): Cell => ({ pence: value });

/**
 * A scenario's result as a workbook: the headline figures each with what it counts, the totals by
 * organisation, every row with its amount, and where the source table disagrees with its inputs.
 * Amounts are the screen's own (each rounded once); unit costs and quantities keep their exact text.
 */
export function scenarioResultWorkbook(input: ScenarioExportInput): XLSX.WorkBook {
  const { result } = input;
  const book = XLSX.utils.book_new();
  const headline: Cell[][] = [
    ['Value of savings', pence(result.valueOfSavingsPence), SCENARIO_FIGURE_LABELS.valueOfSavings],
    [
      'Value of additional costs',
      pence(result.valueOfAdditionalCostsPence),
      SCENARIO_FIGURE_LABELS.valueOfAdditionalCosts,
    ],
    ['All savings (gross)', pence(result.savingsPence), SCENARIO_FIGURE_LABELS.grossSavings],
    [
      'All cost increases (gross)',
      pence(result.costIncreasesPence),
      SCENARIO_FIGURE_LABELS.grossCostIncreases,
    ],
    ['Net', pence(result.netPence), SCENARIO_FIGURE_LABELS.net],
    ['Scenario sheet', input.fileName, ''],
    ['Produced', input.producedAt.slice(0, 16).replace('T', ' '), ''],
    ['Rounding', ROUNDING_RULE, ''],
  ];
  XLSX.utils.book_append_sheet(book, tableSheet(['Figure', 'Amount', 'What it counts'], headline), 'Result');
  const organisations: Cell[][] = [
    ...result.organisations.map((o) => [
      o.organisation,
      pence(o.savingsPence),
      pence(o.costIncreasesPence),
      pence(o.netPence),
    ]),
    [
      'All organisations',
      pence(result.savingsPence),
      pence(result.costIncreasesPence),
      pence(result.netPence),
    ],
  ];
  XLSX.utils.book_append_sheet(
    book,
    tableSheet(['Organisation', 'Savings (gross)', 'Cost increases (gross)', 'Net'], organisations),
    'By organisation',
  );
  const rows: Cell[][] = input.rows.map((r, i) => [
    r.sheetRow,
    r.organisation,
    r.item,
    r.unitCostText,
    r.quantityText,
    r.direction,
    Number(r.attributionPercent.toString()),
    r.inTotals ? 'yes' : 'no',
    pence(result.rowTotalsPence[i]),
    r.source,
  ]);
  XLSX.utils.book_append_sheet(
    book,
    tableSheet(
      [
        'Sheet row',
        'Organisation',
        'Item',
        'Unit cost',
        'Quantity',
        'Direction',
        'Attribution %',
        'In totals',
        'Amount',
        'Source',
      ],
      rows,
    ),
    'Rows',
  );
  const discrepancies: Cell[][] = result.discrepancies.map((d) => [d.sheetRow, d.item, d.message]);
  XLSX.utils.book_append_sheet(
    book,
    tableSheet(['Sheet row', 'Item', 'Disagreement'], discrepancies),
    'Discrepancies',
  );
  return book;
}

export function scenarioResultBytes(input: ScenarioExportInput): Uint8Array {
  const book = scenarioResultWorkbook(input);
  const bytes = new Uint8Array(
    XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer,
  );
  return freezeHeaderRows(
    bytes,
    book.SheetNames.map((_, i) => i + 1),
  );
}
