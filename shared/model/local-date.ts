import { z } from 'zod';

/**
 * Journeys are recorded in UK local time and read as calendar facts ("arrested on 03/02/2019
 * at 23:10"), so dates are stored as ISO local strings without a zone. Converting to UTC
 * instants would move late-evening contacts to the next day across the clocks change.
 */
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export function isLocalDate(value: string): boolean {
  const m = LOCAL_DATE.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isLocalDateTime(value: string): boolean {
  const m = LOCAL_DATE_TIME.exec(value);
  if (m === null || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  if (m[4] === undefined) return true;
  return Number(m[4]) < 24 && Number(m[5]) < 60;
}

/** A calendar date, `2019-02-03`. */
export const LocalDate = z
  .string()
  .refine(isLocalDate, { message: 'must be a real date written YYYY-MM-DD' });
export type LocalDate = z.infer<typeof LocalDate>;

/** A calendar date with an optional time, `2019-02-03` or `2019-02-03T23:10`. */
export const LocalDateTime = z.string().refine(isLocalDateTime, {
  message: 'must be a real date written YYYY-MM-DD, optionally followed by THH:mm',
});
export type LocalDateTime = z.infer<typeof LocalDateTime>;

/** An instant the app itself records (created/updated), ISO 8601 in UTC. */
export const Timestamp = z.iso.datetime();
export type Timestamp = z.infer<typeof Timestamp>;

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 as a fractional number: the time unit of the timeline and of intervals. */
export function toDayNumber(value: LocalDateTime): number {
  const m = LOCAL_DATE_TIME.exec(value);
  if (m === null) throw new Error(`Not a local date: ${value}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  return ms / MS_PER_DAY;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The inverse of toDayNumber: whole days give a date, fractions add the time to the minute. */
export function fromDayNumber(dayNumber: number, withTime = false): LocalDateTime {
  const d = new Date(Math.round(dayNumber * 1440) * 60_000);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (!withTime) return date;
  return `${date}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** The day of a value with a time; any other value (a day, or an approximate date) unchanged. */
export function datePart(value: LocalDateTime): LocalDate {
  return hasTime(value) ? value.slice(0, 10) : value;
}

/** Only exact days carry a time (`2019-02-03T23:10`); an EDTF range is longer but has none. */
export function hasTime(value: LocalDateTime): boolean {
  return value.length > 10 && value[10] === 'T';
}

/** UK display: 03/02/2019, or 03/02/2019 23:10 when a time was recorded. */
export function formatUkDate(value: LocalDateTime): string {
  const [y, mo, d] = value.slice(0, 10).split('-');
  const date = `${d}/${mo}/${y}`;
  return hasTime(value) ? `${date} ${value.slice(11, 16)}` : date;
}
