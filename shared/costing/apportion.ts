import Big from 'big.js';
import {
  financialYearOf,
  financialYearStarting,
  fromDayNumber,
  hasTime,
  isExactDate,
  toDayNumber,
  type Contact,
  type CostUnit,
  type FinancialYear,
  type LocalDate,
} from '../model';

/** A financial year's part of a contact's quantity (or cost). */
export interface YearPart<T> {
  financialYear: FinancialYear;
  value: T;
}

const MINUTES_PER_DAY = 1440;

/** Day number of 1 April of the year a financial year starts in, which is where it begins. */
function yearStartDay(startYear: number): number {
  return toDayNumber(`${startYear}-04-01`);
}

/**
 * How much of the span [from, to) (day numbers, fractions allowed) falls in each financial year,
 * measured by `measure` (whole days, or minutes), in year order. A year boundary is 1 April 00:00.
 */
function splitAtYearStarts(
  from: number,
  to: number,
  measure: (from: number, to: number) => number,
): Array<YearPart<number>> {
  const parts: Array<YearPart<number>> = [];
  let startYear = Number(financialYearOf(fromDayNumber(Math.floor(from))).slice(0, 4));
  let at = from;
  while (at < to) {
    const next = Math.min(yearStartDay(startYear + 1), to);
    const amount = measure(at, next);
    if (amount > 0) parts.push({ financialYear: financialYearStarting(startYear), value: amount });
    at = next;
    startYear += 1;
  }
  return parts;
}

const wholeDays = (from: number, to: number) => Math.round(to - from);
const minutes = (from: number, to: number) => Math.round((to - from) * MINUTES_PER_DAY);

function startDay(contact: Contact): number {
  return toDayNumber(contact.start.slice(0, 10));
}

/**
 * The units the contact's dates give in each financial year, in year order, for spreading its
 * quantity. Per night: each night in the year of the date it starts (at least one night). Per
 * hour, with a time at both ends: by the clock (the hours before 1 April 00:00 in the earlier
 * year); without: by its days. Per day and per week: each day from the start date to the end
 * date inclusive, by its date. Per month: each day from the start date up to the end date (the
 * end date not counted, as calendar months do not count it), at least the start date. Per
 * contact, or with no end date: all in the year the contact started. With an approximate start
 * or end the days cannot be placed, so the whole quantity stays in the one year financialYearOf
 * gives the start: the year holding its whole period, else the year holding its midpoint.
 */
export function unitsByFinancialYear(contact: Contact, unit: CostUnit): Array<YearPart<number>> {
  const startYear = financialYearOf(contact.start);
  if (unit === 'contact' || contact.end === null || !isExactDate(contact.start) || !isExactDate(contact.end))
    return [{ financialYear: startYear, value: 1 }];
  const first = startDay(contact);
  const last = toDayNumber(contact.end.slice(0, 10));
  let parts: Array<YearPart<number>>;
  switch (unit) {
    case 'night':
      parts = splitAtYearStarts(first, Math.max(last, first + 1), wholeDays);
      break;
    case 'hour':
      parts =
        hasTime(contact.start) && hasTime(contact.end)
          ? splitAtYearStarts(toDayNumber(contact.start), toDayNumber(contact.end), minutes)
          : splitAtYearStarts(first, last + 1, wholeDays);
      break;
    case 'day':
    case 'week':
      parts = splitAtYearStarts(first, last + 1, wholeDays);
      break;
    case 'month':
      parts = splitAtYearStarts(first, Math.max(last, first + 1), wholeDays);
      break;
  }
  return parts.length === 0 ? [{ financialYear: startYear, value: 1 }] : parts;
}

/**
 * A quantity spread over financial years in proportion to `units`: every year after the first
 * gets quantity × its units ÷ all the units, exactly where that division ends (nights, days) and
 * otherwise to 20 decimal places (big.js); the first year takes what is left, so the parts always
 * add up to exactly the quantity, and so the contact's cost.
 */
export function apportion(quantity: Big, units: ReadonlyArray<YearPart<number>>): Array<YearPart<Big>> {
  if (units.length === 1) return [{ financialYear: units[0].financialYear, value: quantity }];
  const all = units.reduce((sum, u) => sum + u.value, 0);
  const later = units
    .slice(1)
    .map((u) => ({ financialYear: u.financialYear, value: quantity.times(u.value).div(all) }));
  const rest = later.reduce((left, part) => left.minus(part.value), quantity);
  return [{ financialYear: units[0].financialYear, value: rest }, ...later];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The date `months` calendar months after a start date, as a day number. The day of the month is
 * kept where the month has it, else the month's last day (31/01 + 1 month = 28/02 or 29/02); a
 * start on the last day of its month steps to the last day of each later month (30/04 + 1 month =
 * 31/05). Always counted from the start date, never from the previous step (31/01 + 2 = 31/03).
 */
function monthsAfter(year: number, month: number, day: number, months: number): number {
  const index = month - 1 + months;
  const y = year + Math.floor(index / 12);
  const m = (index % 12) + 1;
  const lastDay = daysInMonth(y, m);
  const d = day === daysInMonth(year, month) ? lastDay : Math.min(day, lastDay);
  return toDayNumber(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

/**
 * Calendar months from a start date to an end date, as a commissioner counts them: the whole
 * months n such that n months after the start (monthsAfter) is on or before the end date, plus the
 * part month left as days ÷ the days from that date to one month later (15/01 to 15/04 = 3;
 * 31/01 to 28/02 = 1; 15/01 to 30/01 = 15/31). A contact that ends on the day it starts counts
 * one day of its month. Exact where the division ends, else to 20 decimal places.
 */
export function calendarMonths(start: LocalDate, end: LocalDate): Big {
  const [year, month, day] = start.split('-').map(Number);
  const [endYear, endMonth] = end.split('-').map(Number);
  const endDay = toDayNumber(end);
  const startDayNumber = toDayNumber(start);
  let whole = Math.max((endYear - year) * 12 + (endMonth - month), 0);
  while (whole > 0 && monthsAfter(year, month, day, whole) > endDay) whole -= 1;
  const anchor = monthsAfter(year, month, day, whole);
  const next = monthsAfter(year, month, day, whole + 1);
  const partDays = endDay > startDayNumber ? Math.round(endDay - anchor) : 1;
  return new Big(partDays).div(Math.round(next - anchor)).plus(whole);
}
