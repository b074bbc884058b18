import { z } from 'zod';
import { type LocalDateTime } from './local-date';

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

/** 2019-04-01 is in 2019/20; 2020-03-31 is still in 2019/20. */
export function financialYearOf(date: LocalDateTime): FinancialYear {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return financialYearStarting(month >= 4 ? year : year - 1);
}

export function compareFinancialYears(a: FinancialYear, b: FinancialYear): number {
  return financialYearStartYear(a) - financialYearStartYear(b);
}
