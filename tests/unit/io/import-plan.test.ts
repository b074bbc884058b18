import { describe, expect, it } from 'vitest';
import { defaultAgencies } from '../../../shared/editing/default-agencies';
import { importedContacts } from '../../../shared/contact-sheet/contact-import';
import { describeImportProblem, type ContactSheetSettings } from '../../../shared/contact-sheet/contact-rows';
import {
  findUnknownValues,
  planContactImport,
  type ImportLibrary,
  type ValueResolutions,
} from '../../../shared/contact-sheet/import-plan';
import { checkSheet } from '../../../shared/contact-sheet/sheet-check';
import { gridSource, type SheetSource } from '../../../shared/contact-sheet/sheet-source';
import type { UnitCost } from '../../../shared/model';
import { personA, T } from './person-a';

const existingCase = personA;
const arrest: UnitCost = {
  id: 'uc-arrest',
  name: 'Arrest and detain',
  costBearer: 'Police',
  unit: 'contact',
  amountPence: 71900,
  priceYear: 'unknown',
  source: 'Safe Space',
  confidence: 3,
  notes: '',
  retired: false,
};
const library: ImportLibrary = {
  cases: [existingCase],
  agencies: defaultAgencies(),
  unitCosts: [arrest],
  contactTypes: ['Welfare check'],
};
const settings: ContactSheetSettings = {
  headerRow: 0,
  columns: [
    'case',
    'date',
    'end',
    'agency',
    'contactType',
    'unitCost',
    'unit',
    'priceYear',
    'costBearer',
    'source',
  ],
  dateOrder: 'day first',
};
const HEADERS = [
  'Case',
  'Date',
  'End date',
  'Agency',
  'Contact type',
  'Unit cost',
  'Unit',
  'Price year',
  'Cost bearer',
  'Source',
];

/** A sheet of rows below the header: case, date, end, agency, contact type, then a stated cost if any. */
function sheet(rows: string[][]): SheetSource {
  return gridSource({
    name: 'Sheet1',
    merges: [],
    date1904: false,
    rows: [HEADERS, ...rows].map((r) =>
      r.map((text) => (text === '' ? null : { kind: 'text' as const, text })),
    ),
  });
}

let counter = 0;
const makeId = () => `id-${(counter += 1)}`;

function plan(source: SheetSource, resolutions: ValueResolutions, targetCaseId: string | null = 'case-1') {
  const check = checkSheet(source, settings, 'x.csv');
  expect(check.problems).toEqual([]);
  return planContactImport({
    check,
    library,
    resolutions,
    targetCaseId,
    fileName: 'x.csv',
    sheetName: 'Sheet1',
    sheetIndex: 0,
    settings,
    now: T,
    makeId,
  });
}

describe('import plan', () => {
  it('lists each unknown agency and contact type once, with how many rows use it and the first', () => {
    const check = checkSheet(
      sheet([
        ['', '03/02/2019', '', 'Outreach team', 'Arrest and detain'],
        ['', '03/02/2019', '', 'outreach  TEAM', 'Street visit'],
        ['', '03/02/2019', '', 'Police', 'welfare check'],
      ]),
      settings,
      'x.csv',
    );
    expect(findUnknownValues(check.names, library)).toEqual({
      agencies: [{ value: 'Outreach team', rows: 2, firstRow: 2 }],
      contactTypes: [
        { value: 'Street visit', rows: 1, firstRow: 3, withoutHours: { row: 3, column: 'E (Contact type)' } },
      ],
    });
  });

  it('creates the cases, agencies and unit costs the sheet needs, and maps every row to its contact', () => {
    const hostel = ['35.00', 'night', '2019/20', 'Housing', 'Council'];
    const source = sheet([
      ['', '03/02/2019', '', 'Outreach team', 'Street visit'],
      ['Person B', '03/02/2019', '', 'Police', 'Arrest and detain'],
      ['', '03/02/2019', '10/02/2019', 'Police', 'Hostel night', ...hostel],
      ['', '04/02/2019', '', 'Police', 'Hostel night', ...hostel],
    ]);
    const planned = plan(source, {
      agencies: { 'outreach team': { kind: 'new', sector: 'Third sector' } },
      contactTypes: { 'street visit': { kind: 'new' } },
    });
    if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
    expect(planned.summary).toEqual({
      contacts: 4,
      leftOutRows: [],
      cases: [
        { pseudonym: 'Person A', isNew: false, contacts: 3 },
        { pseudonym: 'Person B', isNew: true, contacts: 1 },
      ],
      newAgencies: ['Outreach team'],
      newUnitCosts: ['Hostel night (2019/20)'],
      newContactTypes: ['Street visit'],
    });
    const { record } = planned;
    expect(record.label).toBe('import 4 contacts from x.csv');
    expect(record.created.map((c) => c.table)).toEqual(['cases', 'agencies', 'unitCosts']);
    const contacts = [...importedContacts(source, record)].flat();
    expect(contacts.map((c) => c.id)).toEqual([
      `${record.id}:0:2`,
      `${record.id}:1:3`,
      `${record.id}:0:4`,
      `${record.id}:0:5`,
    ]);
    expect(contacts.map((c) => c.caseId)).toEqual(['case-1', record.created[0].key, 'case-1', 'case-1']);
    expect(contacts[0].agencyId).toBe(record.created[1].key);
    expect(contacts[0].unitCostId).toBeNull();
    expect(contacts[1].unitCostId).toBe('uc-arrest');
    expect(contacts[2].unitCostId).toBe(record.created[2].key);
    expect(contacts[3].unitCostId).toBe(contacts[2].unitCostId);
    expect(contacts.every((c) => c.createdAt === T && c.updatedAt === T)).toBe(true);
  });

  it('writes exactly the same contacts each time the same file is read with the same record', () => {
    const source = sheet([
      ['Person C', '03/02/2019', '', 'Police', 'Arrest and detain'],
      ['', '05/02/2019', '', 'Police', 'Welfare check'],
    ]);
    const planned = plan(source, { agencies: {}, contactTypes: {} });
    if (!planned.ok) throw new Error('refused');
    expect([...importedContacts(source, planned.record)].flat()).toEqual(
      [...importedContacts(source, planned.record)].flat(),
    );
  });

  it('refuses what has no case or an unresolved value, at the first row using it', () => {
    const planned = plan(
      sheet([
        ['', '03/02/2019', '', 'Nobody', 'Arrest and detain'],
        ['', '04/02/2019', '', 'Police', 'Arrest and detain'],
      ]),
      { agencies: {}, contactTypes: {} },
      null,
    );
    expect(planned.ok).toBe(false);
    if (planned.ok) return;
    expect(planned.problems.map((p) => `${p.row} ${p.value} ${p.reason}`)).toEqual([
      '2  names no case, nor do 1 more row; map a Case column, or import into an open case',
      '2 Nobody is an agency the library does not know; map it to an agency or create it',
    ]);
  });

  it('reads a value named like an object property as a value, never as a decision', () => {
    const planned = plan(sheet([['constructor', '03/02/2019', '', '__proto__', 'Constructor']]), {
      agencies: {},
      contactTypes: {},
    });
    expect(planned.ok).toBe(false);
    if (planned.ok) return;
    expect(planned.problems.map((p) => p.value)).toEqual(['__proto__', 'Constructor']);
  });

  it('stops the write when the file no longer reads as it did when checked', () => {
    const planned = plan(sheet([['', '03/02/2019', '', 'Police', 'Arrest and detain']]), {
      agencies: {},
      contactTypes: {},
    });
    if (!planned.ok) throw new Error('refused');
    const changed = sheet([['', '31/02/2019', '', 'Police', 'Arrest and detain']]);
    expect(() => [...importedContacts(changed, planned.record)]).toThrow(
      'row 2, column B (Date): "31/02/2019" is not a real date (day 31, month 2)',
    );
    const otherAgency = sheet([['', '03/02/2019', '', 'Housing', 'Arrest and detain']]);
    expect(() => [...importedContacts(otherAgency, planned.record)]).toThrow(
      'row 2 reads differently from when it was checked (its agency)',
    );
  });

  it('refuses a row costed per hour with no times and no quantity, by file, sheet, row and column: enter the hours', () => {
    const officer: UnitCost = {
      ...arrest,
      id: 'uc-officer',
      name: 'Officer time',
      unit: 'hour',
      amountPence: 3038,
    };
    const withOfficer = { ...library, unitCosts: [arrest, officer] };
    const source = sheet([
      ['', '03/02/2019 10:00', '03/02/2019 13:00', 'Police', 'Officer time'],
      ['', '04/02/2019', '05/02/2019', 'Police', 'officer time'],
      ['', '04/02/2019', '', 'Police', 'Arrest and detain'],
    ]);
    const check = checkSheet(source, settings, 'x.csv');
    expect(check.problems).toEqual([]);
    const planned = planContactImport({
      check,
      library: withOfficer,
      resolutions: { agencies: {}, contactTypes: {} },
      targetCaseId: 'case-1',
      fileName: 'x.csv',
      sheetName: 'Sheet1',
      sheetIndex: 0,
      settings,
      now: T,
      makeId,
    });
    expect(planned.ok).toBe(false);
    if (planned.ok) return;
    expect(planned.problems.map(describeImportProblem)).toEqual([
      'x.csv, sheet "Sheet1", row 3, column E (Contact type): Officer time is costed per hour, but this row has no start and end times and no quantity: enter the hours (a quantity, or a time on both dates)',
    ]);
    // The same contact type mapped to the per-hour cost by the user is refused too.
    const mapped = sheet([['', '04/02/2019', '', 'Police', 'PC time']]);
    const mappedCheck = checkSheet(mapped, settings, 'x.csv');
    const refused = planContactImport({
      check: mappedCheck,
      library: withOfficer,
      resolutions: {
        agencies: {},
        contactTypes: { 'pc time': { kind: 'unit cost', unitCostId: 'uc-officer' } },
      },
      targetCaseId: 'case-1',
      fileName: 'x.csv',
      sheetName: 'Sheet1',
      sheetIndex: 0,
      settings,
      now: T,
      makeId,
    });
    expect(refused.ok).toBe(false);
  });

  it('refuses a row that states its own per-hour cost with no times and no quantity, at its Unit column', () => {
    const check = checkSheet(
      sheet([
        ['', '04/02/2019', '', 'Police', 'Officer time', '30.38', 'hour', '2019/20', 'Police', 'Local'],
      ]),
      settings,
      'x.csv',
    );
    expect(check.problems.map(describeImportProblem)).toEqual([
      'x.csv, sheet "Sheet1", row 2, column G (Unit): "hour" is per hour, but the row has no start and end times and no quantity: enter the hours (a quantity, or a time on both dates)',
    ]);
    const timed = checkSheet(
      sheet([
        [
          '',
          '04/02/2019 09:00',
          '04/02/2019 12:00',
          'Police',
          'Officer time',
          '30.38',
          'hour',
          '2019/20',
          'Police',
          'Local',
        ],
      ]),
      settings,
      'x.csv',
    );
    expect(timed.problems).toEqual([]);
  });
});
