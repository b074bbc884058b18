import { z } from 'zod';
import { isExactDate, midpointOf, periodOf } from './approximate-date';

/** A UK financial year, April to March, written as users write it: `2019/20`. */
export const FinancialYear = z
  .string()
  .regex(/^\d{4}\/\d{2}$/, 'must be written like 2019/20')
  .refine((fy) => (Number(fy.slice(0, 4)) + 1) % 100 === Number(fy.slice(5, 7)), {
    message: 'the second year must follow the first, as in 2019/20',
  });
export type FinancialYear = z.infer<typeof FinancialYear>;

export function financialYearStarting(startYear: number): FinancialYear {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

export function financialYearStartYear(fy: FinancialYear): number {
  return Number(fy.slice(0, 4));
}

function financialYearOfDay(date: string): FinancialYear {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return financialYearStarting(month >= 4 ? year : year - 1);
}

/**
 * 2019-04-01 is in 2019/20; 2020-03-31 is still in 2019/20. An approximate date is in the year
 * holding its whole period (Q1 2020 is in 2019/20); a period that spans two or more years is
 * assigned to the year holding its midpoint (midpointOf: "2017" is in 2017/18), which
 * spansFinancialYears tells, so totals can say how much rests on such assignments.
 */
export function financialYearOf(date: string): FinancialYear {
  if (isExactDate(date)) return financialYearOfDay(date);
  return spansFinancialYears(date)
    ? financialYearOfDay(midpointOf(date))
    : financialYearOfDay(periodOf(date).first);
}

/** Whether an approximate date's period starts and ends in different financial years. */
export function spansFinancialYears(date: string): boolean {
  if (isExactDate(date)) return false;
  const { first, last } = periodOf(date);
  return financialYearOfDay(first) !== financialYearOfDay(last);
}

export function compareFinancialYears(a: FinancialYear, b: FinancialYear): number {
  return financialYearStartYear(a) - financialYearStartYear(b);
}
