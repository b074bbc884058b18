import Big from 'big.js';
import Papa from 'papaparse';
import { formatPence, type Pence } from '../../costing/money';
import type { ScenarioRow } from '../../costing/scenario';
import { SCENARIO_HEADERS } from '../../costing/scenario-sheet';
import { neutraliseFormula } from '../../spreadsheet/spreadsheet-safety';
import { formatUkDate } from '../../model';
import type { BeforeAfterComparison } from './before-after';

/** Pounds in plain decimals, every digit kept, so the sheet reads back to the same pence. */
function exactPounds(amount: Pence): string {
  // times, not div: multiplying by 0.01 is exact in big.js, dividing rounds to 20 places.
  return amount.times('0.01').toFixed();
}

const personYears = (value: Big) => value.toFixed(2);

/**
 * One scenario row per cost bearer: the change in cost per person-year × the number of people,
 * i.e. a year of the change for the cohort, with the attribution applied by the sheet as to any
 * row (a rise is a cost row, also attributed). Zero changes are kept so every bearer is listed.
 */
export function beforeAfterScenarioRows(result: BeforeAfterComparison): ScenarioRow[] {
  const source =
    `Journey Mapper before/after on recorded contacts: ${result.people} people, ${personYears(result.personYearsBefore)} person-years observed before ` +
    `and ${personYears(result.personYearsAfter)} after, ${result.windowMonths} months each side, prices at ${result.priceBase}, ` +
    `records ${formatUkDate(result.recordsFrom)} to ${formatUkDate(result.recordsUntil)}`;
  return result.lines.map((line, index) => {
    const change = line.exactChangePerPersonYear;
    const unitCostPence = change.abs();
    return {
      organisation: line.costBearer,
      item:
        `Change in cost per person-year (${formatPence(line.before.costPerPersonYearPence)} before, ` +
        `${formatPence(line.after.costPerPersonYearPence)} after), for a year of the cohort`,
      unitCostPence,
      unitCostText: exactPounds(unitCostPence),
      quantity: new Big(result.people),
      quantityText: String(result.people),
      direction: change.gt(0) ? 'cost' : 'saving',
      attributionPercent: result.attributionPercent,
      source,
      stated: { unitCostPence: null, quantity: null, totalPence: null, quantityText: '' },
      inTotals: true,
      sheetRow: index + 2,
    };
  });
}

/**
 * The rows as a CSV scenario sheet with the template's header row, which readScenarioSheet reads
 * back to the same figures. A byte-order mark keeps "£" intact in Excel; text is neutralised
 * against formula injection.
 */
export function beforeAfterScenarioCsv(rows: ScenarioRow[]): string {
  const cells = rows.map((r) => [
    neutraliseFormula(r.organisation),
    neutraliseFormula(r.item),
    r.unitCostText,
    r.quantityText,
    r.direction,
    r.attributionPercent.toFixed(),
    neutraliseFormula(r.source),
  ]);
  return `\uFEFF${Papa.unparse([[...SCENARIO_HEADERS], ...cells], { newline: '\r\n', quotes: false })}\r\n`;
}
