import { startsStrictlyLater } from '../../costing/cost-after';
import { type Contact, earliestDay } from '../../model';
import { keywordMatcher } from '../../suggestions/keywords';

export interface SequenceOptions {
  /** A contact whose type mentions one of these is a target (matched as the missed-opportunity rules match). */
  targetKeywords: string[];
  /** How far back to look, in calendar days; a contact exactly this many days before is included. */
  days: number;
  /** At most this many contacts before each target. */
  length: number;
  /** How many variants to return. */
  top: number;
}

/** The cohort screen's question: the three contacts in the 90 days before an arrest, A&E attendance or eviction. */
export const CRISIS_SEQUENCES: SequenceOptions = {
  targetKeywords: ['arrest', 'A&E attendance', 'eviction', 'evicted'],
  days: 90,
  length: 3,
  top: 10,
};

/** One path into a target, as process mining counts variants. */
export interface SequenceVariant {
  /** Contact types before the target, oldest first; empty when nothing came in the window. */
  before: string[];
  target: string;
  occurrences: number;
  /** Distinct cases the path occurred in. */
  people: number;
}

/** Types that differ only in letter case or spacing are one activity; the first spelling met names it. */
function normalised(contactType: string): string {
  return contactType.trim().replace(/\s+/g, ' ').toLowerCase();
}

interface Timed {
  contact: Contact;
  minute: number;
  day: number;
}

type Variant = { before: string[]; target: string; occurrences: number; people: Set<string> };

/**
 * The most common paths into target contacts (arrests, A&E attendances, evictions...) across a
 * cohort: for each target, the types of the (up to `length`) contacts starting strictly before it
 * (see cost-after.ts: same date without both times is not "before") in the `days` before it.
 * Fed one case at a time, so a cohort of a million contacts never has to be held at once.
 */
export class SequenceCounter {
  private readonly isTarget: (contactType: string) => boolean;
  private readonly spelling = new Map<string, string>();
  private readonly variants = new Map<string, Variant>();

  constructor(private readonly options: SequenceOptions) {
    this.isTarget = keywordMatcher(options.targetKeywords);
  }

  private labelOf(contactType: string): string {
    const key = normalised(contactType);
    if (!this.spelling.has(key)) this.spelling.set(key, contactType.trim());
    return key;
  }

  /** One case's contacts, in any order; each case is added once. */
  addCase(caseId: string, contacts: readonly Contact[]): void {
    const ordered: Timed[] = contacts
      // An approximate contact sits at its earliest day; startsStrictlyLater counts it as before a
      // target only when its whole period is before the target's.
      .map((contact) => ({
        contact,
        minute: Math.round(earliestDay(contact.start) * 1440),
        day: Math.floor(earliestDay(contact.start)),
      }))
      .sort((a, b) => a.minute - b.minute || a.contact.id.localeCompare(b.contact.id));
    ordered.forEach((target, index) => {
      if (!this.isTarget(target.contact.contactType)) return;
      let firstSameMinute = index;
      while (firstSameMinute > 0 && ordered[firstSameMinute - 1].minute === target.minute)
        firstSameMinute -= 1;
      const before: string[] = [];
      for (let k = firstSameMinute - 1; k >= 0 && before.length < this.options.length; k -= 1) {
        const candidate = ordered[k];
        if (candidate.day < target.day - this.options.days) break;
        if (startsStrictlyLater(target.contact.start, candidate.contact.start))
          before.unshift(this.labelOf(candidate.contact.contactType));
      }
      const targetLabel = this.labelOf(target.contact.contactType);
      const key = JSON.stringify([...before, targetLabel]);
      const variant = this.variants.get(key) ?? {
        before,
        target: targetLabel,
        occurrences: 0,
        people: new Set<string>(),
      };
      variant.occurrences += 1;
      variant.people.add(caseId);
      this.variants.set(key, variant);
    });
  }

  /** Most occurrences first, then most people, then alphabetically. */
  top(): SequenceVariant[] {
    const shown = (label: string) => this.spelling.get(label) ?? label;
    return [...this.variants]
      .map(([key, v]) => ({
        key,
        before: v.before.map(shown),
        target: shown(v.target),
        occurrences: v.occurrences,
        people: v.people.size,
      }))
      .sort((a, b) => b.occurrences - a.occurrences || b.people - a.people || a.key.localeCompare(b.key))
      .slice(0, this.options.top)
      .map(({ key: _key, ...variant }) => variant);
  }
}

/** The common paths of a cohort whose contacts are already grouped by case (see SequenceCounter). */
export function commonSequences(
  contactsByCase: ReadonlyMap<string, readonly Contact[]>,
  options: SequenceOptions,
): SequenceVariant[] {
  const counter = new SequenceCounter(options);
  for (const [caseId, contacts] of contactsByCase) counter.addCase(caseId, contacts);
  return counter.top();
}
