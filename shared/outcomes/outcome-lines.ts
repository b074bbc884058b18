import { toDayNumber, type OutcomeMeasure, type OutcomeMeasurement } from '../model';
import { allMeasures } from './built-in-measures';

export interface OutcomePoint {
  day: number;
  date: string;
  total: number;
  /** Where the total sits in the measure's range: 0 at its bottom, 1 at its top. */
  fraction: number;
}

/** One measure's scores for one person, in date order, to be drawn as a line under the cost line. */
export interface OutcomeLine {
  measureId: string;
  name: string;
  min: number;
  max: number;
  higherIsBetter: boolean;
  points: OutcomePoint[];
}

export function outcomeLines(
  measurements: readonly OutcomeMeasurement[],
  ownMeasures: readonly OutcomeMeasure[],
): OutcomeLine[] {
  return allMeasures(ownMeasures).flatMap((measure) => {
    const points = measurements
      .filter((m) => m.measureId === measure.id)
      .map((m) => ({
        day: toDayNumber(m.date),
        date: m.date,
        total: m.total,
        fraction: (m.total - measure.min) / (measure.max - measure.min),
      }))
      .sort((a, b) => a.day - b.day);
    return points.length === 0
      ? []
      : [
          {
            measureId: measure.id,
            name: measure.name,
            min: measure.min,
            max: measure.max,
            higherIsBetter: measure.higherIsBetter,
            points,
          },
        ];
  });
}
