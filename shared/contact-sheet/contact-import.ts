import type { RowChange } from '../editing/change-set';
import type { Contact } from '../model';
import {
  ContactRowReader,
  ProblemList,
  describeImportProblem,
  type ContactDraft,
  type ContactSheetSettings,
  type StatedCost,
} from './contact-rows';
import { rowsBelowHeader, type SheetSource } from './sheet-source';

export const valueKey = (value: string): string => value.trim().toLowerCase().replace(/\s+/g, ' ');

/** Stated costs that name the same contact type, amount, unit, price year, source and bearer are one unit cost. */
export const statedCostKey = (contactType: string, cost: StatedCost): string =>
  JSON.stringify([
    valueKey(contactType),
    cost.amountPence,
    cost.unit,
    cost.priceYear,
    cost.source,
    cost.costBearer,
  ]);

/** The store's ids for the names a sheet uses, as the plan resolved them. Maps, so no name can reach an object's prototype. */
export interface ImportRefs {
  /** Case id by case name (valueKey). */
  cases: Map<string, string>;
  /** The case for rows that name none. */
  targetCaseId: string | null;
  agencies: Map<string, string>;
  /** The unit cost pricing each contact type (valueKey) on rows that state no cost; null leaves it uncosted. */
  contactTypes: Map<string, string | null>;
  /** The unit cost for each stated cost (statedCostKey). */
  statedCosts: Map<string, string>;
  /** Every case the import writes to, in a fixed order: a contact's id carries its case's place. */
  caseOrder: string[];
}

/**
 * One import, as a compact record instead of a million before- and after-images: what it read
 * (file, sheet, settings), what it created (cases, agencies, unit costs), how names map to ids,
 * and when. Reading the same file with it writes exactly the same contacts, so redo reads the
 * file again; every contact's id starts with the import's id and its case's place, so undo
 * finds them, case by case, by key range.
 */
export interface ContactImport {
  id: string;
  /** In the users' words, shown as "Undo import 200 contacts from extract.xlsx". */
  label: string;
  fileName: string;
  sheetIndex: number;
  settings: ContactSheetSettings;
  /** Sheet rows with problems that the user chose to leave out (saved to a file first); the rest are imported. */
  leaveOutRows?: number[];
  created: RowChange[];
  refs: ImportRefs;
  /** Every contact's createdAt and updatedAt. */
  now: string;
  contacts: number;
}

/** Ids are `import:case place:sheet row`, so one case's contacts from one import sit together in key order. */
export const importedContactId = (importId: string, casePlace: number, sheetRow: number): string =>
  `${importId}:${casePlace}:${sheetRow}`;

/** Every id of the import's contacts for one case lies in [lower, upper). */
export function importedCaseKeyRange(importId: string, casePlace: number): { lower: string; upper: string } {
  return { lower: `${importId}:${casePlace}:`, upper: `${importId}:${casePlace};` };
}

/** The ids a contact refers to; the import fills them from its refs, the check with stand-ins. */
export interface ContactRefs {
  id: string;
  caseId: string;
  agencyId: string;
  unitCostId: string | null;
  now: string;
}

export function contactOf(draft: ContactDraft, refs: ContactRefs): Contact {
  return {
    id: refs.id,
    caseId: refs.caseId,
    agencyId: refs.agencyId,
    contactType: draft.contactType,
    start: draft.start,
    end: draft.end,
    quantity: draft.quantity,
    outcome: draft.outcome,
    description: draft.description,
    missedOpportunity: draft.missedOpportunity,
    unitCostId: refs.unitCostId,
    costOverride: draft.costOverride,
    createdAt: refs.now,
    updatedAt: refs.now,
  };
}

/** Turns a checked row's draft into the contact the import writes for it. */
function importedContactMaker(record: ContactImport): (draft: ContactDraft) => Contact {
  const { refs } = record;
  const places = new Map(refs.caseOrder.map((caseId, place) => [caseId, place]));
  const missing = (draft: ContactDraft, what: string): never => {
    throw new Error(
      `row ${draft.sheetRow} reads differently from when it was checked (${what}); open the file again`,
    );
  };
  return (draft) => {
    const caseId = draft.caseName === null ? refs.targetCaseId : refs.cases.get(valueKey(draft.caseName));
    const place = caseId === null || caseId === undefined ? undefined : places.get(caseId);
    if (caseId === null || caseId === undefined || place === undefined) return missing(draft, 'its case');
    const agencyId = refs.agencies.get(valueKey(draft.agencyName)) ?? missing(draft, 'its agency');
    const unitCostId =
      draft.statedCost === null
        ? refs.contactTypes.get(valueKey(draft.contactType))
        : refs.statedCosts.get(statedCostKey(draft.contactType, draft.statedCost));
    if (unitCostId === undefined) return missing(draft, 'its contact type');
    return contactOf(draft, {
      id: importedContactId(record.id, place, draft.sheetRow),
      caseId,
      agencyId,
      unitCostId,
      now: record.now,
    });
  };
}

/**
 * The contacts an import writes, a batch at a time, read from the sheet again. A row that no
 * longer reads as it did when checked stops the import (the caller's transaction then writes nothing).
 */
export function* importedContacts(source: SheetSource, record: ContactImport): Generator<Contact[]> {
  const problems = new ProblemList();
  const { header, batches } = rowsBelowHeader(source, record.settings.headerRow);
  const reader = new ContactRowReader(source, header, record.settings, record.fileName, problems);
  const stopIfAnyProblem = () => {
    if (problems.listed.length > 0) throw new Error(describeImportProblem(problems.listed[0]));
  };
  stopIfAnyProblem();
  const make = importedContactMaker(record);
  const leaveOut = new Set(record.leaveOutRows ?? []);
  for (const { firstRow, rows } of batches) {
    const contacts: Contact[] = [];
    rows.forEach((cells, i) => {
      if (leaveOut.has(firstRow + i)) return;
      const draft = reader.read(cells, firstRow + i);
      stopIfAnyProblem();
      if (draft !== null) contacts.push(make(draft));
    });
    yield contacts;
  }
  reader.finish();
  stopIfAnyProblem();
}
