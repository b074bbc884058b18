import { bisector } from 'd3-array';
import {
  earliestDay,
  hasTime,
  periodOf,
  toDayNumber,
  type Contact,
  type LocalDate,
  type LocalDateTime,
} from '../model';
import { ZERO, roundToPenny, type Pence } from './money';

/**
 * What the system spent after a missed opportunity, the figure scrutiny panels ask for.
 *
 * "Strictly later": when both contacts have a time, by time; when either has only a date, a
 * contact on the same calendar date is not later, because the order within that day is unknown.
 * An approximate date (a month, a year, a range) is certainly later only when its first possible
 * day is after the other's last possible day. The flagged contact itself, and any contact
 * starting at the same moment, is never included.
 */
export function startsStrictlyLater(candidate: LocalDateTime, flagged: LocalDateTime): boolean {
  if (hasTime(candidate) && hasTime(flagged)) return minuteOf(candidate) > minuteOf(flagged);
  return periodOf(candidate).first > periodOf(flagged).last;
}

/**
 * Whether the order of the two cannot be known: one is approximate and the candidate may fall
 * after the flagged contact, or before it. Two exact dates always have a known order (a contact on
 * the same day without a time counts as not later, as above).
 */
export function orderUnknown(candidate: LocalDateTime, flagged: LocalDateTime): boolean {
  return !startsStrictlyLater(candidate, flagged) && periodOf(candidate).last > periodOf(flagged).first;
}

/**
 * The last date of the twelve-month window: the same calendar date one year on from the flagged
 * contact's last possible day, inclusive (a contact on 01/04/2020 is within twelve months of one
 * on 01/04/2019; 29 February moves to 28 February; "Mar 2019" runs to 31/03/2020).
 */
export function twelveMonthsAfter(date: LocalDateTime): LocalDate {
  const last = periodOf(date).last;
  const year = Number(last.slice(0, 4)) + 1;
  const monthDay = last.slice(5, 10) === '02-29' ? '02-28' : last.slice(5, 10);
  return `${year}-${monthDay}`;
}

const MINUTES_PER_DAY = 1440;

/** Whole minutes since 1970, so comparisons never meet floating-point day fractions. */
function minuteOf(value: LocalDateTime): number {
  return Math.round(toDayNumber(value) * MINUTES_PER_DAY);
}

/** The first minute a contact must start at (or after) to count as strictly later than `flagged`. */
function firstLaterMinute(flagged: LocalDateTime): number {
  return hasTime(flagged) ? minuteOf(flagged) + 1 : minuteOf(periodOf(flagged).last) + MINUTES_PER_DAY;
}

export interface CostAfter {
  /** Exact pence of every contact certainly starting later, to the end of the journey. */
  after: Pence;
  /**
   * The same, for those whose whole period ends no later than twelveMonthsAfter(flagged): a
   * later contact whose period runs past the window's end is in `after` only.
   */
  within12Months: Pence;
  /** Contacts whose order against the flagged one cannot be known from approximate dates. */
  uncertain: Pence;
}

interface Ordered {
  minute: number;
  /** 00:00 on the last day the contact can have started. */
  lastMinute: number;
  amount: Pence;
  contact: Contact;
}

/**
 * The cost after each flagged contact, from running sums over the contacts in order of their
 * earliest moment, so long journeys with many flags stay fast. Because a date-only or approximate
 * contact sorts at 00:00 of its first day, "certainly later" is always a tail of that order, and
 * the contacts of unknown order lie just before it, no further back than the longest period.
 */
const byMinute = bisector((contact: { minute: number }) => contact.minute);

export function costsAfter(
  contacts: readonly Contact[],
  amountOf: (contact: Contact) => Pence,
  flagged: readonly Contact[],
): CostAfter[] {
  const ordered: Ordered[] = contacts
    .map((contact) => {
      const last = periodOf(contact.start).last;
      return {
        minute: Math.round(earliestDay(contact.start) * MINUTES_PER_DAY),
        lastMinute: minuteOf(last),
        amount: amountOf(contact),
        contact,
      };
    })
    .sort((a, b) => a.minute - b.minute);
  const runningTotals: Pence[] = [ZERO];
  for (const c of ordered) runningTotals.push(runningTotals[runningTotals.length - 1].plus(c.amount));
  const total = runningTotals[ordered.length];
  const longestPeriod = ordered.reduce((longest, c) => Math.max(longest, c.lastMinute - c.minute), 0);
  // Index of the first contact starting at or after `minute`.
  const firstAtOrAfter = (minute: number) => byMinute.left(ordered, minute);
  return flagged.map((f) => {
    const from = firstAtOrAfter(firstLaterMinute(f.start));
    const windowEnd = minuteOf(twelveMonthsAfter(f.start)) + MINUTES_PER_DAY;
    let to = firstAtOrAfter(windowEnd);
    let within12Months = runningTotals[Math.max(to, from)].minus(runningTotals[from]);
    // Later contacts starting inside the window whose period runs past its end are not certainly within it.
    for (
      to = Math.max(to, from) - 1;
      to >= from && ordered[to].minute >= windowEnd - longestPeriod - MINUTES_PER_DAY;
      to--
    ) {
      if (ordered[to].lastMinute >= windowEnd) within12Months = within12Months.minus(ordered[to].amount);
    }
    let uncertain = ZERO;
    const firstPossible = minuteOf(periodOf(f.start).first);
    for (
      let i = from - 1;
      i >= 0 && ordered[i].minute >= firstPossible - longestPeriod - MINUTES_PER_DAY;
      i--
    ) {
      if (ordered[i].contact !== f && orderUnknown(ordered[i].contact.start, f.start))
        uncertain = uncertain.plus(ordered[i].amount);
    }
    return { after: total.minus(runningTotals[from]), within12Months, uncertain };
  });
}

export function roundCostAfter(cost: CostAfter): {
  costAfterPence: number;
  costAfter12MonthsPence: number;
  costAfterUncertainPence: number;
} {
  return {
    costAfterPence: roundToPenny(cost.after),
    costAfter12MonthsPence: roundToPenny(cost.within12Months),
    costAfterUncertainPence: roundToPenny(cost.uncertain),
  };
}
