import { compareFinancialYears, financialYearStartYear, financialYearStarting } from '../../model';
import type { CohortLine } from './cohort-analysis';

/** Every financial year from the first to the last with any cost, in year order: a year with none is a zero bar, not a missing one. */
export function financialYearBars(lines: readonly CohortLine[]): Array<{ name: string; total: number }> {
  const byYear = new Map(lines.map((l) => [l.name, l.totalPence]));
  const years = [...byYear.keys()].sort(compareFinancialYears);
  if (years.length === 0) return [];
  const first = financialYearStartYear(years[0]);
  const last = financialYearStartYear(years[years.length - 1]);
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const name = financialYearStarting(first + i);
    return { name, total: byYear.get(name) ?? 0 };
  });
}

/** How many people touched each number of services, from 1 to the most, in order: a count nobody has is a zero bar. */
export function servicesBars(
  servicesTouched: ReadonlyArray<{ agencies: number }>,
): Array<{ name: string; people: number }> {
  const most = servicesTouched.reduce((max, s) => Math.max(max, s.agencies), 0);
  const people = Array.from({ length: most }, () => 0);
  for (const s of servicesTouched) if (s.agencies > 0) people[s.agencies - 1] += 1;
  return people.map((n, i) => ({ name: String(i + 1), people: n }));
}

const TICKS = 5;

/**
 * Evenly spaced money ticks from £0 up to at least the largest value, a round number of pounds
 * apart (1, 2 or 5 × a power of ten), as pence: the axis and its labels then agree.
 */
export function moneyTicks(maxPence: number): number[] {
  const maxPounds = Math.max(maxPence, 0) / 100;
  let step = 1;
  for (let power = 1; ; power *= 10) {
    const found = [1, 2, 5].map((m) => m * power).find((s) => s * TICKS >= maxPounds);
    if (found !== undefined) {
      step = found;
      break;
    }
  }
  const count = Math.max(1, Math.ceil(maxPounds / step));
  return Array.from({ length: count + 1 }, (_, i) => i * step * 100);
}
