import type { Case, LocalDate, OutcomeMeasure, OutcomeMeasurement } from '../../model';
import { allMeasures } from '../../outcomes/built-in-measures';
import { addMonths } from './before-after-windows';

/** How one measure moved across the cohort around the intervention, beside the cost change. */
export interface OutcomeChange {
  measureId: string;
  measure: string;
  higherIsBetter: boolean;
  /** People scored both in the window before and in the window after. */
  people: number;
  meanBefore: number;
  meanAfter: number;
  /** meanAfter − meanBefore: whether that is better depends on `higherIsBetter`. */
  meanChange: number;
}

/**
 * For each person, the last score in the window before the intervention date (the date itself
 * excluded) and the last score in the window after it (the date included): where they stood going
 * in and where they had got to. The mean change is over the people with both; the others are not
 * guessed at.
 */
export function outcomeChanges(input: {
  cases: readonly Pick<Case, 'id' | 'interventionDate'>[];
  measurements: readonly OutcomeMeasurement[];
  ownMeasures: readonly OutcomeMeasure[];
  interventionDate: LocalDate | null;
  windowMonths: number;
}): OutcomeChange[] {
  const interventionOf = new Map(
    input.cases.map((c) => [c.id, input.interventionDate ?? c.interventionDate]),
  );
  return allMeasures(input.ownMeasures).flatMap((measure) => {
    const pairs: Array<{ before: number; after: number }> = [];
    for (const [caseId, date] of interventionOf) {
      if (date === null) continue;
      const from = addMonths(date, -input.windowMonths);
      const until = addMonths(date, input.windowMonths);
      const scores = input.measurements
        .filter((m) => m.caseId === caseId && m.measureId === measure.id)
        .sort((a, b) => a.date.localeCompare(b.date));
      const before = scores.filter((m) => m.date >= from && m.date < date).at(-1);
      const after = scores.filter((m) => m.date >= date && m.date <= until).at(-1);
      if (before !== undefined && after !== undefined)
        pairs.push({ before: before.total, after: after.total });
    }
    if (pairs.length === 0) return [];
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const meanBefore = mean(pairs.map((p) => p.before));
    const meanAfter = mean(pairs.map((p) => p.after));
    return [
      {
        measureId: measure.id,
        measure: measure.name,
        higherIsBetter: measure.higherIsBetter,
        people: pairs.length,
        meanBefore,
        meanAfter,
        meanChange: meanAfter - meanBefore,
      },
    ];
  });
}
