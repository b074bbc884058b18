import {
  datePart,
  fromDayNumber,
  hasTime,
  isExactDate,
  periodOf,
  shiftApproximateDate,
  toDayNumber,
  type LocalDate,
  type LocalDateTime,
} from '../model';
import type { SeedStream } from './seed-stream';

/**
 * Each case moves by one offset, a whole number of weeks between 13 and 156 either way: whole
 * days keep every interval between contacts, and whole weeks also keep the day of the week (a
 * pattern of weekend crises survives anonymisation). Times of day are never changed.
 */
export function drawOffsetDays(random: SeedStream): number {
  const weeks = random.int(13, 156);
  return (random.int(0, 1) === 0 ? -7 : 7) * weeks;
}

/** A day moves by the offset; an approximate date is re-expressed at its own precision (shiftApproximateDate). */
export function shiftDate(value: LocalDate, offsetDays: number): LocalDate {
  if (!isExactDate(value)) return shiftApproximateDate(value, offsetDays);
  return fromDayNumber(toDayNumber(value) + offsetDays);
}

export function shiftDateTime(value: LocalDateTime, offsetDays: number): LocalDateTime {
  if (!hasTime(value)) return shiftDate(value, offsetDays);
  return `${shiftDate(datePart(value), offsetDays)}${value.slice(10)}`;
}

const AGE_BANDS: Array<[number, string]> = [
  [18, 'under 18'],
  [25, '18-24'],
  [35, '25-34'],
  [45, '35-44'],
  [55, '45-54'],
  [65, '55-64'],
];

export function ageBand(age: number): string {
  for (const [below, band] of AGE_BANDS) if (age < below) return band;
  return '65 and over';
}

/** Whole years from a date of birth to a date (an approximate one's first day), counting a birthday on the day as reached. */
export function ageOn(dateOfBirth: LocalDate, on: LocalDateTime): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = periodOf(datePart(on)).first.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
