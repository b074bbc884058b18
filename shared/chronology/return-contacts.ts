import { valueKey } from '../contact-sheet/contact-import';
import {
  Agency,
  ChronologyReturn,
  Contact,
  ContactProvenance,
  paletteColour,
  type LocalDate,
} from '../model';
import type { ReturnEntry } from './return-rows';
import type { ReturnTable } from './return-tables';

export interface ReturnToAdd {
  fileName: string;
  table: ReturnTable;
  entries: ReturnEntry[];
  /** The agency that sent the return (its labelled line, its Agency column, or as the analyst named it). */
  agency: string;
  receivedOn: LocalDate;
}

export interface ReturnContacts {
  chronologyReturn: ChronologyReturn;
  contacts: Contact[];
  provenance: ContactProvenance[];
  /** Lanes made for agencies the library did not have (sector Other, for the analyst to set). */
  newAgencies: Agency[];
}

/** A contact's id is its return's and its row's, so adding the same return again writes the same contacts. */
export const returnContactId = (returnId: string, row: number) => `${returnId}:${row}`;

/** The agency a return came from: its labelled line, else the name the analyst gave the file, else the agency most of its rows name. */
export function returnAgency(
  table: ReturnTable,
  entries: ReturnEntry[],
  named: string | null,
): string | null {
  if (table.agencyLine !== null) return table.agencyLine;
  if (named !== null && named.trim() !== '') return named.trim();
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.agency, (counts.get(e.agency) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** The contacts, provenance and any new lanes one return adds to a case. Pure: the caller writes them as one step. */
export function returnContacts(input: {
  caseId: string;
  returnId: string;
  toAdd: ReturnToAdd;
  agencies: readonly Agency[];
  now: string;
  makeId: () => string;
}): ReturnContacts {
  const { toAdd, caseId, returnId, now } = input;
  const byName = new Map(input.agencies.map((a) => [valueKey(a.name), a]));
  const newAgencies: Agency[] = [];
  let nextLane = Math.max(-1, ...input.agencies.map((a) => a.laneOrder)) + 1;
  const agencyId = (name: string): string => {
    const known = byName.get(valueKey(name));
    if (known !== undefined) return known.id;
    const agency = Agency.parse({
      id: input.makeId(),
      name,
      sector: 'Other',
      colour: paletteColour(nextLane),
      laneOrder: nextLane++,
      hidden: false,
    });
    byName.set(valueKey(name), agency);
    newAgencies.push(agency);
    return agency.id;
  };
  const contacts = toAdd.entries.map((e) =>
    Contact.parse({
      id: returnContactId(returnId, e.row),
      caseId,
      agencyId: agencyId(e.agency),
      contactType: e.contactType,
      start: e.start,
      outcome: e.outcome,
      description: e.event,
      createdAt: now,
      updatedAt: now,
    }),
  );
  const provenance = toAdd.entries.map((e) =>
    ContactProvenance.parse({
      contactId: returnContactId(returnId, e.row),
      caseId,
      returnId,
      table: toAdd.table.name,
      row: e.row,
      sourceRef: e.sourceRef,
      analysis: e.analysis,
    }),
  );
  const chronologyReturn = ChronologyReturn.parse({
    id: returnId,
    caseId,
    agency: toAdd.agency,
    receivedOn: toAdd.receivedOn,
    fileName: toAdd.fileName,
    table: toAdd.table.name,
    rowCount: toAdd.table.rows.length,
    addedAt: now,
  });
  return { chronologyReturn, contacts, provenance, newAgencies };
}
