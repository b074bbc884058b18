import {
  ACCEPTED_DATE_FORMS,
  SEASON_CODES,
  edtfOf,
  isApproximateDateTime,
  isExactDate,
  type DatePoint,
} from './approximate-date';
import { hasTime } from './local-date';
import { parseUkDateInput, type ParsedDateInput } from './uk-date-input';

/**
 * Reads the dates analysts copy from chronologies and reviews into the stored form
 * (approximate-date.ts): "Oct 2018", "October 2018", "10/2018", "2018-10", "Q3 2019",
 * "Spring 2019", "2017", "Oct-Dec 2019", "between 03/2019 and 06/2019", "2019-03/2019-06",
 * "c. 2016", "about May 2018", "~2016", and every exact day parseUkDateInput reads.
 */
const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const APPROXIMATE = /^(?:c\.?|ca\.?|circa|about|around|approx\.?|approximately|~)\s*(.+)$/i;
const BETWEEN = /^between\s+(.+?)\s+and\s+(.+)$/i;
const MONTH_SPAN = /^([a-z]+)\.?\s*[-–]\s*([a-z]+)\.?\s+(\d{4})$/i;
const YEAR_SPAN = /^(\d{4})\s*[-–]\s*(\d{4})$/;
const SPAN = /^(.+?)\s+(?:to|-|–|until)\s+(.+)$/i;
const YEAR = /^(\d{4})$/;
const MONTH_NAME = /^([a-z]+)\.?,?\s+(\d{4})$/i;
const MONTH_NUMBER = /^(\d{1,2})[/.-](\d{4})$/;
const ISO_MONTH = /^(\d{4})-(\d{1,2})$/;
const SEASON = /^(spring|summer|autumn|fall|winter|q[1-4])\s+(\d{4})$/i;

type Read =
  | { ok: true; point: DatePoint }
  | { ok: true; season: { year: number; code: number } }
  | { ok: false; reason: string }
  | null;

function monthPoint(month: number, year: number, text: string): Read {
  if (month < 1 || month > 12)
    return { ok: false, reason: `"${text}" is not a real month (${month}): months run from 1 to 12` };
  return { ok: true, point: { year, month, approximate: false } };
}

/** One point in time: a month, season, quarter, year or exact day (without time). Null: not a form we know. */
function readPoint(text: string): Read {
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(text))) return { ok: true, point: { year: Number(m[1]), approximate: false } };
  if ((m = SEASON.exec(text)))
    return { ok: true, season: { year: Number(m[2]), code: SEASON_CODES[m[1].toLowerCase()] } };
  if ((m = MONTH_NAME.exec(text))) {
    const month = MONTHS[m[1].toLowerCase()];
    return month === undefined
      ? null
      : { ok: true, point: { year: Number(m[2]), month, approximate: false } };
  }
  if ((m = MONTH_NUMBER.exec(text))) return monthPoint(Number(m[1]), Number(m[2]), text);
  if ((m = ISO_MONTH.exec(text))) return monthPoint(Number(m[2]), Number(m[1]), text);
  const day = parseUkDateInput(text);
  if (day.ok) {
    if (!isExactDate(day.value) || day.value.length > 10)
      return { ok: false, reason: `"${text}": a range or approximate date cannot carry a time` };
    const [year, month, date] = day.value.split('-').map(Number);
    return { ok: true, point: { year, month, day: date, approximate: false } };
  }
  return /is not a real date|is not a time/.test(day.reason) ? { ok: false, reason: day.reason } : null;
}

function notADate(text: string): ParsedDateInput {
  return { ok: false, reason: `"${text}" is not a date: write ${ACCEPTED_DATE_FORMS}` };
}

function range(from: DatePoint, to: DatePoint, text: string): ParsedDateInput {
  const value = edtfOf({ from, to });
  return isApproximateDateTime(value)
    ? { ok: true, value }
    : { ok: false, reason: `"${text}" ends before it starts` };
}

function readRange(a: string, b: string, text: string, approximate: boolean): ParsedDateInput {
  const from = readPoint(a.trim());
  const to = readPoint(b.trim());
  if (from === null || to === null) return notADate(text);
  if (!from.ok) return from;
  if (!to.ok) return to;
  if (!('point' in from) || !('point' in to))
    return {
      ok: false,
      reason: `"${text}": a range runs between days, months or years; write a season or quarter as its months (Mar-May 2019)`,
    };
  return range({ ...from.point, approximate }, { ...to.point, approximate }, text);
}

/** Reads a date box or a spreadsheet cell; an exact day with a time keeps today's form. */
export function parseApproximateDateInput(input: string): ParsedDateInput {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '') return { ok: false, reason: `enter a date: ${ACCEPTED_DATE_FORMS}` };
  if (/^\d{4}/.test(text) && isApproximateDateTime(text)) return { ok: true, value: text };
  const approximateMatch = APPROXIMATE.exec(text);
  const approximate = approximateMatch !== null;
  const rest = approximateMatch ? approximateMatch[1] : text;
  let m: RegExpExecArray | null;
  if ((m = BETWEEN.exec(rest))) return readRange(m[1], m[2], text, approximate);
  if ((m = MONTH_SPAN.exec(rest))) {
    const [first, last] = [MONTHS[m[1].toLowerCase()], MONTHS[m[2].toLowerCase()]];
    if (first === undefined || last === undefined) return notADate(text);
    return range(
      { year: Number(m[3]), month: first, approximate },
      { year: Number(m[3]), month: last, approximate },
      text,
    );
  }
  if ((m = YEAR_SPAN.exec(rest)))
    return range({ year: Number(m[1]), approximate }, { year: Number(m[2]), approximate }, text);
  if (!approximate) {
    const exact = parseUkDateInput(text);
    if (exact.ok || /is not a real date|is not a time/.test(exact.reason)) return exact;
  }
  const point = readPoint(rest);
  if (point === null) {
    if ((m = SPAN.exec(rest))) return readRange(m[1], m[2], text, approximate);
    return notADate(text);
  }
  if (!point.ok) return point;
  if ('season' in point) {
    if (approximate)
      return {
        ok: false,
        reason: `"${text}": a season or quarter cannot be marked approximate; write the months it may cover (c. Mar-Jun 2019)`,
      };
    return { ok: true, value: edtfOf(point.season) };
  }
  return { ok: true, value: edtfOf({ from: { ...point.point, approximate } }) };
}

/** The entry form's date box and optional time box: a time needs an exact day. */
export function parseApproximateDateAndTime(dateText: string, timeText: string): ParsedDateInput {
  const date = parseApproximateDateInput(dateText);
  if (timeText.trim() === '' || !date.ok) return date;
  if (!isExactDate(date.value))
    return {
      ok: false,
      reason: 'a time can only go with an exact day: clear the time, or write the day as dd/mm/yyyy',
    };
  return parseUkDateInput(`${dateText.trim()} ${timeText.trim()}`);
}

/** A life event's date box: any form above, but no time of day. */
export function parseApproximateDayInput(dateText: string): ParsedDateInput {
  const date = parseApproximateDateInput(dateText);
  if (date.ok && hasTime(date.value))
    return { ok: false, reason: 'write the day without a time, as dd/mm/yyyy' };
  return date;
}
