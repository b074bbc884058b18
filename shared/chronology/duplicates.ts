import { valueKey } from '../contact-sheet/contact-import';
import { toDayNumber, type LocalDateTime } from '../model';
import { wordSet, wordingSimilarity } from './wording';

/** A contact as duplicate finding sees it: when, which agency, which return, and its words. */
export interface ComparedContact {
  contactId: string;
  returnId: string;
  start: LocalDateTime;
  end: LocalDateTime | null;
  agency: string;
  /** What happened and what was done, as the return wrote them. */
  text: string;
}

export interface DuplicateCandidate {
  a: string;
  b: string;
  /** 0 to 1: wording similarity times date closeness. */
  score: number;
  reason: string;
}

export interface DuplicateOptions {
  /** Two records of one event are at most this many days apart (an act and another agency's note of it the next day). */
  maxDays: number;
  /** The least score listed: below it, the analyst would mostly be shown pairs that are not the same event. */
  threshold: number;
}

/**
 * Chosen on the seeded set in tests/unit/chronology (shipped sample journeys split into one
 * return per agency, with planted duplicates): the threshold is the lowest that keeps false
 * candidates under one per 50 contacts there while finding at least 90% of the planted ones.
 */
export const DEFAULT_DUPLICATE_OPTIONS: DuplicateOptions = { maxDays: 2, threshold: 0.5 };

/** Each day further apart takes this much off the score: the same day is likeliest, two days apart least. */
const PER_DAY_APART = 0.1;

/** Words that name an agency's kind rather than the agency ("service", "team"): a mention needs the telling words. */
const GENERIC_AGENCY_WORDS = new Set([
  'service',
  'services',
  'team',
  'trust',
  'council',
  'nhs',
  'the',
  'of',
  'and',
  '&',
  'department',
  'unit',
]);

function mentions(text: string, agency: string): boolean {
  const telling = wordSet(agency);
  for (const generic of GENERIC_AGENCY_WORDS) telling.delete(generic);
  if (telling.size === 0) return false;
  const words = wordSet(text);
  return [...telling].every((w) => words.has(w));
}

interface Prepared extends ComparedContact {
  from: number;
  to: number;
  words: Set<string>;
  agencyKey: string;
}

const possessive = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`);
const day = (value: LocalDateTime) => Math.floor(toDayNumber(value));

/**
 * Pairs of contacts from different returns that may record one event: within `maxDays` of each
 * other (or with overlapping periods), from the same agency or with one naming the other's
 * agency (police sending a notice, adult social care recording it received from police), and
 * worded alike. Sorted best first. Nothing is merged here: the analyst decides on each pair.
 */
export function findDuplicateCandidates(
  contacts: readonly ComparedContact[],
  options: DuplicateOptions = DEFAULT_DUPLICATE_OPTIONS,
): DuplicateCandidate[] {
  const prepared: Prepared[] = contacts
    .map((c) => ({
      ...c,
      from: day(c.start),
      to: day(c.end ?? c.start),
      words: wordSet(c.text),
      agencyKey: valueKey(c.agency),
    }))
    .sort((x, y) => x.from - y.from);
  const candidates: DuplicateCandidate[] = [];
  for (let i = 0; i < prepared.length; i += 1) {
    const a = prepared[i];
    for (let j = i + 1; j < prepared.length && prepared[j].from <= a.to + options.maxDays; j += 1) {
      const b = prepared[j];
      if (a.returnId === b.returnId) continue;
      const apart = Math.max(0, b.from - a.to);
      const sameAgency = a.agencyKey === b.agencyKey;
      const aNamesB = !sameAgency && mentions(a.text, b.agency);
      const bNamesA = !sameAgency && mentions(b.text, a.agency);
      if (!sameAgency && !aNamesB && !bNamesA) continue;
      const similarity = wordingSimilarity(a.words, b.words);
      const score = Math.round(similarity * (1 - PER_DAY_APART * apart) * 1000) / 1000;
      if (score < options.threshold) continue;
      const when =
        apart === 0
          ? a.to > a.from || b.to > b.from
            ? 'overlapping periods'
            : 'same day'
          : `${apart} ${apart === 1 ? 'day' : 'days'} apart`;
      const who = sameAgency
        ? `both ${a.agency}`
        : bNamesA
          ? `${b.agency} records ${possessive(a.agency)} act`
          : `${a.agency} records ${possessive(b.agency)} act`;
      candidates.push({
        a: a.contactId,
        b: b.contactId,
        score,
        reason: `${when}; ${who}; wording ${Math.round(similarity * 100)}% alike`,
      });
    }
  }
  return candidates.sort((x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}
