import {
  GIVEN_NAMES,
  NOT_NAME_WORDS,
  PERSON_TITLES,
  RELATIVE_CUES,
  STAFF_CUES,
  STAFF_TITLES,
} from './name-vocabulary';
import { matchesOf, tokenSpan, type Span } from './text-span';

/** What a case tells us about the names in its records. */
export interface NameContext {
  /** The person's pseudonym, real names and aliases (Case.pseudonym, Case.knownNames): always [NAME], in any case. */
  knownNames: string[];
  /** Names of staff known to the case, such as the designated lead: always [STAFF]. */
  staffNames: string[];
  /** Further words that are not names here: the project's agency and unit-cost names. */
  notNames: Set<string>;
}

const CAP = "(?:O['’]|Mc|Mac)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?";
const SURNAME = `(?:${CAP}|[A-Z]{2,}(?:-[A-Z]{2,})?)`;
const CAP_WORD = new RegExp(`(?<![\\w'’&-])${CAP}(?![\\w&])`, 'g');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: string[]) => words.map(escape).join('|');
/** Cue words as records write them (mum, Mum, MUM), while the name after them must still be capitalised. */
const anyCase = (words: string[]) =>
  words
    .flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()])
    .map(escape)
    .join('|');

const STAFF_TITLE = new RegExp(
  `\\b(?:${alternatives(STAFF_TITLES)})\\.?\\s+((?:[A-Z]\\.?\\s+)*(?:\\d{2,6}\\s+)?${CAP}(?:\\s+${SURNAME})?)`,
  'g',
);
const STAFF_COLLAR = new RegExp(`\\b(?:PC|PCSO|DC|DS|Sgt)\\s+(\\d{2,6})\\b`, 'g');
const PERSON_TITLE = new RegExp(
  `\\b(?:${alternatives(PERSON_TITLES)})\\.?\\s+((?:[A-Z]\\.?\\s+)*${CAP}(?:\\s+${SURNAME})?)`,
  'g',
);
const CUE_LINK = "(?:'s)?,?\\s+(?:(?:called|named|is|was)\\s+)?";
const RELATIVE = new RegExp(`\\b(?:${anyCase(RELATIVE_CUES)})${CUE_LINK}(${CAP}(?:\\s+${SURNAME})?)`, 'g');
const ALIAS = new RegExp(
  `(?:\\b(?:${anyCase(['known as', 'aka', 'alias', 'nickname', 'calls himself', 'calls herself', 'goes by'])})|a\\.k\\.a\\.?)\\s+["'“‘]?(${CAP}(?:\\s+${SURNAME})?)`,
  'g',
);
const STAFF_ROLE = new RegExp(`\\b(?:${anyCase(STAFF_CUES)})${CUE_LINK}(${CAP}(?:\\s+${SURNAME})?)`, 'g');
const NAME_RUN = new RegExp(`(?<![\\w'’&-])${CAP}(?:\\s+${SURNAME}){0,2}`, 'g');

const SENTENCE_START = /(?:^|[.!?:;\n•]\s*|^\s*[-*]\s+|["“(]\s*)$/;
export const isSentenceStart = (text: string, at: number) =>
  SENTENCE_START.test(text.slice(Math.max(0, at - 4), at));

export function isNotName(word: string, context: NameContext): boolean {
  const key = word.toLowerCase();
  return NOT_NAME_WORDS.has(key) || context.notNames.has(key);
}

const stripPossessive = (word: string) => word.replace(/['’]s$/, '');

/**
 * A cued name may run on into ordinary capitalised words ("key worker Sarah Crisis Team"): cut
 * it at the first word that is not a name, and drop it if no name word is left.
 */
function trimmed(
  text: string,
  start: number,
  end: number,
  context: NameContext,
  leading = /^$/,
): { start: number; end: number } | null {
  const words = [...text.slice(start, end).matchAll(/\S+/g)];
  let first = 0;
  while (first < words.length && leading.test(words[first][0])) first++;
  let last = first - 1;
  for (let i = first; i < words.length && !isNotName(stripPossessive(words[i][0]), context); i++) last = i;
  if (last < first) return null;
  const word = words[last];
  return { start, end: start + (word.index ?? 0) + word[0].length };
}

/** A known name in full in any case; each of its words as names are written (Sarah, SARAH), never as ordinary words (will, may). */
function knownNameSpans(text: string, names: string[], kind: 'name' | 'staff', context: NameContext): Span[] {
  const spans: Span[] = [];
  for (const name of names) {
    const words = name.split(/\s+/).filter((w) => w.length > 0);
    if (words.length === 0) continue;
    const full = new RegExp(`(?<![\\w])${words.map(escape).join('\\s+')}(?![\\w])`, 'gi');
    for (const { start, end } of matchesOf(full, text)) spans.push(tokenSpan(start, end, kind));
    for (const word of words) {
      // Numbers and ordinary words in a name ("Case 12", "Person K7QX", "Woman W") are found only in the full name.
      if (
        word.replace(/\W/g, '').length < 2 ||
        /\d/.test(word) ||
        NOT_NAME_WORDS.has(word.toLowerCase()) ||
        context.notNames.has(word.toLowerCase())
      )
        continue;
      const proper = word[0].toUpperCase() + word.slice(1).toLowerCase();
      const part = new RegExp(`(?<![\\w])(?:${escape(proper)}|${escape(word.toUpperCase())})(?![\\w])`, 'g');
      for (const { start, end } of matchesOf(part, text)) spans.push(tokenSpan(start, end, kind));
    }
  }
  return spans;
}

export function nameSpans(text: string, context: NameContext): Span[] {
  const spans: Span[] = [
    ...knownNameSpans(text, context.knownNames, 'name', context),
    ...knownNameSpans(text, context.staffNames, 'staff', context),
  ];
  const cued = (pattern: RegExp, kind: 'name' | 'staff', keepLeading?: RegExp) => {
    for (const { start, end } of matchesOf(pattern, text, 1)) {
      const span = trimmed(text, start, end, context, keepLeading);
      if (span !== null) spans.push(tokenSpan(span.start, span.end, kind));
    }
  };
  cued(STAFF_TITLE, 'staff', /^(?:[A-Z]\.?|\d+)$/);
  cued(PERSON_TITLE, 'name', /^[A-Z]\.?$/);
  cued(RELATIVE, 'name');
  cued(ALIAS, 'name');
  cued(STAFF_ROLE, 'staff');
  for (const { start, end } of matchesOf(STAFF_COLLAR, text, 1)) spans.push(tokenSpan(start, end, 'staff'));

  for (const { start, end, match } of matchesOf(NAME_RUN, text)) {
    const first = match[0].split(/\s+/)[0];
    if (GIVEN_NAMES.has(first)) {
      const span = trimmed(text, start, end, context);
      if (span !== null) spans.push(tokenSpan(span.start, span.end, 'name'));
      continue;
    }
    // An unknown run of capitalised words is a name only if it is not where any sentence starts
    // with a capital ("Visited Tesco") and none of its words is an ordinary record term.
    const words = [...match[0].matchAll(/\S+/g)];
    const from = isSentenceStart(text, start) ? 1 : 0;
    const rest = words.slice(from);
    if (
      rest.length < 2 ||
      rest.some((w) => isNotName(stripPossessive(w[0]), context) || w[0] === w[0].toUpperCase())
    )
      continue;
    spans.push(tokenSpan(start + (rest[0].index ?? 0), end, 'name'));
  }
  return spans;
}

/** Capitalised words still in the text that are neither record terms nor sentence starts: perhaps names or places. */
export function possibleNamesLeft(text: string, context: NameContext): number {
  let count = 0;
  for (const { start, match } of matchesOf(CAP_WORD, text)) {
    if (!isSentenceStart(text, start) && !isNotName(stripPossessive(match[0]), context)) count++;
  }
  return count;
}
