export const IDENTIFIER_KINDS = [
  'name',
  'staff',
  'address',
  'postcode',
  'phone',
  'email',
  'nhs-number',
  'ni-number',
  'reference',
  'date-of-birth',
  'date',
  'age',
] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export const IDENTIFIER_LABELS: Record<IdentifierKind, string> = {
  name: 'names',
  staff: 'staff names',
  address: 'street addresses',
  postcode: 'postcodes',
  phone: 'phone numbers',
  email: 'email addresses',
  'nhs-number': 'NHS numbers',
  'ni-number': 'National Insurance numbers',
  reference: 'police, prison and other reference numbers',
  'date-of-birth': 'dates of birth',
  date: 'dates in text (shifted, or replaced when partial)',
  age: 'ages (replaced by age bands)',
};

export const TOKENS: Record<Exclude<IdentifierKind, 'date' | 'age'>, string> = {
  name: '[NAME]',
  staff: '[STAFF]',
  address: '[ADDRESS]',
  postcode: '[POSTCODE]',
  phone: '[PHONE]',
  email: '[EMAIL]',
  'nhs-number': '[NHS NUMBER]',
  'ni-number': '[NI NUMBER]',
  reference: '[REFERENCE]',
  'date-of-birth': '[DATE OF BIRTH]',
};

/** One stretch of text found to be an identifier, and what replaces it. */
export interface Span {
  start: number;
  end: number;
  kind: IdentifierKind;
  replacement: string;
}

export const tokenSpan = (start: number, end: number, kind: keyof typeof TOKENS): Span => ({
  start,
  end,
  kind,
  replacement: TOKENS[kind],
});

/** Every match of a global regular expression, with the span of one capture group (or the whole match). */
export function* matchesOf(
  pattern: RegExp,
  text: string,
  group = 0,
): Generator<{ start: number; end: number; match: RegExpExecArray }> {
  for (const match of text.matchAll(pattern)) {
    const value = match[group];
    if (value === undefined) continue;
    const start = (match.index ?? 0) + match[0].indexOf(value);
    yield { start, end: start + value.length, match: match as RegExpExecArray };
  }
}

/**
 * Where spans overlap, the longer one wins (a street address over the name inside it), then the
 * earlier detector in the table (a date of birth over a plain date).
 */
export function resolveOverlaps(spans: Array<Span & { priority: number }>): Span[] {
  const ordered = [...spans].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start,
  );
  const kept: Span[] = [];
  for (const span of ordered) {
    if (kept.every((k) => span.end <= k.start || span.start >= k.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function applySpans(text: string, spans: Span[]): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + span.replacement;
    at = span.end;
  }
  return out + text.slice(at);
}
