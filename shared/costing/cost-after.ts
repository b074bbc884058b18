import { bisector } from 'd3-array';
import { datePart, hasTime, toDayNumber, type Contact, type LocalDate, type LocalDateTime } from '../model';
import { ZERO, roundToPenny, type Pence } from './money';

/**
 * What the system spent after a missed opportunity, the figure scrutiny panels ask for.
 *
 * "Strictly later": when both contacts have a time, by time; when either has only a date, a
 * contact on the same calendar date is not later, because the order within that day is unknown.
 * The flagged contact itself, and any contact starting at the same moment, is never included.
 */
export function startsStrictlyLater(candidate: LocalDateTime, flagged: LocalDateTime): boolean {
  if (hasTime(candidate) && hasTime(flagged)) return minuteOf(candidate) > minuteOf(flagged);
  return datePart(candidate) > datePart(flagged);
}

/**
 * The last date of the twelve-month window: the same calendar date one year on, inclusive
 * (a contact on 01/04/2020 is within twelve months of one on 01/04/2019; 29 February moves to 28 February).
 */
export function twelveMonthsAfter(date: LocalDateTime): LocalDate {
  const year = Number(date.slice(0, 4)) + 1;
  const monthDay = date.slice(5, 10) === '02-29' ? '02-28' : date.slice(5, 10);
  return `${year}-${monthDay}`;
}

const MINUTES_PER_DAY = 1440;

/** Whole minutes since 1970, so comparisons never meet floating-point day fractions. */
function minuteOf(value: LocalDateTime): number {
  return Math.round(toDayNumber(value) * MINUTES_PER_DAY);
}

/** The first minute a contact must start at (or after) to count as strictly later than `flagged`. */
function firstLaterMinute(flagged: LocalDateTime): number {
  return hasTime(flagged) ? minuteOf(flagged) + 1 : minuteOf(datePart(flagged)) + MINUTES_PER_DAY;
}

export interface CostAfter {
  /** Exact pence of every contact starting strictly later, to the end of the journey. */
  after: Pence;
  /** The same, for contacts starting no later than the end of twelveMonthsAfter(flagged start). */
  within12Months: Pence;
}

/**
 * The cost after each flagged contact, from running sums over the contacts in start order:
 * O(n + m log n), so long journeys with many flags stay fast. Because a date-only contact sorts at
 * 00:00, "strictly later" (as defined above) is always a tail of that order.
 */
const byMinute = bisector((contact: { minute: number }) => contact.minute);

export function costsAfter(contacts: readonly Contact[], amountOf: (contact: Contact) => Pence, flagged: readonly Contact[]): CostAfter[] {
  const ordered = contacts.map((c) => ({ minute: minuteOf(c.start), amount: amountOf(c) })).sort((a, b) => a.minute - b.minute);
  const runningTotals: Pence[] = [ZERO];
  for (const c of ordered) runningTotals.push(runningTotals[runningTotals.length - 1].plus(c.amount));
  const total = runningTotals[ordered.length];
  // Index of the first contact starting at or after `minute`.
  const firstAtOrAfter = (minute: number) => byMinute.left(ordered, minute);
  return flagged.map((f) => {
    const from = firstAtOrAfter(firstLaterMinute(f.start));
    const to = firstAtOrAfter(minuteOf(twelveMonthsAfter(f.start)) + MINUTES_PER_DAY);
    return { after: total.minus(runningTotals[from]), within12Months: runningTotals[Math.max(to, from)].minus(runningTotals[from]) };
  });
}

export function roundCostAfter(cost: CostAfter): { costAfterPence: number; costAfter12MonthsPence: number } {
  return { costAfterPence: roundToPenny(cost.after), costAfter12MonthsPence: roundToPenny(cost.within12Months) };
}
