import { readFileSync } from 'node:fs';
import { SeededRandom } from '../../../samples/generator/seeded-random';
import type { ComparedContact } from '../../../shared/chronology/duplicates';
import { parseProjectFileText } from '../../../shared/project/project-file';
import { fromDayNumber, toDayNumber } from '../../../shared/model';

/** The shipped review-style journeys, each split into one return per agency. */
const SAMPLES = ['matthew', 'woman-w', 'family-f', 'offender-o'];

/** Words an agency uses for another's where a return paraphrases: they must not make the match easier than real returns do. */
const SYNONYMS: Record<string, string> = {
  arrested: 'detained',
  police: 'officers',
  attended: 'seen',
  referral: 'referred',
  discharged: 'sent home',
  assessment: 'assessed',
  hospital: 'ward',
  housing: 'accommodation',
};
const REPORTING = [
  'Information received from {agency}:',
  'Notified by {agency} that',
  '{agency} reported',
  'Email from {agency}.',
  'Per {agency} record:',
];

export interface SeededSet {
  /** One case per shipped journey: duplicates are looked for within a case, never across people. */
  cases: ComparedContact[][];
  /** Planted duplicate pairs, as `original|copy`. */
  planted: Set<string>;
}

function paraphrase(text: string, random: SeededRandom): string {
  return text
    .split(/\s+/)
    .filter(() => !random.chance(0.2))
    .map((word) => SYNONYMS[word.toLowerCase()] ?? word)
    .join(' ');
}

/**
 * The shipped sample journeys split into per-agency returns, with planted duplicates: for about
 * one contact in eight, a second record of the same event, up to two days later, either in a
 * second return from the same agency or in another agency's return naming the first agency,
 * its wording paraphrased (a fifth of the words dropped, some words swapped).
 */
export function seededReturns(seed: number): SeededSet {
  const random = new SeededRandom(seed);
  const cases: ComparedContact[][] = [];
  const planted = new Set<string>();
  for (const sample of SAMPLES) {
    const contacts: ComparedContact[] = [];
    cases.push(contacts);
    const read = parseProjectFileText(readFileSync(`samples/projects/${sample}.journey.json`, 'utf8'));
    if (!read.ok) throw new Error(`${sample}: ${read.errors.join('; ')}`);
    const agencyName = new Map(read.project.agencies.map((a) => [a.id, a.name]));
    const used = [...new Set(read.project.contacts.map((c) => agencyName.get(c.agencyId) ?? ''))];
    for (const c of read.project.contacts) {
      const agency = agencyName.get(c.agencyId) ?? '';
      const text = [c.contactType, c.description, c.outcome].filter((t) => t !== '').join('. ');
      const original: ComparedContact = {
        contactId: `${sample}:${c.id}`,
        returnId: `${sample}:${agency}`,
        start: c.start,
        end: c.end,
        agency,
        text,
      };
      contacts.push(original);
      if (!random.chance(0.125)) continue;
      const sameAgency = random.chance(0.3);
      const reporter = sameAgency ? agency : random.pick(used.filter((a) => a !== agency));
      const phrase = sameAgency ? '' : `${random.pick(REPORTING).replace('{agency}', agency)} `;
      const later = Math.floor(toDayNumber(c.start)) + random.int(0, 2);
      const copy: ComparedContact = {
        contactId: `${original.contactId}:copy`,
        returnId: `${sample}:${reporter}${sameAgency ? ' (second return)' : ''}`,
        start: fromDayNumber(later),
        end: null,
        agency: reporter,
        text: `${phrase}${paraphrase(text, random)}`,
      };
      contacts.push(copy);
      planted.add(`${original.contactId}|${copy.contactId}`);
    }
  }
  return { cases, planted };
}
