import type { Case, LocalDate, OutcomeMeasure, OutcomeMeasurement } from '../model';
import { allMeasures } from './built-in-measures';
import { OUTCOME_SHEET_HEADERS } from './outcome-sheet';

export interface OutcomeRow {
  caseName: string;
  date: LocalDate;
  measure: string;
  /** Empty on the measurement's total row. */
  item: string;
  score: number;
}

export const OUTCOME_ROW_HEADERS = OUTCOME_SHEET_HEADERS;

/**
 * The measurements as the outcome sheet's rows (Case, Date, Measure, Item, Score): each total,
 * then its area scores in the measure's order, by case, date and measure. An exported sheet so
 * reads back in through the import unchanged.
 */
export function outcomeRows(
  measurements: readonly OutcomeMeasurement[],
  cases: readonly Case[],
  ownMeasures: readonly OutcomeMeasure[],
): OutcomeRow[] {
  const names = new Map(cases.map((c) => [c.id, c.pseudonym]));
  const measures = new Map(allMeasures(ownMeasures).map((m) => [m.id, m]));
  const sorted = measurements
    .filter((m) => names.has(m.caseId))
    .map((m) => ({ m, caseName: names.get(m.caseId) as string, measure: measures.get(m.measureId) }))
    .sort(
      (a, b) =>
        a.caseName.localeCompare(b.caseName) ||
        a.m.date.localeCompare(b.m.date) ||
        (a.measure?.name ?? '').localeCompare(b.measure?.name ?? ''),
    );
  return sorted.flatMap(({ m, caseName, measure }) => {
    const measureName = measure?.name ?? m.measureId;
    const order = measure?.items.map((i) => i.name) ?? [];
    const items = Object.entries(m.itemScores).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
    return [
      { caseName, date: m.date, measure: measureName, item: '', score: m.total },
      ...items.map(([item, score]) => ({ caseName, date: m.date, measure: measureName, item, score })),
    ];
  });
}
