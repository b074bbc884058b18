import type { ProjectFile } from '../project/project-file';
import {
  financialYearOf,
  formatUkDate,
  type Case,
  type Contact,
  type LifeEvent,
  type Link,
  type OutcomeMeasurement,
  earliestDay,
  formatDateAsWritten,
} from '../model';
import {
  addCounts,
  checkByHand,
  replacedList,
  type AnonymisationReport,
  type AnonymisedCaseSummary,
  type ReportPlace,
} from './anonymisation-report';
import { ageBand, ageOn, drawOffsetDays, shiftDate, shiftDateTime } from './date-shift';
import { scanText, type KindCounts, type TextContext } from './scan-text';
import { SeedStream } from './seed-stream';

export interface AnonymiseOptions {
  /** Any whole number: the same seed always gives the same copy. */
  seed: number;
  /**
   * The time of anonymisation (ISO, UTC): every instant the app records itself is this in the
   * copy. Moving them with the journey would let anyone with the copy read the offset off the
   * gap between them and the file's own export time.
   */
  now: string;
}

export const DESIGNATED_LEAD_LABEL = 'Designated lead';
const PSEUDONYM_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

const wordsOf = (names: string[]) =>
  new Set(names.flatMap((n) => n.toLowerCase().split(/[^\p{L}&']+/u)).filter((w) => w.length > 1));

/**
 * A new, anonymised copy of a project: the original object is never changed. Every case gets a
 * new pseudonym and new ids (so two anonymised copies of one case cannot be joined by id), its
 * known names are dropped, its designated lead becomes a role label, its date of birth an age
 * band at the first contact, all its journey dates move by one seeded offset, the instants the
 * app recorded (created, updated, exported) become the time of anonymisation, and every
 * free-text field is scanned for identifiers, which become typed tokens. Agencies, unit costs and
 * categories are library data and are kept, so costs stay exactly as they were.
 */
export function anonymiseProject(
  project: ProjectFile,
  { seed, now }: AnonymiseOptions,
): { project: ProjectFile; report: AnonymisationReport } {
  const random = new SeedStream(seed);
  // A case's own name is a known name too: a sheet's Case column often brings in the real name.
  const knownNames = project.cases.flatMap((c) => [c.pseudonym, ...c.knownNames]);
  const staffNames = project.cases.map((c) => c.designatedLead).filter((n) => n.trim() !== '');
  const notNames = wordsOf([
    ...project.agencies.map((a) => a.name),
    ...project.unitCosts.map((u) => u.name),
    ...project.missedOpportunityCategories.map((c) => c.name),
  ]);
  const agencyName = new Map(project.agencies.map((a) => [a.id, a.name]));

  const usedPseudonyms = new Set<string>();
  const newId = () => `anon-${random.code('0123456789abcdef', 16)}`;
  const ids = new Map<string, string>();
  const idFor = (id: string) => {
    if (!ids.has(id)) ids.set(id, newId());
    return ids.get(id) as string;
  };

  const totals: KindCounts = {};
  const places: ReportPlace[] = [];
  const summaries: AnonymisedCaseSummary[] = [];
  const out = {
    cases: [] as Case[],
    contacts: [] as Contact[],
    lifeEvents: [] as LifeEvent[],
    links: [] as Link[],
    outcomes: [] as OutcomeMeasurement[],
  };
  let knownNamesRemoved = 0;
  let leadsReplaced = 0;
  let datesOfBirth = 0;

  for (const original of project.cases) {
    const offsetDays = drawOffsetDays(random);
    let pseudonym: string;
    do pseudonym = `Person ${random.code(PSEUDONYM_ALPHABET, 4)}`;
    while (usedPseudonyms.has(pseudonym));
    usedPseudonyms.add(pseudonym);

    const context: TextContext = { knownNames, staffNames, notNames, offsetDays };
    const scan = (text: string, record: string, field: string) => {
      const scanned = scanText(text, context);
      addCounts(totals, scanned.found);
      if (
        Object.keys(scanned.found).length > 0 ||
        scanned.possibleNamesLeft > 0 ||
        scanned.mentionsRelatives
      ) {
        places.push({
          case: pseudonym,
          record,
          field,
          found: scanned.found,
          possibleNamesLeft: scanned.possibleNamesLeft,
          mentionsRelatives: scanned.mentionsRelatives,
        });
      }
      return scanned.text;
    };

    const contacts = project.contacts
      .filter((c) => c.caseId === original.id)
      .sort((a, b) => earliestDay(a.start) - earliestDay(b.start));
    const firstDate = contacts[0]?.start ?? original.interventionDate;
    const band =
      original.dateOfBirth !== null && firstDate !== null
        ? ageBand(ageOn(original.dateOfBirth, firstDate))
        : (original.ageBand ?? null);
    knownNamesRemoved += original.knownNames.length;
    if (original.designatedLead.trim() !== '') leadsReplaced++;
    if (original.dateOfBirth !== null) datesOfBirth++;

    out.cases.push({
      ...original,
      id: idFor(original.id),
      pseudonym,
      knownNames: [],
      designatedLead: original.designatedLead.trim() === '' ? '' : DESIGNATED_LEAD_LABEL,
      notes: scan(original.notes, 'case', 'notes'),
      dateOfBirth: null,
      ageBand: band,
      interventionDate:
        original.interventionDate === null ? null : shiftDate(original.interventionDate, offsetDays),
      createdAt: now,
      updatedAt: now,
    });

    let movedYear = 0;
    contacts.forEach((c, i) => {
      const start = shiftDateTime(c.start, offsetDays);
      if (financialYearOf(start) !== financialYearOf(c.start)) movedYear++;
      const record = `contact ${i + 1} (${formatDateAsWritten(start)}, ${agencyName.get(c.agencyId) ?? 'agency'})`;
      out.contacts.push({
        ...c,
        id: idFor(c.id),
        caseId: idFor(c.caseId),
        start,
        end: c.end === null ? null : shiftDateTime(c.end, offsetDays),
        outcome: scan(c.outcome, record, 'outcome'),
        description: scan(c.description, record, 'description'),
        missedOpportunity:
          c.missedOpportunity === null
            ? null
            : {
                ...c.missedOpportunity,
                note: scan(c.missedOpportunity.note, record, 'missed-opportunity note'),
                shouldHaveHappened: scan(
                  c.missedOpportunity.shouldHaveHappened,
                  record,
                  'what should have happened',
                ),
              },
        costOverride:
          c.costOverride === null
            ? null
            : { ...c.costOverride, reason: scan(c.costOverride.reason, record, 'reason for own cost') },
        createdAt: now,
        updatedAt: now,
      });
    });
    summaries.push({
      pseudonym,
      ageBand: band,
      contacts: contacts.length,
      contactsInAnotherFinancialYear: movedYear,
    });

    for (const e of project.lifeEvents.filter((l) => l.caseId === original.id)) {
      const date = shiftDate(e.date, offsetDays);
      out.lifeEvents.push({
        ...e,
        id: idFor(e.id),
        caseId: idFor(e.caseId),
        date,
        note: scan(e.note, `life event (${formatDateAsWritten(date)}, ${e.kind})`, 'note'),
      });
    }
    // Outcome scores move with the person's other dates, or they would give the real ones away.
    for (const m of (project.outcomes ?? []).filter((o) => o.caseId === original.id)) {
      const date = shiftDate(m.date, offsetDays);
      out.outcomes.push({
        ...m,
        id: idFor(m.id),
        caseId: idFor(m.caseId),
        date,
        note: scan(m.note, `outcome score (${formatUkDate(date)})`, 'note'),
      });
    }
    project.links
      .filter((l) => l.caseId === original.id)
      .forEach((l, i) => {
        out.links.push({
          ...l,
          id: idFor(l.id),
          caseId: idFor(l.caseId),
          fromContactId: idFor(l.fromContactId),
          toContactId: idFor(l.toContactId),
          label: scan(l.label, `link ${i + 1} (${l.kind})`, 'label'),
        });
      });
  }

  const report: AnonymisationReport = {
    cases: summaries,
    replaced: replacedList(totals),
    caseFields: [
      { label: 'pseudonyms replaced', count: project.cases.length },
      { label: 'known names and aliases removed', count: knownNamesRemoved },
      { label: `designated leads replaced by "${DESIGNATED_LEAD_LABEL}"`, count: leadsReplaced },
      { label: 'dates of birth replaced by an age band', count: datesOfBirth },
    ],
    places,
    checkByHand: checkByHand(places),
  };
  return { project: { ...project, exportedAt: now, anonymised: true, ...out }, report };
}
