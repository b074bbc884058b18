import { ageBand } from './date-shift';
import { matchesOf, tokenSpan, type Span } from './text-span';

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** UK numbers: +44 or 0, then 9 or 10 more digits in any grouping of spaces, dashes and brackets. */
const PHONE = /(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d(?:[\s-]?\)?[\s-]?\d){8,9}(?![\w])/g;
const NHS = /(?<![\d£.,])\d{3}[\s-]?\d{3}[\s-]?\d{4}(?!\d|[.,]\d)/g;
const NHS_CUE = /\bnhs\b[^.\n]{0,20}$/i;
const NI = /\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/gi;
const POSTCODE = /\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?(\d[ABD-HJLNP-UW-Z]{2})\b/gi;
/** An inward code that is also an ordinal as written (1st, 2nd, 3rd, 4th): "4st" or "1ST" is a postcode, "1st" is not. */
const ORDINAL = /^(?:1st|2nd|3rd|[04-9]th)$/;
const OUTWARD_POSTCODE = /\b(?:postcode|post code|postal district)\s*:?\s*([A-Z]{1,2}\d[A-Z\d]?)\b/gi;
/** HM Prison Service numbers (A1234BC) and PNC ids (19/123456A). */
const PRISON_NUMBER = /\b[A-Z]\d{4}[A-Z]{2}\b/g;
const PNC_ID = /\b\d{2}\/\d{5,7}[A-Z]\b/gi;
const SLASHED_REF = /\b[A-Z]{1,5}\/\d{2,10}(?:\/\d{2,4})?\b/g;
const CUED_REF =
  /\b(?:crime|incident|log|occurrence|occ|custody|ref(?:erence)?|urn|pnc|prison|prisoner|inmate|storm|cad|niche|warrant|booking|offender|case|claim|tenancy|account|cro)\s*(?:no\.?|number|num|#|ref(?:erence)?|id)?\s*[:#]?\s*((?:[A-Z]{1,5}\s)?[A-Z0-9][A-Z0-9/-]*\d[A-Z0-9/-]*)/gi;
const LONG_NUMBER = /(?<![\d£.,])\d{6,}(?!\d|[.,]\d)/g;
const MIXED_CODE = /\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,}\b/g;
const AGE_BEFORE = /\b(?:aged?|age:)\s+(\d{1,3})\b/gi;
const AGE_AFTER = /\b(\d{1,3})[\s-]?(?:years?|yrs?)[\s-]?old\b|\b(\d{1,3})\s?(?:yo|y\/o)\b/gi;

const digits = (s: string) => s.replace(/\D/g, '');

/** The NHS number's own check digit (modulus 11), so a 10-digit number can be told from other references. */
export function isNhsNumber(value: string): boolean {
  const d = digits(value);
  if (d.length !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
  const check = 11 - (sum % 11);
  return check !== 10 && (check === 11 ? 0 : check) === Number(d[9]);
}

export function contactSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const { start, end } of matchesOf(EMAIL, text)) spans.push(tokenSpan(start, end, 'email'));
  for (const { start, end, match } of matchesOf(PHONE, text)) {
    const d = digits(match[0]);
    if (d.startsWith('44') ? d.length >= 11 && d.length <= 13 : d.length === 10 || d.length === 11)
      spans.push(tokenSpan(start, end, 'phone'));
  }
  return spans;
}

export function numberSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const { start, end, match } of matchesOf(NHS, text)) {
    if (match[0].startsWith('0')) continue;
    const cued = NHS_CUE.test(text.slice(Math.max(0, start - 30), start));
    spans.push(tokenSpan(start, end, cued || isNhsNumber(match[0]) ? 'nhs-number' : 'reference'));
  }
  for (const { start, end } of matchesOf(NI, text)) spans.push(tokenSpan(start, end, 'ni-number'));
  for (const { start, end, match } of matchesOf(POSTCODE, text)) {
    if (!ORDINAL.test(match[1])) spans.push(tokenSpan(start, end, 'postcode'));
  }
  for (const { start, end } of matchesOf(OUTWARD_POSTCODE, text, 1))
    spans.push(tokenSpan(start, end, 'postcode'));
  for (const pattern of [PRISON_NUMBER, PNC_ID, SLASHED_REF, LONG_NUMBER]) {
    for (const { start, end } of matchesOf(pattern, text)) spans.push(tokenSpan(start, end, 'reference'));
  }
  for (const { start, end, match } of matchesOf(CUED_REF, text, 1)) {
    if (digits(match[1]).length >= 3) spans.push(tokenSpan(start, end, 'reference'));
  }
  for (const { start, end, match } of matchesOf(MIXED_CODE, text)) {
    if (digits(match[0]).length >= 4) spans.push(tokenSpan(start, end, 'reference'));
  }
  return spans;
}

export function ageSpans(text: string): Span[] {
  const spans: Span[] = [];
  const add = (start: number, end: number, age: string) => {
    const years = Number(age);
    if (years <= 120) spans.push({ start, end, kind: 'age', replacement: `[AGE ${ageBand(years)}]` });
  };
  for (const { start, end, match } of matchesOf(AGE_BEFORE, text, 1)) add(start, end, match[1]);
  for (const { start, end, match } of matchesOf(AGE_AFTER, text)) add(start, end, match[1] ?? match[2]);
  return spans;
}
