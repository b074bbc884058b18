import { IDENTIFIER_KINDS, IDENTIFIER_LABELS, type IdentifierKind } from './text-span';
import type { KindCounts } from './scan-text';

/** One free-text field where something was replaced or should be looked at; never its text. */
export interface ReportPlace {
  /** The new pseudonym of the case. */
  case: string;
  /** "case", or the contact, life event or link by its shifted date and agency. */
  record: string;
  field: string;
  found: KindCounts;
  possibleNamesLeft: number;
  mentionsRelatives: boolean;
}

export interface AnonymisedCaseSummary {
  pseudonym: string;
  ageBand: string | null;
  contacts: number;
  /** Contacts whose financial year is different after the shift. */
  contactsInAnotherFinancialYear: number;
}

export interface AnonymisationReport {
  cases: AnonymisedCaseSummary[];
  /** Identifiers replaced in free text, by kind. */
  replaced: Array<{ kind: IdentifierKind; label: string; count: number }>;
  /** Fields of the case itself replaced whole: pseudonyms, known names, designated leads, dates of birth. */
  caseFields: Array<{ label: string; count: number }>;
  places: ReportPlace[];
  checkByHand: string[];
}

export function addCounts(into: KindCounts, from: KindCounts): void {
  for (const [kind, count] of Object.entries(from) as Array<[IdentifierKind, number]>)
    into[kind] = (into[kind] ?? 0) + count;
}

export const replacedList = (totals: KindCounts) =>
  IDENTIFIER_KINDS.flatMap((kind) =>
    (totals[kind] ?? 0) > 0 ? [{ kind, label: IDENTIFIER_LABELS[kind], count: totals[kind] as number }] : [],
  );

const GENERAL_CHECKS = [
  "Names the scan cannot recognise: a name written without a capital, an unusual first name at the start of a sentence, a surname on its own, or a nickname not in the case's known names.",
  'Places are kept: towns, estates, hostels, schools, pubs and shops named in notes can identify a person.',
  'Rare conditions, distinctive events or offences, and small-number combinations (the only person of an age band, ethnicity or agency in a cohort).',
  'Exact ages or dates written in words ("thirty-four", "the week before Christmas"), years on their own and dates without a year written as numbers (12/03).',
  'Agency names, contact types and unit-cost names are kept as they are: check none names a person or a small local service.',
  'Dates moved by one offset per case, so intervals are kept; totals by financial year come from the costing engine on the shifted dates and can differ from the original; the total at a price base does not change.',
];

export function checkByHand(places: ReportPlace[]): string[] {
  const withRelatives = places.filter((p) => p.mentionsRelatives).length;
  const withCapitals = places.filter((p) => p.possibleNamesLeft > 0);
  const specific: string[] = [];
  if (withRelatives > 0)
    specific.push(
      `${withRelatives} field${withRelatives === 1 ? '' : 's'} mention relatives, partners or friends: check what is said about them (marked "mentions relatives" in the list of fields).`,
    );
  if (withCapitals.length > 0) {
    const words = withCapitals.reduce((sum, p) => sum + p.possibleNamesLeft, 0);
    specific.push(
      `${words} capitalised word${words === 1 ? '' : 's'} in ${withCapitals.length} field${withCapitals.length === 1 ? '' : 's'} may be names or places the scan did not replace (marked "capitalised words left" in the list of fields).`,
    );
  }
  return [...specific, ...GENERAL_CHECKS];
}

const countsText = (found: KindCounts) =>
  IDENTIFIER_KINDS.filter((k) => (found[k] ?? 0) > 0)
    .map((k) => `${found[k]} ${IDENTIFIER_LABELS[k]}`)
    .join(', ');

/** The report as plain text, for the command line. */
export function reportText(report: AnonymisationReport): string {
  const lines = ['Anonymised copy:'];
  for (const c of report.cases)
    lines.push(
      `  ${c.pseudonym}: ${c.contacts} contacts, age band ${c.ageBand ?? 'not known'}, ${c.contactsInAnotherFinancialYear} contacts now in another financial year`,
    );
  lines.push('', 'Replaced in the case details:');
  for (const f of report.caseFields) lines.push(`  ${f.label}: ${f.count}`);
  lines.push('', 'Replaced in free text:');
  if (report.replaced.length === 0) lines.push('  nothing found');
  for (const r of report.replaced) lines.push(`  ${r.label}: ${r.count}`);
  lines.push('', 'Where:');
  for (const p of report.places) {
    const flags = [
      countsText(p.found),
      p.possibleNamesLeft > 0 ? `${p.possibleNamesLeft} capitalised words left` : '',
      p.mentionsRelatives ? 'mentions relatives' : '',
    ].filter((s) => s !== '');
    lines.push(`  ${p.case}, ${p.record}, ${p.field}: ${flags.join('; ')}`);
  }
  lines.push('', 'Check by hand before sharing:');
  for (const item of report.checkByHand) lines.push(`  - ${item}`);
  return `${lines.join('\n')}\n`;
}
