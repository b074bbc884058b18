import type { ValueResolutions } from '../../shared/contact-sheet/import-plan';
import {
  proposeSetup,
  type MappingTemplate,
  type SheetSetup,
} from '../../shared/contact-sheet/mapping-template';
import type { SheetCheckResult } from '../../shared/contact-sheet/sheet-check';
import type { SheetPreview } from '../../shared/contact-sheet/sheet-source';
import type { Progress } from './ImportProgress';

/**
 * Where the import wizard stands: the file, its sheets and the chosen sheet's setup, the check
 * of its rows and how unknown values are resolved, the step under way, and what the screen says.
 * The screen shows this and sends the user's actions and the worker's answers here as events.
 */
export interface ImportWizardState {
  file: { name: string; blob: Blob } | null;
  /** Why the file could not be read or the import failed; nothing was written. */
  problems: string[];
  sheets: SheetPreview[];
  sheetIndex: number;
  setup: SheetSetup | null;
  /** Whether the column mapping is open for a sheet that needed none (the canonical template). */
  showMapping: boolean;
  check: SheetCheckResult | null;
  progress: Progress | null;
  resolutions: ValueResolutions;
  /** The case to import into when the sheet has no Case column. */
  targetCaseId: string | null;
  templateName: string;
  status: string | null;
  cancelled: boolean;
  /** The user's explicit choice to import the good rows and save the problem rows to a file first. */
  leaveOut: boolean;
  /** Drag-enter events not yet matched by a drag-leave: a drag over a child enters it before leaving the screen. */
  dragDepth: number;
  dragging: boolean;
}

export type ImportWizardEvent =
  | { type: 'file chosen'; name: string; blob: Blob }
  | { type: 'progress'; progress: Progress }
  | { type: 'file opened'; sheets: SheetPreview[]; templates: MappingTemplate[] }
  | { type: 'failed'; problems: string[] }
  | { type: 'step ended' }
  | { type: 'sheet chosen'; index: number; templates: MappingTemplate[] }
  | { type: 'header row chosen'; row: number; templates: MappingTemplate[] }
  | { type: 'setup changed'; setup: SheetSetup }
  | { type: 'mapping shown' }
  | { type: 'template named'; name: string }
  | { type: 'target case chosen'; caseId: string | null }
  | { type: 'check started' }
  | { type: 'checked'; check: SheetCheckResult }
  | { type: 'leave out problem rows' }
  | { type: 'values resolved'; resolutions: ValueResolutions }
  | { type: 'import started' }
  | { type: 'writing started'; contacts: number }
  | { type: 'import cancelled' }
  | { type: 'status'; status: string }
  | { type: 'drag entered' }
  | { type: 'drag left' }
  | { type: 'dropped' };

export function initialImportWizard(caseId: string | null): ImportWizardState {
  return {
    file: null,
    problems: [],
    sheets: [],
    sheetIndex: 0,
    setup: null,
    showMapping: false,
    check: null,
    progress: null,
    resolutions: { agencies: {}, contactTypes: {} },
    targetCaseId: caseId,
    templateName: '',
    status: null,
    cancelled: false,
    leaveOut: false,
    dragDepth: 0,
    dragging: false,
  };
}

/** Rows below the header row of the chosen sheet: what a check reads. */
export function rowsToCheck(state: ImportWizardState): number {
  const sheet = state.sheets[state.sheetIndex];
  return sheet === undefined || state.setup === null
    ? 0
    : Math.max(0, sheet.rowCount - state.setup.headerRow - 1);
}

/** A new setup makes the last check, and the choice to leave its problem rows out, stale. */
const withSetup = (state: ImportWizardState, setup: SheetSetup): ImportWizardState => ({
  ...state,
  setup,
  check: null,
  leaveOut: false,
});

export function importWizard(state: ImportWizardState, event: ImportWizardEvent): ImportWizardState {
  switch (event.type) {
    case 'file chosen':
      return {
        ...state,
        file: { name: event.name, blob: event.blob },
        problems: [],
        sheets: [],
        setup: null,
        check: null,
        status: null,
        progress: { step: 'reading', label: `Reading ${event.name}…`, done: 0, total: 0, counted: false },
      };
    case 'progress':
      return { ...state, progress: event.progress };
    case 'file opened': {
      const first = Math.max(
        0,
        event.sheets.findIndex((s) => s.rowCount > 0),
      );
      const opened = { ...state, sheets: event.sheets, sheetIndex: first, showMapping: false };
      return withSetup(opened, proposeSetup(event.sheets[first], event.templates));
    }
    case 'failed':
      return { ...state, problems: event.problems };
    case 'step ended':
      return { ...state, progress: null };
    case 'sheet chosen':
      return withSetup(
        { ...state, sheetIndex: event.index },
        proposeSetup(state.sheets[event.index], event.templates),
      );
    case 'header row chosen':
      return withSetup(state, proposeSetup(state.sheets[state.sheetIndex], event.templates, event.row));
    case 'setup changed':
      return withSetup(state, event.setup);
    case 'mapping shown':
      return { ...state, showMapping: true };
    case 'template named':
      return { ...state, templateName: event.name };
    case 'target case chosen':
      return { ...state, targetCaseId: event.caseId };
    case 'check started':
      return {
        ...state,
        status: null,
        leaveOut: false,
        progress: {
          step: 'checking',
          label: 'Checking rows',
          done: 0,
          total: rowsToCheck(state),
          counted: true,
        },
      };
    case 'checked':
      return { ...state, check: event.check };
    case 'leave out problem rows':
      return { ...state, leaveOut: true };
    case 'values resolved':
      return { ...state, resolutions: event.resolutions };
    case 'import started':
      return { ...state, cancelled: false, status: null };
    case 'writing started':
      return {
        ...state,
        progress: {
          step: 'writing',
          label: 'Writing contacts',
          done: 0,
          total: event.contacts,
          counted: true,
        },
      };
    case 'import cancelled':
      return { ...state, cancelled: true };
    case 'status':
      return { ...state, status: event.status };
    case 'drag entered':
      return { ...state, dragDepth: state.dragDepth + 1, dragging: true };
    case 'drag left': {
      const dragDepth = state.dragDepth - 1;
      return { ...state, dragDepth, dragging: dragDepth <= 0 ? false : state.dragging };
    }
    case 'dropped':
      return { ...state, dragDepth: 0, dragging: false };
  }
}

/** The check's result once it can go on: no problem rows, or the user chose to leave them out. */
export function cleanCheck(state: ImportWizardState): SheetCheckResult | null {
  const { check } = state;
  if (check === null) return null;
  return check.problemCount === 0 || (state.leaveOut && canLeaveOut(state)) ? check : null;
}

/** Problem rows can be left out when each problem has its own row and some contacts are good. */
export function canLeaveOut(state: ImportWizardState): boolean {
  const { check } = state;
  return check !== null && check.problemCount > 0 && check.problemRows !== null && check.contacts > 0;
}
