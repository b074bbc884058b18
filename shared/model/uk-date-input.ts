import { isLocalDate, type LocalDate, type LocalDateTime } from './local-date';

export type ParsedDateInput = { ok: true; value: LocalDateTime } | { ok: false; reason: string };

/**
 * Reads what an analyst types in a date box: 03/02/2019, 3/2/19, 03/02/2019 14:30, 2019-02-03.
 * Day first, always (UK). Two-digit years are read as 19xx above the pivot, 20xx at or below it,
 * because journeys run from childhood into the present.
 */
const UK = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T]+(\d{1,2})[:.](\d{2}))?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?$/;
const TWO_DIGIT_YEAR_PIVOT = 40;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function parseUkDateInput(text: string): ParsedDateInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'enter a date as dd/mm/yyyy' };
  const uk = UK.exec(trimmed);
  const iso = uk === null ? ISO.exec(trimmed) : null;
  if (uk === null && iso === null)
    return { ok: false, reason: `"${trimmed}" is not a date: write it as dd/mm/yyyy` };
  let day: number, month: number, year: number, hour: string | undefined, minute: string | undefined;
  if (uk !== null) {
    day = Number(uk[1]);
    month = Number(uk[2]);
    year = Number(uk[3]);
    if (uk[3].length === 2) year += year > TWO_DIGIT_YEAR_PIVOT ? 1900 : 2000;
    hour = uk[4];
    minute = uk[5];
  } else {
    const m = iso as RegExpExecArray;
    year = Number(m[1]);
    month = Number(m[2]);
    day = Number(m[3]);
    hour = m[4];
    minute = m[5];
  }
  const date: LocalDate = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!isLocalDate(date))
    return { ok: false, reason: `"${trimmed}" is not a real date (day ${day}, month ${month})` };
  if (hour === undefined || minute === undefined) return { ok: true, value: date };
  if (Number(hour) > 23 || Number(minute) > 59)
    return { ok: false, reason: `"${hour}:${minute}" is not a time of day` };
  return { ok: true, value: `${date}T${pad(Number(hour))}:${minute}` };
}

/** Combines a date box and an optional time box (hh:mm) as the entry form has them. */
export function parseUkDateAndTime(dateText: string, timeText: string): ParsedDateInput {
  const time = timeText.trim();
  return parseUkDateInput(time === '' ? dateText : `${dateText.trim()} ${time}`);
}
