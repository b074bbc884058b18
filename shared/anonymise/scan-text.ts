import { addressSpans } from './address-detectors';
import { labelledValueSpans } from './labelled-values';
import { nameSpans, possibleNamesLeft, type NameContext } from './name-detectors';
import { RELATIVE_CUES } from './name-vocabulary';
import { ageSpans, contactSpans, numberSpans } from './number-detectors';
import { dateSpans } from './text-dates';
import { applySpans, IDENTIFIER_KINDS, resolveOverlaps, type IdentifierKind, type Span } from './text-span';

export interface TextContext extends NameContext {
  offsetDays: number;
}

/**
 * The detectors, most specific first: where two find the same stretch of text, the earlier one
 * names its kind (a value after a label is what the label says, a date after "DOB" is a date of
 * birth, an 11-digit 07... number a phone).
 */
const DETECTORS: Array<(text: string, context: TextContext) => Span[]> = [
  (text) => labelledValueSpans(text),
  (text) => contactSpans(text),
  (text, context) => dateSpans(text, context.offsetDays),
  (text) => numberSpans(text),
  (text) => addressSpans(text),
  (text, context) => nameSpans(text, context),
  (text) => ageSpans(text),
];

export type KindCounts = Partial<Record<IdentifierKind, number>>;

export interface ScannedText {
  text: string;
  found: KindCounts;
  /** Capitalised words left that are not record terms: perhaps names or places to check by hand. */
  possibleNamesLeft: number;
  mentionsRelatives: boolean;
}

const RELATIVE_WORD = new RegExp(`\\b(?:${RELATIVE_CUES.filter((w) => w.length > 2).join('|')})s?\\b`, 'i');

export function scanText(text: string, context: TextContext): ScannedText {
  if (text.trim() === '') return { text, found: {}, possibleNamesLeft: 0, mentionsRelatives: false };
  const spans = resolveOverlaps(
    DETECTORS.flatMap((detect, priority) => detect(text, context).map((span) => ({ ...span, priority }))),
  );
  const found: KindCounts = {};
  for (const kind of IDENTIFIER_KINDS) {
    const count = spans.filter((s) => s.kind === kind).length;
    if (count > 0) found[kind] = count;
  }
  const out = applySpans(text, spans);
  return {
    text: out,
    found,
    possibleNamesLeft: possibleNamesLeft(out, context),
    mentionsRelatives: RELATIVE_WORD.test(out),
  };
}
