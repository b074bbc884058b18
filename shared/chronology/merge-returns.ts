import { defaultAgencies } from '../editing/default-agencies';
import { columnLetter } from '../contact-sheet/sheet-grid';
import type { ProjectFile } from '../project/project-file';
import { Case, newId, type Agency, type Contact, type LocalDate } from '../model';
import { findDuplicateCandidates, type DuplicateCandidate } from './duplicates';
import { CHRONOLOGY_CONTACT_TYPE } from './return-rows';
import { findAgencyGaps, findGaps, type AgencyGap, type Gap } from './gaps';
import { RETURN_FIELD_LABELS, suggestReturnMapping } from './return-columns';
import { returnAgency, returnContacts } from './return-contacts';
import type { ReturnProblem } from './return-problems';
import { readReturnEntries } from './return-rows';
import { openReturn } from './return-tables';

export interface ReturnFile {
  fileName: string;
  bytes: Uint8Array;
  /** The agency the analyst named for the file, used when the return names none. */
  agency: string | null;
  receivedOn: LocalDate;
}

export interface MergeSummary {
  contacts: number;
  returns: Array<{ file: string; agency: string; rows: number }>;
  duplicates: Array<{
    a: { file: string; row: number };
    b: { file: string; row: number };
    score: number;
    reason: string;
  }>;
  gaps: Gap[];
  agencyGaps: AgencyGap[];
}

export type MergedProject = Omit<ProjectFile, 'type' | 'version' | 'source'>;

export type MergeResult =
  | {
      ok: true;
      project: MergedProject;
      summary: MergeSummary;
      candidates: DuplicateCandidate[];
      readAs: string[];
    }
  | { ok: false; problems: ReturnProblem[] };

/** What two records of one event are compared by: the contact type (unless the return gave none), what happened and what was done. */
export const comparedText = (c: Pick<Contact, 'contactType' | 'description' | 'outcome'>) =>
  [c.contactType === CHRONOLOGY_CONTACT_TYPE ? '' : c.contactType, c.description, c.outcome]
    .filter((t) => t !== '')
    .join('. ');

/**
 * Several agencies' returns into one case, with the mapping each table's headers suggest: every
 * return read and checked first, and nothing made unless all of them read cleanly. Duplicate
 * candidates are listed, never merged: that is the analyst's decision.
 */
export function mergeReturns(
  files: ReturnFile[],
  options: { caseName: string; now: string; makeId?: () => string },
): MergeResult {
  const makeId = options.makeId ?? newId;
  const theCase = Case.parse({
    id: makeId(),
    pseudonym: options.caseName,
    createdAt: options.now,
    updatedAt: options.now,
  });
  const problems: ReturnProblem[] = [];
  const readAs: string[] = [];
  let agencies: Agency[] = defaultAgencies();
  const project: MergedProject = {
    exportedAt: options.now,
    anonymised: false,
    cases: [theCase],
    agencies: [],
    contacts: [],
    unitCosts: [],
    links: [],
    lifeEvents: [],
    missedOpportunityCategories: [],
    chronologyReturns: [],
    contactProvenance: [],
  };
  const fileOf = new Map<string, string>();
  const rowOf = new Map<string, number>();
  const returns: MergeSummary['returns'] = [];
  for (const file of files) {
    const read = openReturn(file.bytes, file.fileName);
    if (!read.ok) {
      problems.push(...read.problems);
      continue;
    }
    const table = read.tables[read.suggested];
    const mapping = suggestReturnMapping(table.header);
    readAs.push(
      `${file.fileName}, ${table.name}, header row ${table.headerRow}; columns: ${mapping.flatMap((f, i) => (f === null ? [] : [`${columnLetter(i)} ${table.header[i]} → ${RETURN_FIELD_LABELS[f]}`])).join('; ')}${table.leftOut.length === 0 ? '' : `; left out: ${table.leftOut.join(', ')}`}`,
    );
    const { entries, problems: rowProblems } = readReturnEntries(file.fileName, table, mapping, file.agency);
    problems.push(...rowProblems);
    const agency = returnAgency(table, entries, file.agency);
    if (rowProblems.length > 0 || agency === null) continue;
    const made = returnContacts({
      caseId: theCase.id,
      returnId: makeId(),
      toAdd: { fileName: file.fileName, table, entries, agency, receivedOn: file.receivedOn },
      agencies,
      now: options.now,
      makeId,
    });
    agencies = [...agencies, ...made.newAgencies];
    project.contacts.push(...made.contacts);
    project.chronologyReturns?.push(made.chronologyReturn);
    project.contactProvenance?.push(...made.provenance);
    for (const p of made.provenance) {
      fileOf.set(p.contactId, file.fileName);
      rowOf.set(p.contactId, p.row);
    }
    returns.push({ file: file.fileName, agency, rows: made.chronologyReturn.rowCount });
  }
  if (problems.length > 0) return { ok: false, problems };
  const used = new Set(project.contacts.map((c) => c.agencyId));
  project.agencies = agencies.filter((a) => used.has(a.id));
  const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
  const returnOf = new Map((project.contactProvenance ?? []).map((p) => [p.contactId, p.returnId]));
  const dated = project.contacts.map((c) => ({
    start: c.start,
    end: c.end,
    agency: agencyName.get(c.agencyId) ?? '',
  }));
  const candidates = findDuplicateCandidates(
    project.contacts.map((c) => ({
      contactId: c.id,
      returnId: returnOf.get(c.id) ?? '',
      start: c.start,
      end: c.end,
      agency: agencyName.get(c.agencyId) ?? '',
      text: comparedText(c),
    })),
  );
  const at = (id: string) => ({ file: fileOf.get(id) ?? '', row: rowOf.get(id) ?? 0 });
  return {
    ok: true,
    project,
    candidates,
    readAs,
    summary: {
      contacts: project.contacts.length,
      returns,
      duplicates: candidates.map((c) => ({ a: at(c.a), b: at(c.b), score: c.score, reason: c.reason })),
      gaps: findGaps(dated),
      agencyGaps: findAgencyGaps(dated),
    },
  };
}
