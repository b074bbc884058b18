import Big from 'big.js';
import { z } from 'zod';
import { FinancialYear, type PriceYear } from '../model';

/** A price index by financial year (HM Treasury / OBR GDP deflator). Only ratios between years matter. */
export const DeflatorSeries = z.object({
  type: z.literal('journey-mapper/deflator-series'),
  version: z.literal(1),
  name: z.string().min(1),
  source: z.string().min(1),
  latestOutturnYear: FinancialYear,
  forecastFrom: FinancialYear.optional(),
  values: z.record(FinancialYear, z.number().positive().finite()),
  yearSources: z.record(FinancialYear, z.string()).default({}),
});
export type DeflatorSeries = z.infer<typeof DeflatorSeries>;

export type UpliftFactor =
  | { kind: 'uplifted'; factor: Big }
  | { kind: 'unknown price year' }
  | { kind: 'no index'; missingYear: string };

/**
 * The multiplier from a cost's price year to the price base: index[base] / index[year].
 * A cost with an unknown price year is never uplifted (factor 1, and flagged by the caller);
 * a year the series does not cover is an error to show, never a silent 1.
 */
export function upliftFactor(series: DeflatorSeries, from: PriceYear, to: FinancialYear): UpliftFactor {
  if (from === 'unknown') return { kind: 'unknown price year' };
  if (from === to) return { kind: 'uplifted', factor: new Big(1) };
  const fromIndex = series.values[from];
  const toIndex = series.values[to];
  if (fromIndex === undefined) return { kind: 'no index', missingYear: from };
  if (toIndex === undefined) return { kind: 'no index', missingYear: to };
  return { kind: 'uplifted', factor: new Big(toIndex).div(fromIndex) };
}

export function coveredYears(series: DeflatorSeries): FinancialYear[] {
  return Object.keys(series.values).sort();
}
