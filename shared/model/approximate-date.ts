import edtf, { parse, type ParsedDate } from 'edtf';
import { z } from 'zod';
import {
  formatUkDate,
  fromDayNumber,
  hasTime,
  isLocalDate,
  isLocalDateTime,
  toDayNumber,
  type LocalDate,
} from './local-date';

/**
 * A date as the record gives it. An exact day keeps today's stored form (`2019-02-03`, or
 * `2019-02-03T23:10` with a time), so stores and project files written before stay valid. Anything
 * less precise is stored as EDTF (ISO 8601-2) text, read by the `edtf` package: a month `2018-10`,
 * a season `2019-21` (spring; 22 summer, 23 autumn, 24 winter), a quarter `2019-33` (Q3), a year
 * `2017`, a range `2019-10/2019-12`, and any of the days, months, years or ranges marked
 * approximate with `~` (`2016~`). Only one spelling of each value is accepted (the one
 * toEdtf writes), so equal dates are equal strings.
 */
export type DatePrecision = 'time' | 'day' | 'month' | 'season' | 'quarter' | 'year' | 'range';

interface Point {
  year: number;
  /** 1-12. */
  month?: number;
  day?: number;
  approximate: boolean;
}

type Reading =
  | { kind: 'exact'; value: string }
  | { kind: 'point'; point: Point }
  | { kind: 'season'; year: number; code: number }
  | { kind: 'range'; from: Point; to: Point };

/**
 * EDTF names seasons but not their months; the edtf package reads spring as January to March.
 * Analysts in the UK mean the meteorological seasons, so spring is March to May and winter runs
 * from December into the next year's February. Quarters are calendar quarters (Q1 January-March).
 */
const SEASON_MONTHS: Record<number, { name: string; first: number; last: number }> = {
  21: { name: 'Spring', first: 3, last: 5 },
  22: { name: 'Summer', first: 6, last: 8 },
  23: { name: 'Autumn', first: 9, last: 11 },
  24: { name: 'Winter', first: 12, last: 14 },
  33: { name: 'Q1', first: 1, last: 3 },
  34: { name: 'Q2', first: 4, last: 6 },
  35: { name: 'Q3', first: 7, last: 9 },
  36: { name: 'Q4', first: 10, last: 12 },
};

export const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function pointEdtf(p: Point): string {
  const text =
    p.month === undefined
      ? pad(p.year, 4)
      : p.day === undefined
        ? `${pad(p.year, 4)}-${pad(p.month)}`
        : `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  return p.approximate ? `${text}~` : text;
}

/** The stored text of a reading. */
function toEdtf(r: Exclude<Reading, { kind: 'exact' }>): string {
  if (r.kind === 'point') return pointEdtf(r.point);
  if (r.kind === 'season') return `${pad(r.year, 4)}-${r.code}`;
  return `${pointEdtf(r.from)}/${pointEdtf(r.to)}`;
}

function pointOf(parsed: ParsedDate | null): Point | null {
  if (
    parsed === null ||
    parsed.type !== 'Date' ||
    parsed.offset !== undefined ||
    parsed.uncertain ||
    parsed.unspecified
  )
    return null;
  const [year, month, day] = parsed.values;
  const point = {
    year,
    month: month === undefined ? undefined : month + 1,
    day,
    approximate: Boolean(parsed.approximate),
  };
  // The grammar lets 29 February through in any year.
  return day === undefined || isLocalDate(pointFirst(point)) ? point : null;
}

function readEdtf(value: string): Reading | null {
  let parsed;
  try {
    parsed = parse(value, { level: 2 });
    edtf(value); // checks what the grammar cannot: a range's end not before its start
  } catch {
    return null;
  }
  let reading: Reading | null = null;
  if (parsed.type === 'Date') {
    const point = pointOf(parsed as ParsedDate);
    reading = point && { kind: 'point', point };
  } else if (parsed.type === 'Season') {
    const [year, code] = parsed.values as [number, number];
    reading = SEASON_MONTHS[code] ? { kind: 'season', year, code } : null;
  } else if (parsed.type === 'Interval') {
    const [a, b] = parsed.values as [ParsedDate | null, ParsedDate | null];
    const from = pointOf(a);
    const to = pointOf(b);
    reading = from && to && { kind: 'range', from, to };
  }
  return reading !== null && toEdtf(reading as Exclude<Reading, { kind: 'exact' }>) === value
    ? reading
    : null;
}

// Parsing EDTF is far slower than a regular expression and journeys read the same dates again and
// again (sorting, costing, drawing), so readings are remembered; the bound keeps memory flat.
const readings = new Map<string, Reading | null>();
const MAX_REMEMBERED = 20_000;

function read(value: string): Reading | null {
  if (isLocalDateTime(value)) return { kind: 'exact', value };
  const known = readings.get(value);
  if (known !== undefined) return known;
  if (readings.size >= MAX_REMEMBERED) readings.clear();
  const reading = readEdtf(value);
  readings.set(value, reading);
  return reading;
}

function readOrThrow(value: string): Reading {
  const reading = read(value);
  if (reading === null) throw new Error(`Not a date: ${value}`);
  return reading;
}

export function isApproximateDateTime(value: string): boolean {
  return read(value) !== null;
}

/** A date without a time of day: what life events and the ends of ranges carry. */
export function isApproximateDate(value: string): boolean {
  const reading = read(value);
  return reading !== null && (reading.kind !== 'exact' || isLocalDate(value));
}

const ACCEPTED =
  'a day (dd/mm/yyyy), a month (Oct 2018, 10/2018, 2018-10), a quarter or season (Q3 2019, Spring 2019), a year (2017) or a range (Oct-Dec 2019, between 03/2019 and 06/2019), any of them marked approximate (c. 2016)';
export const ACCEPTED_DATE_FORMS = ACCEPTED;

/** A contact's start or end: an exact day, with an optional time, or an approximate date. */
export const ApproximateDateTime = z
  .string()
  .refine(isApproximateDateTime, { message: `must be ${ACCEPTED}` });
export type ApproximateDateTime = z.infer<typeof ApproximateDateTime>;

/** A life event's date: an exact day or an approximate date, never a time. */
export const ApproximateDate = z.string().refine(isApproximateDate, { message: `must be ${ACCEPTED}` });
export type ApproximateDate = z.infer<typeof ApproximateDate>;

/** Whether the value is a known day (today's form), as against a month, season, year or range. */
export function isExactDate(value: string): boolean {
  return isLocalDateTime(value);
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pointFirst(p: Point): LocalDate {
  return `${pad(p.year, 4)}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
}

function pointLast(p: Point): LocalDate {
  const month = p.month ?? 12;
  return `${pad(p.year, 4)}-${pad(month)}-${pad(p.day ?? lastDayOfMonth(p.year, month))}`;
}

/** The first and last calendar day the value can mean (an exact value's own day for both). */
export function periodOf(value: string): { first: LocalDate; last: LocalDate } {
  const r = readOrThrow(value);
  switch (r.kind) {
    case 'exact':
      return { first: value.slice(0, 10), last: value.slice(0, 10) };
    case 'point':
      return { first: pointFirst(r.point), last: pointLast(r.point) };
    case 'range':
      return { first: pointFirst(r.from), last: pointLast(r.to) };
    case 'season': {
      const { first, last } = SEASON_MONTHS[r.code];
      const lastYear = r.year + Math.floor((last - 1) / 12);
      const lastMonth = ((last - 1) % 12) + 1;
      return {
        first: `${pad(r.year, 4)}-${pad(first)}-01`,
        last: `${pad(lastYear, 4)}-${pad(lastMonth)}-${pad(lastDayOfMonth(lastYear, lastMonth))}`,
      };
    }
  }
}

/**
 * The earliest moment the value can mean, as a day number (toDayNumber): an exact value's own
 * moment, else 00:00 on its first day. Every list of contacts is ordered by it.
 */
export function earliestDay(value: string): number {
  return isLocalDateTime(value) ? toDayNumber(value) : toDayNumber(periodOf(value).first);
}

/** The start (00:00) of the last day the value can mean; an exact value's own moment. */
export function latestDay(value: string): number {
  return isLocalDateTime(value) ? toDayNumber(value) : toDayNumber(periodOf(value).last);
}

/** How many calendar days the value can fall on: 1 for an exact day, 31 for October. */
export function periodDays(value: string): number {
  const { first, last } = periodOf(value);
  return Math.round(toDayNumber(last) - toDayNumber(first)) + 1;
}

/** The middle day of the period (the earlier of two middle days), as a date. */
export function midpointOf(value: string): LocalDate {
  const { first } = periodOf(value);
  return fromDayNumber(toDayNumber(first) + Math.floor((periodDays(value) - 1) / 2));
}

export function precisionOf(value: string): DatePrecision {
  const r = readOrThrow(value);
  if (r.kind === 'exact') return hasTime(value) ? 'time' : 'day';
  if (r.kind === 'range') return 'range';
  if (r.kind === 'season') return r.code >= 33 ? 'quarter' : 'season';
  return r.point.day !== undefined ? 'day' : r.point.month !== undefined ? 'month' : 'year';
}

/** Marked approximate ("c. 2016"), as against known to lie within its period. */
export function isMarkedApproximate(value: string): boolean {
  const r = readOrThrow(value);
  return (
    (r.kind === 'point' && r.point.approximate) ||
    (r.kind === 'range' && (r.from.approximate || r.to.approximate))
  );
}

function pointText(p: Point): string {
  const text =
    p.day !== undefined
      ? formatUkDate(pointFirst(p))
      : p.month !== undefined
        ? `${MONTH_NAMES[p.month - 1]} ${p.year}`
        : String(p.year);
  return p.approximate ? `c. ${text}` : text;
}

/** The value as an analyst writes it: 03/02/2019 23:10, Oct 2018, Q3 2019, Spring 2019, 2017, c. 2016, Oct-Dec 2019. */
export function formatDateAsWritten(value: string): string {
  const r = readOrThrow(value);
  switch (r.kind) {
    case 'exact':
      return formatUkDate(value);
    case 'point':
      return pointText(r.point);
    case 'season':
      return `${SEASON_MONTHS[r.code].name} ${r.year}`;
    case 'range': {
      const { from, to } = r;
      const plainMonths =
        from.month !== undefined &&
        to.month !== undefined &&
        from.day === undefined &&
        to.day === undefined &&
        !from.approximate &&
        !to.approximate;
      if (plainMonths && from.year === to.year)
        return `${MONTH_NAMES[from.month! - 1]}-${MONTH_NAMES[to.month! - 1]} ${to.year}`;
      if (from.month === undefined && to.month === undefined) return `${pointText(from)}-${pointText(to)}`;
      return `${pointText(from)} to ${pointText(to)}`;
    }
  }
}

/** What the record tells of the date, for tooltips and screen readers: "month known, day not". */
export function whatIsKnown(value: string): string {
  const approximately = isMarkedApproximate(value) ? ', and that only approximately' : '';
  switch (precisionOf(value)) {
    case 'time':
      return 'day and time known';
    case 'day':
      return isMarkedApproximate(value) ? 'day known only approximately' : 'day known';
    case 'month':
      return `month known, day not${approximately}`;
    case 'season':
      return 'season known, month not';
    case 'quarter':
      return 'quarter known, month not';
    case 'year':
      return `year known, month not${approximately}`;
    case 'range': {
      const { first, last } = periodOf(value);
      return `some day from ${formatUkDate(first)} to ${formatUkDate(last)}, day not known${approximately}`;
    }
  }
}

function seasonHolding(date: LocalDate, quarter: boolean): { year: number; code: number } {
  const [year, month] = date.split('-').map(Number);
  if (quarter) return { year, code: 33 + Math.floor((month - 1) / 3) };
  if (month <= 2) return { year: year - 1, code: 24 };
  return { year, code: month === 12 ? 24 : 21 + Math.floor((month - 3) / 3) };
}

/**
 * An approximate date moved by whole days and written again at the same precision, as
 * anonymisation needs: each period (a month, season, quarter or year, or each end of a range)
 * becomes the one holding its shifted midpoint (midpointOf), so a month stays a month and no
 * invented day appears. An approximate mark is kept. Exact dates are shifted by the caller.
 */
export function shiftApproximateDate(value: string, offsetDays: number): string {
  const r = readOrThrow(value);
  const movedMidpoint = (first: LocalDate, last: LocalDate) =>
    fromDayNumber(toDayNumber(first) + Math.floor((toDayNumber(last) - toDayNumber(first)) / 2) + offsetDays);
  const shiftPoint = (p: Point): Point => {
    const [year, month, day] = movedMidpoint(pointFirst(p), pointLast(p)).split('-').map(Number);
    return {
      year,
      month: p.month === undefined ? undefined : month,
      day: p.day === undefined ? undefined : day,
      approximate: p.approximate,
    };
  };
  switch (r.kind) {
    case 'exact':
      throw new Error(`An exact date is shifted as a day: ${value}`);
    case 'point':
      return toEdtf({ kind: 'point', point: shiftPoint(r.point) });
    case 'season': {
      const { first, last } = periodOf(value);
      return toEdtf({ kind: 'season', ...seasonHolding(movedMidpoint(first, last), r.code >= 33) });
    }
    case 'range': {
      const from = shiftPoint(r.from);
      const to = shiftPoint(r.to);
      // Two ends a short month apart can land in one month: the range is then that month.
      return pointEdtf(from) === pointEdtf(to) ? pointEdtf(from) : toEdtf({ kind: 'range', from, to });
    }
  }
}

/** Builds the stored text of a point or range, for the input parser. */
export function edtfOf(r: { from: Point; to?: Point } | { year: number; code: number }): string {
  if ('code' in r) return toEdtf({ kind: 'season', year: r.year, code: r.code });
  return r.to === undefined
    ? toEdtf({ kind: 'point', point: r.from })
    : toEdtf({ kind: 'range', from: r.from, to: r.to });
}
export type DatePoint = Point;

/** Season and quarter codes by the words analysts use. */
export const SEASON_CODES: Record<string, number> = {
  spring: 21,
  summer: 22,
  autumn: 23,
  fall: 23,
  winter: 24,
  q1: 33,
  q2: 34,
  q3: 35,
  q4: 36,
};
