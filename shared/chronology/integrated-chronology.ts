import type { ProjectFile } from '../project/project-file';
import {
  earliestDay,
  formatDateAsWritten,
  formatUkDate,
  fromDayNumber,
  latestDay,
  type Case,
  type ChronologyReturn,
} from '../model';
import { DEFAULT_GAP_DAYS, findGaps, type Gap } from './gaps';

/** One row of the integrated chronology: a contact, or a gap in which no agency had contact. */
export type ChronologyRow =
  | {
      kind: 'contact';
      contactId: string;
      /** As the analyst would write it: 03/02/2019, or 03/02/2019 23:10 when a time was recorded. */
      date: string;
      agency: string;
      whatHappened: string;
      actionOrOutcome: string;
      /** Which return and row it came from, and the agency's record reference. */
      source: string;
      missedOpportunity: string;
    }
  | { kind: 'gap'; gap: Gap; text: string };

export interface IntegratedChronology {
  pseudonym: string;
  /** First and last contact, dd/mm/yyyy, or null with no contacts. */
  period: { from: string; to: string } | null;
  returns: ChronologyReturn[];
  anonymised: boolean;
  rows: ChronologyRow[];
}

export const CHRONOLOGY_HEADERS = [
  'Date',
  'Agency',
  'What happened',
  'Action / outcome',
  'Source',
  'Missed opportunity',
] as const;

export function gapText(gap: Gap): string {
  return `No contact with any agency for ${gap.days} days, from ${formatUkDate(gap.from)} to ${formatUkDate(gap.to)}`;
}

/**
 * One case's contacts in date order, each with its source, and the periods longer than
 * `gapDays` with no agency contact as rows of their own where they fall: the integrated
 * chronology a review's report writer works from.
 */
export function integratedChronology(
  project: ProjectFile,
  theCase: Case,
  gapDays = DEFAULT_GAP_DAYS,
): IntegratedChronology {
  const agencies = new Map(project.agencies.map((a) => [a.id, a.name]));
  const returns = (project.chronologyReturns ?? [])
    .filter((r) => r.caseId === theCase.id)
    .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.agency.localeCompare(b.agency));
  const returnsById = new Map(returns.map((r) => [r.id, r]));
  const provenance = new Map<string, string[]>();
  for (const p of project.contactProvenance ?? []) {
    const from = returnsById.get(p.returnId);
    if (from === undefined) continue;
    const cited = `${from.agency} return (${from.fileName}), ${from.table} row ${p.row}${p.sourceRef === '' ? '' : `; ref ${p.sourceRef}`}`;
    provenance.set(p.contactId, [...(provenance.get(p.contactId) ?? []), cited]);
  }
  const contacts = project.contacts
    .filter((c) => c.caseId === theCase.id)
    .sort((a, b) => earliestDay(a.start) - earliestDay(b.start) || a.id.localeCompare(b.id));
  const gaps = findGaps(
    contacts.map((c) => ({ start: c.start, end: c.end, agency: '' })),
    gapDays,
  );
  const rows: ChronologyRow[] = [];
  let nextGap = 0;
  for (const c of contacts) {
    while (nextGap < gaps.length && gaps[nextGap].to <= fromDayNumber(Math.floor(earliestDay(c.start)))) {
      rows.push({ kind: 'gap', gap: gaps[nextGap], text: gapText(gaps[nextGap]) });
      nextGap += 1;
    }
    rows.push({
      kind: 'contact',
      contactId: c.id,
      date: formatDateAsWritten(c.start),
      agency: agencies.get(c.agencyId) ?? '',
      whatHappened: c.description === '' ? c.contactType : c.description,
      actionOrOutcome: c.outcome,
      source: (provenance.get(c.id) ?? []).join('\n'),
      missedOpportunity:
        c.missedOpportunity === null
          ? ''
          : `Yes: ${c.missedOpportunity.category}${c.missedOpportunity.note === '' ? '' : ` (${c.missedOpportunity.note})`}`,
    });
  }
  const first = contacts[0];
  const lastDay = contacts.reduce((latest, c) => Math.max(latest, latestDay(c.end ?? c.start)), -Infinity);
  return {
    pseudonym: theCase.pseudonym,
    period:
      first === undefined
        ? null
        : {
            from: formatUkDate(fromDayNumber(Math.floor(earliestDay(first.start)))),
            to: formatUkDate(fromDayNumber(Math.floor(lastDay))),
          },
    returns,
    anonymised: project.anonymised,
    rows,
  };
}

/** A row as the six cells of the table, for the workbook sheet and the Word table alike. */
export function chronologyCells(row: ChronologyRow): string[] {
  return row.kind === 'gap'
    ? [`${formatUkDate(row.gap.from)} to ${formatUkDate(row.gap.to)}`, '', row.text, '', '', '']
    : [row.date, row.agency, row.whatHappened, row.actionOrOutcome, row.source, row.missedOpportunity];
}
