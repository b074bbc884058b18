import { tokenSpan, type Span, type TOKENS } from './text-span';

/**
 * What a labelled value may look like. A code (NI, NHS, phone, police and prison numbers,
 * postcodes) is a run of groups with digits in them, with a few letters around them; a date of
 * birth is groups of digits and month names; an address or an email address is free text.
 */
type ValueShape = 'code' | 'date' | 'free';

interface Label {
  kind: keyof typeof TOKENS;
  shape: ValueShape;
  pattern: RegExp;
  /** Fewer digits than this after a code label is a count ("rang her phone 3 times"), not a value. */
  minDigits: number;
}

const NO = String.raw`(?:\s*(?:(?:number|num|id|ref(?:erence)?)\b|no\b\.?|#))`;
const label = (
  kind: Label['kind'],
  shape: ValueShape,
  source: string,
  { flags = 'gi', minDigits = 3 } = {},
): Label => ({
  kind,
  shape,
  pattern: new RegExp(`(?<![\\w.])(?:${source})(?![\\w])`, flags),
  minDigits,
});

/** Labels as records write them, in any case and with or without dots: "NI no:", "N.I. number -", "NINO=", "D.O.B.". */
const LABELS: Label[] = [
  label('ni-number', 'code', String.raw`n\.?\s?i\.?${NO}|nino|national\s+insurance${NO}?`),
  // A bare "NI" is a label only in capitals: in lower case it is too often part of a word or a place.
  label('ni-number', 'code', 'NI', { flags: 'g' }),
  label('nhs-number', 'code', String.raw`nhs${NO}|nhs(?=\s*[:=])`),
  label('reference', 'code', String.raw`pnc${NO}?|cro${NO}?|custody${NO}|crime${NO}|prison(?:er)?${NO}`),
  label(
    'phone',
    'code',
    String.raw`tel(?:ephone)?\.?${NO}?|phone${NO}?|mobile(?:\s+phone)?${NO}?|mob${NO}|mob(?=\s*[:=])`,
  ),
  label('postcode', 'code', String.raw`post\s?code`, { minDigits: 1 }),
  label('date-of-birth', 'date', String.raw`d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s?date`),
  label('email', 'free', String.raw`e-?mail(?:\s+address)?`),
  label('address', 'free', String.raw`(?:home\s+|current\s+|previous\s+|bail\s+)?address`),
];

/** Between a label and its value: a colon, equals, hash or dash; "is" or "was" only before a code or a date; an opening quote. */
const SEPARATOR = /^\s*(?:([:=#\-–—])|(?:is|was)(?=\s))?\s*["“]?/i;
/** Free text after a label that says there is no value. */
const NO_VALUE =
  /^(?:unknown|not\s+known|n\/?k|n\/?a|none|nil|nfa|no\s+fixed\s+abode|not\s+given|not\s+recorded|withheld|refused|declined|tbc|to\s+be\s+confirmed)\b/i;
/** Short words that end a code rather than belong to it, as written in lower case (a capital A or BC can be part of one). */
const STOP_WORDS = new Set(
  'a i am an as at be by do go he if in is it me my no of on or so to up us we and are but for had has her him his its not the was via who'.split(
    ' ',
  ),
);
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i;

const hasDigit = (token: string) => /\d/.test(token);
const codeGroup = (token: string) => hasDigit(token) && /^[\p{L}\d+()/.#-]+$/u.test(token);
const letters = (token: string, most: number) =>
  new RegExp(`^\\p{L}{1,${most}}$`, 'u').test(token) && !STOP_WORDS.has(token);

/**
 * Where a value starting at `from` ends: at a comma, semicolon, bar, closing quote or line end; a
 * full stop, colon, question or exclamation mark before a space or the end; a dash between
 * spaces; or a closing bracket the value did not open ("(01332) 200300" is one value).
 */
function valueEnd(text: string, from: number, limit: number): number {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    const next = text[i + 1] ?? ' ';
    if (
      ',;|\n"”'.includes(ch) ||
      ('.!?:'.includes(ch) && /\s/.test(next)) ||
      (/\s/.test(ch) && '-–—'.includes(next) && /\s/.test(text[i + 2] ?? ' '))
    )
      return i;
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return limit;
}

/** How many of the tokens make up the value, by its shape; 0 when they are not a value of that shape. */
function valueLength(tokens: string[], shape: ValueShape): number {
  if (shape === 'free') return tokens.length;
  if (shape === 'date') {
    let n = 0;
    while (
      n < tokens.length &&
      (hasDigit(tokens[n]) || MONTH.test(tokens[n]) || (tokens[n].toLowerCase() === 'of' && n > 0))
    )
      n++;
    while (n > 0 && tokens[n - 1].toLowerCase() === 'of') n--;
    return tokens.slice(0, n).some(hasDigit) ? n : 0;
  }
  // A code: up to two short letter groups before the digits (QQ 12 34 56 C, ne1 4st), groups
  // with digits with at most one short letter group between two of them, and one short letter
  // group after (the NI number's final letter, a prison number's BC).
  let n = 0;
  while (n < 2 && n < tokens.length && letters(tokens[n], 2)) n++;
  if (n >= tokens.length || !codeGroup(tokens[n])) return 0;
  while (n < tokens.length) {
    if (codeGroup(tokens[n])) n++;
    else if (letters(tokens[n], 3) && n + 1 < tokens.length && codeGroup(tokens[n + 1])) n += 2;
    else break;
  }
  if (n < tokens.length && letters(tokens[n], 2)) n++;
  return n;
}

/**
 * A value after a label (NI number, NINO, NHS no, DOB, PNC, CRO, custody no, crime ref, prison
 * no, tel, phone, mobile, email, address, postcode) is an identifier whatever its shape: a
 * specimen NI number, an NHS number with a wrong check digit or a phone number with a digit
 * missing is still the person's. The value runs to the end of the value, not of the sentence:
 * to the first comma, semicolon, closing quote, full stop (or : ? !) before a space, dash between
 * spaces, closing bracket it did not open, line end or the next label; a code or a date also ends at
 * the first word that cannot be part of one ("NI number QQ 12 34 56 C came through"). An address
 * or email address needs a colon, equals, hash or dash after its label ("address: ..."), so
 * "the address was not suitable" is left alone, as is a value saying there is none ("unknown").
 */
export function labelledValueSpans(text: string): Span[] {
  const found = LABELS.flatMap((l) =>
    [...text.matchAll(l.pattern)].map((m) => ({ l, start: m.index, end: m.index + m[0].length })),
  );
  // Where labels overlap ("email address" holds "address"), the first and then the longest is the label.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const labels: typeof found = [];
  for (const f of found) if (labels.every((g) => g.end <= f.start)) labels.push(f);
  const spans: Span[] = [];
  labels.forEach(({ l, end }, i) => {
    const separator = SEPARATOR.exec(text.slice(end)) as RegExpExecArray;
    if (l.shape === 'free' && separator[1] === undefined) return;
    const start = end + separator[0].length;
    const stop = valueEnd(text, start, labels[i + 1]?.start ?? text.length);
    const tokens = [...text.slice(start, stop).matchAll(/\S+/g)];
    if (tokens.length === 0) return;
    if (l.shape === 'free' && NO_VALUE.test(text.slice(start, stop))) return;
    const words = tokens.map((t) => t[0]);
    const n = valueLength(words, l.shape);
    if (n === 0 || (l.shape === 'code' && words.slice(0, n).join('').replace(/\D/g, '').length < l.minDigits))
      return;
    const last = tokens[n - 1];
    spans.push(tokenSpan(start, start + last.index + last[0].length, l.kind));
  });
  return spans;
}
