import { describe, expect, it } from 'vitest';
import { CANONICAL_REQUIRED_HEADERS } from '../../../shared/contact-sheet/canonical-template';
import type { SheetCheckResult } from '../../../shared/contact-sheet/sheet-check';
import type { SheetCell, SheetRow } from '../../../shared/contact-sheet/sheet-grid';
import type { SheetPreview } from '../../../shared/contact-sheet/sheet-source';
import {
  canLeaveOut,
  cleanCheck,
  importWizard,
  initialImportWizard,
  rowsToCheck,
  type ImportWizardEvent,
  type ImportWizardState,
} from '../../../renderer/import/import-wizard';

const text = (value: string): SheetCell => ({ kind: 'text', text: value });
const row = (...cells: Array<string | null>) => cells.map((c) => (c === null ? null : text(c)));
const sheet = (name: string, rows: SheetRow[], rowCount: number): SheetPreview => ({
  name,
  merges: [],
  date1904: false,
  rows,
  rowCount,
});

const empty = sheet('Notes', [], 0);
const canonical = sheet(
  'Contacts',
  [row(...CANONICAL_REQUIRED_HEADERS), row('Person A', '01/04/2024', null, 'Police', 'Arrest')],
  41,
);
const other = sheet(
  'Extract',
  [row('Report title'), row('When', 'Who', 'What'), row('01/04/2024', 'Police', 'Arrest')],
  12,
);

function checkResult(overrides: Partial<SheetCheckResult>): SheetCheckResult {
  return {
    problems: [],
    problemCount: 0,
    contacts: 40,
    problemRows: [],
    names: { cases: [], withoutCase: null, agencies: [], contactTypes: [] },
    preview: [],
    ...overrides,
  } as SheetCheckResult;
}

const run = (events: ImportWizardEvent[], from: ImportWizardState = initialImportWizard(null)) =>
  events.reduce(importWizard, from);
const blob = new Blob(['x']);
const opened = run([
  { type: 'file chosen', name: 'police.xlsx', blob },
  { type: 'file opened', sheets: [empty, canonical, other], templates: [] },
  { type: 'step ended' },
]);

describe('the import wizard', () => {
  it('starts with the case it was opened from as the case to import into', () => {
    expect(initialImportWizard('case-1').targetCaseId).toBe('case-1');
    expect(initialImportWizard(null).targetCaseId).toBeNull();
  });

  it('choosing a file forgets the last file entirely and shows it being read', () => {
    const before: ImportWizardState = {
      ...opened,
      problems: ['old problem'],
      check: checkResult({}),
      status: 'Saved the mapping',
    };
    const reading = importWizard(before, { type: 'file chosen', name: 'ambulance.csv', blob });
    expect(reading.file?.name).toBe('ambulance.csv');
    expect(reading).toMatchObject({ problems: [], sheets: [], setup: null, check: null, status: null });
    expect(reading.progress).toEqual({
      step: 'reading',
      label: 'Reading ambulance.csv…',
      done: 0,
      total: 0,
      counted: false,
    });
  });

  it('opens on the first sheet with rows, proposing its setup, and the step ends', () => {
    expect(opened.sheetIndex).toBe(1);
    expect(opened.setup?.canonical).toBe(true);
    expect(opened.progress).toBeNull();
    expect(rowsToCheck(opened)).toBe(40);
  });

  it('a file whose sheets are all empty opens on the first', () => {
    const state = run([{ type: 'file opened', sheets: [empty, sheet('Other', [], 0)], templates: [] }]);
    expect(state.sheetIndex).toBe(0);
  });

  it('a failed open or write shows its problems and keeps what was there', () => {
    const failed = importWizard(opened, {
      type: 'failed',
      problems: ['police.xlsx: row 4, column B: not a date'],
    });
    expect(failed.problems).toEqual(['police.xlsx: row 4, column B: not a date']);
    expect(failed.sheets).toBe(opened.sheets);
  });

  it('a new sheet, header row or mapping makes the last check and the leave-out choice stale', () => {
    const checked = run(
      [{ type: 'checked', check: checkResult({}) }, { type: 'leave out problem rows' }],
      opened,
    );
    for (const event of [
      { type: 'sheet chosen', index: 2, templates: [] },
      { type: 'header row chosen', row: 1, templates: [] },
      { type: 'setup changed', setup: opened.setup! },
    ] satisfies ImportWizardEvent[]) {
      const next = importWizard(checked, event);
      expect(next.check).toBeNull();
      expect(next.leaveOut).toBe(false);
    }
    const otherSheet = importWizard(checked, { type: 'sheet chosen', index: 2, templates: [] });
    expect(otherSheet.sheetIndex).toBe(2);
    expect(otherSheet.setup?.canonical).toBe(false);
    const headerRow = importWizard(otherSheet, { type: 'header row chosen', row: 1, templates: [] });
    expect(headerRow.setup?.headerRow).toBe(1);
    expect(headerRow.setup?.headers).toEqual(['When', 'Who', 'What']);
    expect(rowsToCheck(headerRow)).toBe(10);
  });

  it('a check counts the rows below the header and clears the last status and leave-out choice', () => {
    const state = run(
      [
        { type: 'status', status: 'Saved the mapping' },
        { type: 'leave out problem rows' },
        { type: 'check started' },
      ],
      opened,
    );
    expect(state.progress).toEqual({
      step: 'checking',
      label: 'Checking rows',
      done: 0,
      total: 40,
      counted: true,
    });
    expect(state.status).toBeNull();
    expect(state.leaveOut).toBe(false);
  });

  it('goes on with a clean check, and with problem rows only when the user chose to leave them out', () => {
    const clean = importWizard(opened, { type: 'checked', check: checkResult({}) });
    expect(cleanCheck(clean)).toBe(clean.check);
    const withProblems = importWizard(opened, {
      type: 'checked',
      check: checkResult({ problemCount: 2, problemRows: [5, 9], contacts: 38 }),
    });
    expect(canLeaveOut(withProblems)).toBe(true);
    expect(cleanCheck(withProblems)).toBeNull();
    expect(cleanCheck(importWizard(withProblems, { type: 'leave out problem rows' }))).toBe(
      withProblems.check,
    );
  });

  it('cannot leave rows out when a problem is not one row’s own, or no row is good', () => {
    const sheetWide = importWizard(opened, {
      type: 'checked',
      check: checkResult({ problemCount: 1, problemRows: null }),
    });
    expect(canLeaveOut(sheetWide)).toBe(false);
    expect(cleanCheck(importWizard(sheetWide, { type: 'leave out problem rows' }))).toBeNull();
    const noneGood = importWizard(opened, {
      type: 'checked',
      check: checkResult({ problemCount: 3, problemRows: [2, 3, 4], contacts: 0 }),
    });
    expect(canLeaveOut(noneGood)).toBe(false);
  });

  it('an import clears the last cancel and status, shows its writing, and a cancel says so', () => {
    const cancelledBefore = run([{ type: 'import cancelled' }, { type: 'status', status: 'old' }], opened);
    const writing = run(
      [{ type: 'import started' }, { type: 'writing started', contacts: 1500 }],
      cancelledBefore,
    );
    expect(writing.cancelled).toBe(false);
    expect(writing.status).toBeNull();
    expect(writing.progress).toEqual({
      step: 'writing',
      label: 'Writing contacts',
      done: 0,
      total: 1500,
      counted: true,
    });
    const cancelled = run([{ type: 'import cancelled' }, { type: 'step ended' }], writing);
    expect(cancelled.cancelled).toBe(true);
    expect(cancelled.progress).toBeNull();
  });

  it('keeps the case, template name, resolutions and mapping the user chose', () => {
    const resolutions = {
      agencies: { police: { kind: 'new' as const, sector: 'Police' as const } },
      contactTypes: {},
    };
    const state = run(
      [
        { type: 'target case chosen', caseId: 'case-2' },
        { type: 'template named', name: 'Police extract' },
        { type: 'values resolved', resolutions },
        { type: 'mapping shown' },
      ],
      opened,
    );
    expect(state).toMatchObject({
      targetCaseId: 'case-2',
      templateName: 'Police extract',
      resolutions,
      showMapping: true,
    });
  });

  it('shows a drop target while a file is dragged over the screen or its children, and not after it leaves or drops', () => {
    const overChild = run([{ type: 'drag entered' }, { type: 'drag entered' }, { type: 'drag left' }]);
    expect(overChild.dragging).toBe(true);
    expect(importWizard(overChild, { type: 'drag left' }).dragging).toBe(false);
    const dropped = importWizard(overChild, { type: 'dropped' });
    expect(dropped).toMatchObject({ dragging: false, dragDepth: 0 });
  });
});
