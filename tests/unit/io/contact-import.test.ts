import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeImportProblem } from '../../../shared/contact-sheet/contact-rows';
import { fromExcelSerial, readDateCell } from '../../../shared/contact-sheet/cell-values';
import { proposeSetup, templateFrom } from '../../../shared/contact-sheet/mapping-template';
import { openContactFile } from '../../../shared/contact-sheet/open-contact-file';
import { problemRowsCsv } from '../../../shared/contact-sheet/problem-rows';
import { checkSheet } from '../../../shared/contact-sheet/sheet-check';
import type { SheetGrid } from '../../../shared/contact-sheet/sheet-grid';
import { gridSource, previewOf, type SheetSource } from '../../../shared/contact-sheet/sheet-source';

const corpus = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/bad-files/${name}`));

function checkFirstSheet(source: SheetSource, name: string) {
  return checkSheet(source, proposeSetup(previewOf(source), []), name);
}

function importProblems(name: string): string[] {
  const opened = openContactFile(corpus(name), name);
  if (!opened.ok) return opened.problems.map(describeImportProblem);
  return checkFirstSheet(opened.sheets[0], name).problems.map(describeImportProblem);
}

describe('the bad-file corpus', () => {
  it.each([
    ['zero-bytes.xlsx', 'zero-bytes.xlsx, sheet "-": the file is empty (0 bytes)'],
    [
      'picture-renamed.xlsx',
      'picture-renamed.xlsx, sheet "-": is not a spreadsheet that can be read (xlsx, xls, ods or csv), or is password-protected',
    ],
    ['empty-sheet.xlsx', 'empty-sheet.xlsx, sheet "Contacts": the sheet is empty'],
    [
      'wrong-types.csv',
      'wrong-types.csv, sheet "Sheet1", row 3, column B (Date): "next tuesday" is not a date: write a day (dd/mm/yyyy), a month (Oct 2018, 10/2018, 2018-10), a quarter or season (Q3 2019, Spring 2019), a year (2017) or a range (Oct-Dec 2019, between 03/2019 and 06/2019), any of them marked approximate (c. 2016)',
    ],
    [
      'wrong-types.csv',
      'wrong-types.csv, sheet "Sheet1", row 3, column F (Quantity): "three" is not a number',
    ],
    [
      'wrong-types.csv',
      'wrong-types.csv, sheet "Sheet1", row 3, column I (Missed opportunity): "maybe" is not yes or no (Y/N, true/false; blank is no)',
    ],
    [
      'duplicate-headers.csv',
      'duplicate-headers.csv, sheet "Sheet1", row 1, column L (Date): "Date" is mapped to Date, as is column B (Date); map one of them to something else',
    ],
    [
      'huge-text.csv',
      `huge-text.csv, sheet "Sheet1", row 2, column H (Description): "${'x'.repeat(57)}..." is 25,000 characters; Description takes at most 20,000`,
    ],
    [
      'us-dates.csv',
      'us-dates.csv, sheet "Sheet1", column B (Date): "12/25/2019" these dates can only be month first (US order); choose "month first" as the date order, or correct them',
    ],
    [
      'merged-cells.xlsx',
      'merged-cells.xlsx, sheet "Contacts": "A2:A3" these cells are merged; unmerge them so every row holds its own values',
    ],
    [
      'formula-cells.xlsx',
      'formula-cells.xlsx, sheet "Contacts", row 3, column B (Date): "43500" is a formula (=B2+1); paste the values instead',
    ],
    [
      'date-1900-leap-bug.xlsx',
      'date-1900-leap-bug.xlsx, sheet "Contacts", row 2, column B (Date): "60" 29/02/1900 does not exist (a spreadsheet date bug); enter the real date',
    ],
  ])('%s is refused with a located message', (name, message) => {
    expect(importProblems(name)).toContain(message);
  });

  it('reads a 1904-system workbook on its own epoch', () => {
    const opened = openContactFile(corpus('date-1904-system.xlsx'), 'mac.xlsx');
    if (!opened.ok) throw new Error('unreadable');
    const check = checkFirstSheet(opened.sheets[0], 'mac.xlsx');
    expect(check.problems).toEqual([]);
    expect(check.preview[0].start).toBe('2022-02-05');
  });
});

describe('cell values', () => {
  it('reads Excel serials in both date systems, with times to the minute', () => {
    expect(fromExcelSerial(43499, false)).toEqual({ ok: true, value: { date: '2019-02-03', time: null } });
    expect(fromExcelSerial(43499.9652777778, false)).toEqual({
      ok: true,
      value: { date: '2019-02-03', time: '23:10' },
    });
    expect(fromExcelSerial(59, false)).toEqual({ ok: true, value: { date: '1900-02-28', time: null } });
    expect(fromExcelSerial(61, false)).toEqual({ ok: true, value: { date: '1900-03-01', time: null } });
    expect(fromExcelSerial(0 + 1, true)).toEqual({ ok: true, value: { date: '1904-01-02', time: null } });
  });
  it('reads UK, ISO and named-month dates, day first unless told otherwise', () => {
    const text = (t: string, order: 'day first' | 'month first' = 'day first') =>
      readDateCell({ kind: 'text', text: t }, order, false);
    expect(text('03/02/2019')).toEqual({ ok: true, value: { date: '2019-02-03', time: null } });
    expect(text('3/2/19 14:30')).toEqual({ ok: true, value: { date: '2019-02-03', time: '14:30' } });
    expect(text('2019-02-03T09:05:00')).toEqual({ ok: true, value: { date: '2019-02-03', time: '09:05' } });
    expect(text('3 Feb 2019')).toEqual({ ok: true, value: { date: '2019-02-03', time: null } });
    expect(text('02/03/2019', 'month first')).toEqual({
      ok: true,
      value: { date: '2019-02-03', time: null },
    });
    expect(text('31/02/2019')).toEqual({ ok: false, reason: 'is not a real date (day 31, month 2)' });
    expect(readDateCell({ kind: 'number', value: 12 }, 'day first', false)).toEqual({
      ok: false,
      reason: 'is a number, not a date',
    });
  });
});

describe('the canonical contacts template', () => {
  it.each(['contacts-template.csv', 'contacts-template.xlsx'])('%s imports with no mapping step', (name) => {
    const opened = openContactFile(new Uint8Array(readFileSync(`samples/templates/${name}`)), name);
    if (!opened.ok) throw new Error('unreadable');
    const setup = proposeSetup(previewOf(opened.sheets[0]), []);
    expect(setup.canonical).toBe(true);
    const check = checkSheet(opened.sheets[0], setup, name);
    expect(check.problems).toEqual([]);
    expect(
      check.preview.map((d) => [
        d.start,
        d.end,
        d.agencyName,
        d.contactType,
        d.missedOpportunity?.category ?? null,
      ]),
    ).toEqual([
      ['2019-02-03T23:10', null, 'Police', 'Arrest and detain', null],
      ['2019-02-05T02:40', null, 'A&E', 'A&E attendance', 'No referral made'],
      ['2019-03-04', '2019-03-11', 'Housing', 'B&B placement', null],
    ]);
    expect(check.preview[2].statedCost).toEqual({
      amountPence: 3500,
      unit: 'night',
      priceYear: '2019/20',
      costBearer: 'Local authority housing',
      source: 'Council B&B nightly rate 2019/20 (illustrative)',
    });
  });
});

describe('mapping templates and problem rows', () => {
  const grid = {
    name: 'Extract',
    merges: [],
    date1904: false,
    rows: [
      [
        { kind: 'text', text: 'Incident date' },
        { kind: 'text', text: 'Force' },
        { kind: 'text', text: 'Kind' },
      ],
      [
        { kind: 'text', text: '31/02/2019' },
        { kind: 'text', text: 'Police' },
        { kind: 'text', text: '=cmd' },
      ],
      [
        { kind: 'text', text: 'soon' },
        { kind: 'text', text: 'Police' },
        { kind: 'text', text: 'Arrest' },
      ],
    ],
  } satisfies SheetGrid;

  it('re-applies a saved mapping to a sheet with the same headers in any order', () => {
    const template = templateFrom(
      'Force extract',
      ['Incident date', 'Force', 'Kind'],
      ['date', 'agency', 'contactType'],
      'day first',
      't1',
      '2026-11-25T00:00:00.000Z',
    );
    const reordered = { ...grid, rows: grid.rows.map((r) => [r[2], r[0], r[1]]) };
    const setup = proposeSetup(reordered, [template]);
    expect(setup).toMatchObject({
      template: 'Force extract',
      columns: ['contactType', 'date', 'agency'],
      canonical: false,
    });
  });

  it('exports the rows that stopped an import, with their problems, as neutralised CSV', () => {
    const setup = proposeSetup(grid, [
      templateFrom(
        'Force extract',
        ['Incident date', 'Force', 'Kind'],
        ['date', 'agency', 'contactType'],
        'day first',
        't1',
        '2026-11-25T00:00:00.000Z',
      ),
    ]);
    const check = checkSheet(gridSource(grid), setup, 'extract.csv');
    expect(check.problemCount).toBe(2);
    const csv = problemRowsCsv(gridSource(grid), setup.headerRow, check.problems);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFProblems,Sheet row,Incident date,Force,Kind',
      '"extract.csv, sheet ""Extract"", row 2, column A (Incident date): ""31/02/2019"" is not a real date (day 31, month 2)",2,31/02/2019,Police,\'=cmd',
      '"extract.csv, sheet ""Extract"", row 3, column A (Incident date): ""soon"" is not a date: write a day (dd/mm/yyyy), a month (Oct 2018, 10/2018, 2018-10), a quarter or season (Q3 2019, Spring 2019), a year (2017) or a range (Oct-Dec 2019, between 03/2019 and 06/2019), any of them marked approximate (c. 2016)",3,soon,Police,Arrest',
    ]);
  });
});
