import { isLocalDate } from '../model';
import { shiftDate } from './date-shift';
import { matchesOf, TOKENS, type Span } from './text-span';

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const ORDINAL = '(?:st|nd|rd|th)?';

const NUMERIC = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/g;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+(\\d{4}|'\\d{2})\\b`,
  'gi',
);
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})\\b`, 'gi');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH}\\b`, 'gi');
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+((?:19|20)\\d{2})\\b`, 'gi');
const BORN_IN_YEAR = /\bborn\s+(?:in\s+)?((?:19|20)\d{2})\b/gi;
const BIRTH_CUE =
  /(?:\bd\.?\s?o\.?\s?b\.?|\bdate of birth|\bborn(?:\s+on)?|\bbirth\s?date|\bbirthday)\s*(?:[:\-–]|is|was|of)?\s*$/i;

const monthNumber = (name: string) =>
  MONTH_NAMES.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;

/** Two-digit years as records use them: 00-39 are this century, 40-99 the last. */
const fullYear = (text: string) => {
  const digits = text.replace("'", '');
  if (digits.length === 4) return Number(digits);
  const yy = Number(digits);
  return yy < 40 ? 2000 + yy : 1900 + yy;
};

const pad = (n: number) => String(n).padStart(2, '0');

function shiftedOrToken(year: number, month: number, day: number, offsetDays: number): string {
  const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  if (!isLocalDate(iso)) return '[DATE]';
  const [y, m, d] = shiftDate(iso, offsetDays).split('-');
  return `${d}/${m}/${y}`;
}

/**
 * Dates written in free text. A whole date moves by the case's offset (so "seen again on ..."
 * still agrees with the timeline) and is written dd/mm/yyyy; a partial one (12 March, March
 * 2019) cannot be shifted faithfully and becomes [DATE]; any date after a birth cue (DOB, born)
 * becomes [DATE OF BIRTH].
 */
export function dateSpans(text: string, offsetDays: number): Span[] {
  const spans: Span[] = [];
  const add = (start: number, end: number, replacement: string) => {
    const isBirth = BIRTH_CUE.test(text.slice(Math.max(0, start - 30), start));
    spans.push(
      isBirth
        ? { start, end, kind: 'date-of-birth', replacement: TOKENS['date-of-birth'] }
        : { start, end, kind: 'date', replacement },
    );
  };
  for (const { start, end, match } of matchesOf(NUMERIC, text))
    add(start, end, shiftedOrToken(fullYear(match[3]), Number(match[2]), Number(match[1]), offsetDays));
  for (const { start, end, match } of matchesOf(ISO, text))
    add(start, end, shiftedOrToken(Number(match[1]), Number(match[2]), Number(match[3]), offsetDays));
  for (const { start, end, match } of matchesOf(DAY_MONTH_YEAR, text))
    add(start, end, shiftedOrToken(fullYear(match[3]), monthNumber(match[2]), Number(match[1]), offsetDays));
  for (const { start, end, match } of matchesOf(MONTH_DAY_YEAR, text))
    add(start, end, shiftedOrToken(fullYear(match[3]), monthNumber(match[1]), Number(match[2]), offsetDays));
  for (const { start, end } of matchesOf(DAY_MONTH, text)) add(start, end, '[DATE]');
  for (const { start, end } of matchesOf(MONTH_YEAR, text)) add(start, end, '[DATE]');
  for (const { start, end } of matchesOf(BORN_IN_YEAR, text, 1))
    spans.push({ start, end, kind: 'date-of-birth', replacement: TOKENS['date-of-birth'] });
  return spans;
}
