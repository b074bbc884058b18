import { financialYearStarting } from '../model/financial-year';
import { dayOf, partsOf } from './calendar';
import { dayToX, type TimeScale } from './time-scale';

export interface FinancialYearBand {
  financialYear: string;
  /** 1 April of the year. */
  startDay: number;
  /** 1 April of the next year (exclusive). */
  endDay: number;
  x: number;
  width: number;
}

/** UK financial years (April to March, labelled 2019/20) that overlap fromDay..toDay. */
export function financialYearBands(scale: TimeScale, fromDay: number, toDay: number): FinancialYearBand[] {
  const first = partsOf(fromDay);
  let startYear = first.monthIndex >= 3 ? first.year : first.year - 1;
  const bands: FinancialYearBand[] = [];
  for (let start = dayOf(startYear, 3); start < toDay; start = dayOf(startYear, 3)) {
    const end = dayOf(startYear + 1, 3);
    const x = dayToX(scale, start);
    bands.push({
      financialYear: financialYearStarting(startYear),
      startDay: start,
      endDay: end,
      x,
      width: dayToX(scale, end) - x,
    });
    startYear += 1;
  }
  return bands;
}
