import { describe, expect, it } from 'vitest';
import { defaultAgencies } from '../../../shared/editing/default-agencies';
import { importedContacts } from '../../../shared/contact-sheet/contact-import';
import type { ContactSheetSettings } from '../../../shared/contact-sheet/contact-rows';
import {
  findUnknownValues,
  planContactImport,
  type ImportLibrary,
  type ValueResolutions,
} from '../../../shared/contact-sheet/import-plan';
import { checkSheet } from '../../../shared/contact-sheet/sheet-check';
import { gridSource } from '../../../shared/contact-sheet/sheet-source';
import type { Case, UnitCost } from '../../../shared/model';

const T = '2024-01-01T00:00:00.000Z';
const NAME = 'Adult social worker time (with qualification costs)';
const entry = (
  id: string,
  amountPence: number,
  priceYear: UnitCost['priceYear'],
  source: string,
): UnitCost => ({
  id,
  name: NAME,
  costBearer: 'Local authority adult social care',
  unit: 'hour',
  amountPence,
  priceYear,
  source,
  confidence: 4,
  notes: '',
  retired: false,
});
const pssru = entry('uc-pssru', 5800, '2023/24', 'PSSRU Unit Costs of Health and Social Care 2024');
const gmca = entry('uc-gmca', 5878, '2015/16', 'GMCA / New Economy Unit Cost Database v1.4');
const person: Case = {
  id: 'case-1',
  pseudonym: 'Person A',
  knownNames: [],
  designatedLead: '',
  status: 'open',
  riskGrade: 'not graded',
  notes: '',
  dateOfBirth: null,
  interventionDate: null,
  createdAt: T,
  updatedAt: T,
};
const settings: ContactSheetSettings = {
  headerRow: 0,
  columns: ['date', 'agency', 'contactType', 'quantity'],
  dateOrder: 'day first',
};
const source = gridSource({
  name: 'Sheet1',
  merges: [],
  date1904: false,
  // Per-hour entries with no times: each row states its hours, as an import must.
  rows: [
    ['Date', 'Agency', 'Contact type', 'Quantity'],
    ['03/02/2019', 'Adult social care', NAME, '2'],
    ['04/02/2019', 'Adult social care', 'adult social worker time  (with qualification costs)', '1.5'],
  ].map((r) => r.map((text) => ({ kind: 'text' as const, text }))),
});

function plan(library: ImportLibrary, resolutions: ValueResolutions) {
  const check = checkSheet(source, settings, 'x.csv');
  let counter = 0;
  return {
    check,
    planned: planContactImport({
      check,
      library,
      resolutions,
      targetCaseId: 'case-1',
      fileName: 'x.csv',
      sheetName: 'Sheet1',
      sheetIndex: 0,
      settings,
      now: T,
      makeId: () => `id-${(counter += 1)}`,
    }),
  };
}

describe('a sheet contact type that two library entries are named', () => {
  const library: ImportLibrary = {
    cases: [person],
    agencies: defaultAgencies(),
    unitCosts: [pssru, gmca],
    contactTypes: [NAME],
  };

  it('is asked about, even when contacts already use the name, never priced by whichever entry came last', () => {
    const { check } = plan(library, { agencies: {}, contactTypes: {} });
    expect(findUnknownValues(check.names, library).contactTypes).toEqual([
      { value: NAME, rows: 2, firstRow: 2 },
    ]);
  });

  it('is refused, located, until the user decides', () => {
    const { planned } = plan(library, { agencies: {}, contactTypes: {} });
    expect(planned.ok).toBe(false);
    if (planned.ok) return;
    expect(planned.problems[0]).toMatchObject({ row: 2, value: NAME });
    expect(planned.problems[0].reason).toContain('more than one unit cost');
  });

  it('is priced by the entry the user chose', () => {
    const { planned } = plan(library, {
      agencies: {},
      contactTypes: { [NAME.toLowerCase()]: { kind: 'unit cost', unitCostId: 'uc-gmca' } },
    });
    if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
    expect([...importedContacts(source, planned.record)].flat().map((c) => c.unitCostId)).toEqual([
      'uc-gmca',
      'uc-gmca',
    ]);
  });

  it('a name one entry has still prices at once', () => {
    const single: ImportLibrary = { ...library, unitCosts: [pssru] };
    const { check, planned } = plan(single, { agencies: {}, contactTypes: {} });
    expect(findUnknownValues(check.names, single).contactTypes).toEqual([]);
    if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
    expect([...importedContacts(source, planned.record)].flat().map((c) => c.unitCostId)).toEqual([
      'uc-pssru',
      'uc-pssru',
    ]);
  });
});
