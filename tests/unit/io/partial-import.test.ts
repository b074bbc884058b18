import { describe, expect, it } from 'vitest';
import { defaultAgencies } from '../../../shared/editing/default-agencies';
import { importedContacts } from '../../../shared/contact-sheet/contact-import';
import type { ContactSheetSettings } from '../../../shared/contact-sheet/contact-rows';
import { planContactImport, type ImportLibrary } from '../../../shared/contact-sheet/import-plan';
import { problemRowsCsv } from '../../../shared/contact-sheet/problem-rows';
import { checkSheet } from '../../../shared/contact-sheet/sheet-check';
import { gridSource, type SheetSource } from '../../../shared/contact-sheet/sheet-source';
import { personA, T } from './person-a';

const theCase = personA;
const library: ImportLibrary = {
  cases: [theCase],
  agencies: defaultAgencies(),
  unitCosts: [],
  contactTypes: ['Arrest', 'Visit'],
};
const settings: ContactSheetSettings = {
  headerRow: 0,
  columns: ['date', 'end', 'agency', 'contactType', 'description'],
  dateOrder: 'day first',
};

function sheet(rows: string[][]): SheetSource {
  const header = ['Date', 'End date', 'Agency', 'Contact type', 'Description'];
  return gridSource({
    name: 'Sheet1',
    merges: [],
    date1904: false,
    rows: [header, ...rows].map((r) =>
      r.map((text) => (text === '' ? null : { kind: 'text' as const, text })),
    ),
  });
}

/** Sheet rows 3 and 5 have problems (a day that does not exist; an end before the start). */
const mixed = sheet([
  ['03/02/2019', '', 'Police', 'Arrest', 'first'],
  ['31/02/2019', '', 'Police', 'Arrest', 'no such day'],
  ['10/03/2019', '', 'Police', 'Visit', 'third'],
  ['12/03/2019', '01/03/2019', 'Police', 'Visit', 'ends before it starts'],
  ['20/04/2019', '', 'Police', 'Arrest', 'fifth'],
]);

let counter = 0;
const makeId = () => `id-${(counter += 1)}`;

describe('importing the good rows and leaving out the problem rows', () => {
  it('the check names the rows with problems when each problem is one row’s own', () => {
    const check = checkSheet(mixed, settings, 'x.csv');
    expect(check.problemCount).toBe(2);
    expect(check.contacts).toBe(3);
    expect(check.problemRows).toEqual([3, 5]);
  });

  it('offers no rows to leave out when a problem is the whole sheet’s (a mapping)', () => {
    const check = checkSheet(
      mixed,
      { ...settings, columns: ['date', 'end', 'agency', 'agency', 'description'] },
      'x.csv',
    );
    expect(check.problemCount).toBeGreaterThan(0);
    expect(check.problemRows).toBeNull();
  });

  it('writes the good rows only, and says in the summary and the undo label what was left out', () => {
    const check = checkSheet(mixed, settings, 'x.csv');
    const planned = planContactImport({
      check,
      leaveOutRows: check.problemRows ?? [],
      library,
      resolutions: { agencies: {}, contactTypes: {} },
      targetCaseId: 'case-1',
      fileName: 'x.csv',
      sheetName: 'Sheet1',
      sheetIndex: 0,
      settings,
      now: T,
      makeId,
    });
    if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
    expect(planned.summary.contacts).toBe(3);
    expect(planned.summary.leftOutRows).toEqual([3, 5]);
    expect(planned.record.label).toBe('import 3 contacts from x.csv (2 problem rows left out)');
    const written = [...importedContacts(mixed, planned.record)].flat();
    expect(written.map((c) => c.description)).toEqual(['first', 'third', 'fifth']);
  });

  it('without the choice, a row with a problem still stops the whole import', () => {
    const check = checkSheet(mixed, settings, 'x.csv');
    const planned = planContactImport({
      check,
      library,
      resolutions: { agencies: {}, contactTypes: {} },
      targetCaseId: 'case-1',
      fileName: 'x.csv',
      sheetName: 'Sheet1',
      sheetIndex: 0,
      settings,
      now: T,
      makeId,
    });
    if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
    expect(() => [...importedContacts(mixed, planned.record)]).toThrow(/row 3/);
  });

  it('the problem-rows file holds exactly the rows left out, with their problems', () => {
    const check = checkSheet(mixed, settings, 'x.csv');
    const csv = problemRowsCsv(mixed, 0, check.problems);
    expect(csv).toContain('no such day');
    expect(csv).toContain('ends before it starts');
    expect(csv).not.toContain('first');
    expect(csv).not.toContain('fifth');
  });
});
