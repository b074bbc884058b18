import { isLocalDate, type LocalDate, isExactDate, parseApproximateDateInput } from '../model';
import type { SheetCell } from './sheet-grid';

/**
 * Reading one cell as the value a contact field needs. Every failure says why in the users'
 * words, to follow the quoted value ("31/02/2019" is not a real date...); nothing is guessed
 * silently (see DateOrderTally for how day/month order is decided).
 */
export type CellRead<T> = { ok: true; value: T } | { ok: false; reason: string };

export type DateOrder = 'day first' | 'month first';

export interface DateAndTime {
  /** A day, or an approximate date as stored (approximate-date.ts), which never has a time. */
  date: LocalDate;
  /** "hh:mm", or null when the cell held only a date. */
  time: string | null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TWO_DIGIT_YEAR_PIVOT = 40;

export function cellText(cell: SheetCell | null): string {
  if (cell === null) return '';
  if (cell.kind === 'text' || cell.kind === 'error') return cell.text.trim();
  return String(cell.value);
}

/**
 * An Excel date serial to a calendar date and time. The 1900 system counts from 31/12/1899 and
 * keeps Lotus 1-2-3's fictitious 29/02/1900 as day 60, so day 60 is refused and later days shift
 * by one; the 1904 system counts from 01/01/1904.
 */
export function fromExcelSerial(serial: number, date1904: boolean, withTime = false): CellRead<DateAndTime> {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466)
    return { ok: false, reason: 'is not a date serial Excel can hold' };
  const whole = Math.floor(serial);
  if (!date1904 && whole === 60)
    return { ok: false, reason: '29/02/1900 does not exist (a spreadsheet date bug); enter the real date' };
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, whole > 60 ? 30 : 31);
  const minutes = Math.round((serial - whole) * 1440);
  const at = new Date(epoch + whole * 86_400_000 + minutes * 60_000);
  const date = `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
  return {
    ok: true,
    value: {
      date,
      time: minutes === 0 && !withTime ? null : `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`,
    },
  };
}

const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T,]+(.+))?$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](.+))?$/;
const NAMED_MONTH = /^(\d{1,2})[ -]([a-z]{3})[a-z]*\.?[ -,]+(\d{2}|\d{4})(?:[ T,]+(.+))?$/i;

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year + (year > TWO_DIGIT_YEAR_PIVOT ? 1900 : 2000);
}

/** hh:mm, hh:mm:ss, 9.30, 2pm, 2:30 pm. */
export function readTimeText(text: string): CellRead<string> {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?\s*(am|pm)?$/i.exec(text.trim());
  if (m === null || (m[2] === undefined && m[4] === undefined))
    return { ok: false, reason: 'is not a time (hh:mm)' };
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  if (m[4] !== undefined) {
    if (hour < 1 || hour > 12) return { ok: false, reason: 'is not a time of day' };
    hour = (hour % 12) + (m[4].toLowerCase() === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return { ok: false, reason: 'is not a time of day' };
  return { ok: true, value: `${pad(hour)}:${pad(minute)}` };
}

function dateFrom(
  year: number,
  month: number,
  day: number,
  timeText: string | undefined,
): CellRead<DateAndTime> {
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!isLocalDate(date)) return { ok: false, reason: `is not a real date (day ${day}, month ${month})` };
  // Database extracts append 00:00:00 to every date-only value; a recorded midnight is written 00:00.
  if (timeText === undefined || /^0{1,2}:00:00$/.test(timeText.trim()))
    return { ok: true, value: { date, time: null } };
  const time = readTimeText(timeText);
  return time.ok ? { ok: true, value: { date, time: time.value } } : time;
}

/**
 * Which way round a column's numeric dates are. A value whose first part is over 12 can only be
 * day first, one whose second part is over 12 only month first. A column with both is refused;
 * a column with only month-first evidence is refused until the user chooses that order, so a US
 * extract is never half read as UK dates. Counted a value at a time, as a sheet is read in batches.
 */
export class DateOrderTally {
  dayFirst = 0;
  monthFirst = 0;
  exampleMonthFirst: string | null = null;

  add(text: string): void {
    const m = NUMERIC.exec(text.trim());
    if (m === null) return;
    if (Number(m[1]) > 12 && Number(m[2]) <= 12) this.dayFirst += 1;
    if (Number(m[2]) > 12 && Number(m[1]) <= 12) {
      this.monthFirst += 1;
      this.exampleMonthFirst ??= text.trim();
    }
  }

  onlyMonthFirst(): boolean {
    return this.monthFirst > 0 && this.dayFirst === 0;
  }
}

/** A date (and maybe a time) from a date cell, an Excel serial, or text in UK, ISO or "3 Feb 2019" form. */
export function readDateCell(cell: SheetCell, order: DateOrder, date1904: boolean): CellRead<DateAndTime> {
  // A year typed into a spreadsheet cell arrives as the number 2017, not as text; as a date serial it
  // would be a day in 1905, which no journey holds.
  if (cell.kind === 'number' && Number.isInteger(cell.value) && cell.value >= 1800 && cell.value <= 2200)
    return { ok: true, value: { date: String(cell.value), time: null } };
  if (cell.kind === 'date serial' || cell.kind === 'number') {
    if (cell.kind === 'number' && (cell.value < 367 || !Number.isInteger(cell.value * 1440))) {
      return { ok: false, reason: 'is a number, not a date' };
    }
    return fromExcelSerial(cell.value, date1904, cell.kind === 'date serial' && cell.withTime);
  }
  if (cell.kind !== 'text') return { ok: false, reason: 'is not a date' };
  const text = cell.text.trim();
  const iso = ISO.exec(text);
  if (iso !== null)
    return dateFrom(
      Number(iso[1]),
      Number(iso[2]),
      Number(iso[3]),
      iso[4]?.replace(/(:\d{2})(\.\d+)?Z?$/, '$1'),
    );
  const numeric = NUMERIC.exec(text);
  if (numeric !== null) {
    const [first, second] = [Number(numeric[1]), Number(numeric[2])];
    const [day, month] = order === 'day first' ? [first, second] : [second, first];
    return dateFrom(fullYear(numeric[3]), month, day, numeric[4]);
  }
  const named = NAMED_MONTH.exec(text);
  if (named !== null) {
    const month = MONTHS.indexOf(named[2].toLowerCase()) + 1;
    if (month > 0) return dateFrom(fullYear(named[3]), month, Number(named[1]), named[4]);
  }
  // A month, season, quarter, year or range, as a chronology gives it ("Oct 2018", "c. 2016").
  const approximate = parseApproximateDateInput(text);
  if (approximate.ok && !isExactDate(approximate.value))
    return { ok: true, value: { date: approximate.value, time: null } };
  // The reason quotes the value, which every import message already shows before it.
  return {
    ok: false,
    reason: approximate.ok ? 'is not a date' : approximate.reason.replace(/^"[^"]*"[:\s]*/, ''),
  };
}

/** A time from a time cell (a fraction of a day), a date-time serial, or text. */
export function readTimeCell(cell: SheetCell): CellRead<string> {
  if (cell.kind === 'date serial' || cell.kind === 'number') {
    const minutes = Math.round((cell.value - Math.floor(cell.value)) * 1440);
    if (cell.value < 0) return { ok: false, reason: 'is not a time' };
    return { ok: true, value: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}` };
  }
  return readTimeText(cellText(cell));
}

const YES = ['yes', 'y', 'true', '1', 'x', '✓'];
const NO = ['no', 'n', 'false', '0', ''];

/** Yes/no columns: Y/N, true/false, 1/0; blank is no. */
export function readYesNo(cell: SheetCell | null): CellRead<boolean> {
  if (cell !== null && cell.kind === 'boolean') return { ok: true, value: cell.value };
  const text = cellText(cell).toLowerCase();
  if (YES.includes(text)) return { ok: true, value: true };
  if (NO.includes(text)) return { ok: true, value: false };
  return { ok: false, reason: 'is not yes or no (Y/N, true/false; blank is no)' };
}

/** A positive number, from a number cell or text such as "1,234.5". */
export function readPositiveNumber(cell: SheetCell): CellRead<number> {
  const value =
    cell.kind === 'number'
      ? cell.value
      : cell.kind === 'text'
        ? Number(cell.text.trim().replace(/,(?=\d{3}(\D|$))/g, ''))
        : Number.NaN;
  if (!Number.isFinite(value) || cellText(cell) === '') return { ok: false, reason: 'is not a number' };
  if (value <= 0) return { ok: false, reason: 'is not more than 0' };
  return { ok: true, value };
}

/** Money in pounds to pence, exactly: "£1,234.50", "1234.5", or a number cell. */
export function readPoundsCell(cell: SheetCell): CellRead<number> {
  if (cell.kind === 'number') {
    const pence = cell.value * 100;
    if (cell.value < 0 || Math.abs(pence - Math.round(pence)) > 1e-6)
      return { ok: false, reason: 'is not an amount in pounds and pence' };
    return { ok: true, value: Math.round(pence) };
  }
  const text = cellText(cell);
  const m = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2})(0*))?$/.exec(text.trim());
  if (m === null) return { ok: false, reason: 'is not an amount in pounds (e.g. 719.00)' };
  const pounds = Number(m[1].replace(/,/g, ''));
  const penceText = (m[2] ?? '').padEnd(2, '0');
  return { ok: true, value: pounds * 100 + Number(penceText) };
}
