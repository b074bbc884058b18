import { matchesOf, tokenSpan, type Span } from './text-span';

const STREET_WORD = "(?:[A-Z][a-z'’]+|[A-Z]{2,})";
const SUFFIX_WITH_NUMBER =
  '(?:Road|Rd|Street|Lane|Ln|Avenue|Ave|Close|Drive|Court|Ct|Way|Crescent|Cres|Place|Pl|Terrace|Gardens|Gdns|Grove|Hill|Park|Square|Sq|Walk|Row|Mews|View|Rise|Parade|Green|Vale|Boulevard|Yard|Wharf|Approach|Croft|Fold|Chase|Meadow|Meadows|Heights|St(?!\\s+[A-Z][a-z]))';
const SUFFIX_ALONE = '(?:Road|Street|Lane|Avenue|Close|Drive|Crescent|Terrace|Gardens|Grove|Mews|Boulevard)';
const UNIT = '(?:(?:Flat|Apartment|Apt|Room|Unit|Bedsit)\\s+\\d+[A-Za-z]?,?\\s+)';

/** "Flat 3, 12a Hill Street", "14 Oak Rd": a house number, one to three words and a street word ("St" only when no name follows, as in St Mungo's). */
const NUMBERED = new RegExp(
  `\\b${UNIT}?\\d{1,4}[A-Za-z]?,?\\s+(?:${STREET_WORD}\\s+){1,3}${SUFFIX_WITH_NUMBER}\\b`,
  'g',
);
/** "on Normanton Road": a street named without a number; a court or park alone is too often a service or a place. */
const NAMED = new RegExp(`(?<![\\w'’])(?:[A-Z][a-z'’]+\\s+){1,3}${SUFFIX_ALONE}\\b`, 'g');
const FLAT = /\b(?:Flat|Apartment|Apt|Room|Bedsit)\s+\d+[A-Za-z]?\b/g;

export function addressSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of [NUMBERED, NAMED, FLAT]) {
    for (const { start, end } of matchesOf(pattern, text)) spans.push(tokenSpan(start, end, 'address'));
  }
  return spans;
}
