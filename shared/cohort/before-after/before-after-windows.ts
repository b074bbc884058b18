import { toDayNumber, type LocalDate } from '../../model';

/**
 * The same day of the month `months` later (or earlier, when negative); a day the month lacks
 * moves to its last day (31/01 + 1 month = 29/02 in a leap year), as twelveMonthsAfter does.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(date.slice(8, 10)), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Calendar days as whole day numbers, `from` included and `to` excluded. */
export interface DayRange {
  from: number;
  to: number;
}

export function overlap(a: DayRange, b: DayRange): DayRange {
  return { from: Math.max(a.from, b.from), to: Math.min(a.to, b.to) };
}

export function lengthInDays(range: DayRange): number {
  return Math.max(0, range.to - range.from);
}

export function contains(range: DayRange, day: number): boolean {
  return day >= range.from && day < range.to;
}

/**
 * The windows around an intervention: before is the `months` up to the day before it, after
 * starts on the day itself (the intervention is in place from then), each cut to the dates the
 * records cover, so time nobody could see is never counted as time with no contacts.
 */
export function observedWindows(
  intervention: LocalDate,
  months: number,
  records: DayRange,
): { before: DayRange; after: DayRange } {
  const day = toDayNumber(intervention);
  return {
    before: overlap({ from: toDayNumber(addMonths(intervention, -months)), to: day }, records),
    after: overlap({ from: day, to: toDayNumber(addMonths(intervention, months)) }, records),
  };
}

/** The records run from `from` to `until`, both included. */
export function recordsRange(from: LocalDate, until: LocalDate): DayRange {
  return { from: toDayNumber(from), to: toDayNumber(until) + 1 };
}
