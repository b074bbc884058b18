import { importedContacts, valueKey, type ContactImport } from '../../../shared/contact-sheet/contact-import';
import type { ContactSheetSettings } from '../../../shared/contact-sheet/contact-rows';
import { delimitedSheet } from '../../../shared/contact-sheet/delimited-sheet';
import {
  findUnknownValues,
  planContactImport,
  type ImportLibrary,
} from '../../../shared/contact-sheet/import-plan';
import { checkSheet } from '../../../shared/contact-sheet/sheet-check';
import type { SheetSource } from '../../../shared/contact-sheet/sheet-source';
import { undoContactImport, writeContactImport } from '../../../renderer/store/contact-import-store';
import type { JourneyDatabase } from '../../../renderer/store/journey-database';
import type { UndoStep } from '../../../renderer/store/undo-history';

/** The csv columns these tests write: case, date, agency, contact type, quantity, missed opportunity, category. */
export const SHEET_HEADER = 'Case,Date,Agency,Contact type,Quantity,Missed opportunity,Category';
const SETTINGS: ContactSheetSettings = {
  headerRow: 0,
  columns: ['case', 'date', 'agency', 'contactType', 'quantity', 'missedOpportunity', 'category'],
  dateOrder: 'day first',
};

export async function libraryOf(db: JourneyDatabase): Promise<ImportLibrary> {
  return {
    cases: await db.cases.toArray(),
    agencies: await db.agencies.toArray(),
    unitCosts: await db.unitCosts.toArray(),
    contactTypes: (await db.contacts.orderBy('contactType').uniqueKeys()).map(String),
  };
}

/** Checks and plans a csv as the import screen does, creating every unknown agency and contact type. */
export function planCsvImport(
  csv: string,
  library: ImportLibrary,
  now = '2024-01-01T00:00:00.000Z',
): { source: SheetSource; record: ContactImport } {
  const source = delimitedSheet(csv);
  const check = checkSheet(source, SETTINGS, 'extract.csv');
  if (check.problemCount > 0) throw new Error(JSON.stringify(check.problems.slice(0, 3)));
  const unknown = findUnknownValues(check.names, library);
  const resolutions = {
    agencies: Object.fromEntries(
      unknown.agencies.map((a) => [
        valueKey(a.value),
        { kind: 'new' as const, sector: 'Third sector' as const },
      ]),
    ),
    contactTypes: Object.fromEntries(
      unknown.contactTypes.map((t) => [valueKey(t.value), { kind: 'new' as const }]),
    ),
  };
  const plan = planContactImport({
    check,
    library,
    resolutions,
    targetCaseId: null,
    fileName: 'extract.csv',
    sheetName: source.name,
    sheetIndex: 0,
    settings: SETTINGS,
    now,
  });
  if (!plan.ok) throw new Error(JSON.stringify(plan.problems.slice(0, 3)));
  return { source, record: plan.record };
}

/** The app's import step (contact-import-step.ts) without its worker: undone from the record, redone by reading the sheet again. */
export function importStep(db: JourneyDatabase, source: SheetSource, record: ContactImport): UndoStep {
  return {
    label: record.label,
    undo: () => undoContactImport(db, record),
    redo: () => writeContactImport(db, record, importedContacts(source, record)),
  };
}
