import Big from 'big.js';
import { z } from 'zod';
import { FinancialYear, type PriceYear } from '../model';

/**
 * A price index by financial year (HM Treasury / OBR GDP deflator). Only ratios between years
 * matter; `baseYear` names the year the index is set to 100 in, so a reader can check the file.
 */
export const DeflatorSeries = z
  .object({
    type: z.literal('journey-mapper/deflator-series'),
    version: z.literal(1),
    name: z.string().min(1),
    source: z.string().min(1),
    baseYear: FinancialYear,
    latestOutturnYear: FinancialYear,
    forecastFrom: FinancialYear.optional(),
    values: z.record(FinancialYear, z.number().positive().finite()),
    /** Where each year's figure comes from, so a chained series never hides its seams. */
    yearSources: z.record(FinancialYear, z.string()).default({}),
    notes: z.string().default(''),
  })
  .refine((s) => s.values[s.baseYear] !== undefined, {
    message: 'the series has no value for its base year',
    path: ['baseYear'],
  })
  .refine((s) => s.values[s.latestOutturnYear] !== undefined, {
    message: 'the series has no value for its latest outturn year',
    path: ['latestOutturnYear'],
  });
export type DeflatorSeries = z.infer<typeof DeflatorSeries>;

export type UpliftFactor =
  | { kind: 'uplifted'; factor: Big }
  | { kind: 'unknown price year' }
  | { kind: 'no index'; missingYear: string };

/**
 * The multiplier from a cost's price year to the price base: index[base] / index[year].
 * A cost with an unknown price year is never uplifted (the caller flags it); a year the
 * series does not cover is reported, never treated as a silent 1.
 */
/** Factors per series and pair of years: a cohort of 100,000 contacts needs a handful, not 100,000 divisions. */
const FACTORS = new WeakMap<DeflatorSeries, Map<string, UpliftFactor>>();

export function upliftFactor(series: DeflatorSeries, from: PriceYear, to: FinancialYear): UpliftFactor {
  let cached = FACTORS.get(series);
  if (cached === undefined) {
    cached = new Map();
    FACTORS.set(series, cached);
  }
  const key = `${from}>${to}`;
  const known = cached.get(key);
  if (known !== undefined) return known;
  const factor = computeUpliftFactor(series, from, to);
  cached.set(key, factor);
  return factor;
}

function computeUpliftFactor(series: DeflatorSeries, from: PriceYear, to: FinancialYear): UpliftFactor {
  if (from === 'unknown') return { kind: 'unknown price year' };
  if (from === to) return { kind: 'uplifted', factor: new Big(1) };
  const fromIndex = series.values[from];
  const toIndex = series.values[to];
  if (fromIndex === undefined) return { kind: 'no index', missingYear: from };
  if (toIndex === undefined) return { kind: 'no index', missingYear: to };
  return { kind: 'uplifted', factor: new Big(toIndex).div(fromIndex) };
}

export type Uplifted =
  | { ok: true; amount: Big; upliftedFrom: FinancialYear | null }
  | { ok: false; missingYear: string; message: string };

/**
 * amount × index[to] / index[from], exact (big.js, 20 decimal places), never rounded here.
 * An unknown price year comes back unchanged with `upliftedFrom: null`, so the caller can say so.
 */
export function uplift(amount: Big, from: PriceYear, to: FinancialYear, series: DeflatorSeries): Uplifted {
  const factor = upliftFactor(series, from, to);
  if (factor.kind === 'unknown price year') return { ok: true, amount, upliftedFrom: null };
  if (factor.kind === 'no index') {
    return {
      ok: false,
      missingYear: factor.missingYear,
      message: `the deflator series "${series.name}" has no index for ${factor.missingYear}`,
    };
  }
  return { ok: true, amount: amount.times(factor.factor), upliftedFrom: from as FinancialYear };
}

export function coveredYears(series: DeflatorSeries): FinancialYear[] {
  return Object.keys(series.values).sort();
}

export function isForecastYear(series: DeflatorSeries, year: FinancialYear): boolean {
  return series.forecastFrom !== undefined && year >= series.forecastFrom;
}
