import type { ContactImport } from '../../shared/io/contact-sheet/contact-import';
import type { ContactSheetSettings, ImportProblem } from '../../shared/io/contact-sheet/contact-rows';
import type { SheetCheckResult } from '../../shared/io/contact-sheet/sheet-check';
import type { SheetPreview } from '../../shared/io/contact-sheet/sheet-source';

export type OpenedPreview = { ok: true; sheets: SheetPreview[] } | { ok: false; problems: ImportProblem[] };

/**
 * Messages between the screen and the worker that reads, checks and writes imports off the UI
 * thread. The worker keeps the file; the screen only ever gets summaries of it.
 */
export type ToSheetWorker =
  /** Opens the file, and the store it may be imported into (ready by the time the import writes). */
  | { kind: 'open'; file: Blob; fileName: string; databaseName: string }
  | { kind: 'check'; sheetIndex: number; settings: ContactSheetSettings; fileName: string }
  | { kind: 'problem rows'; sheetIndex: number; headerRow: number; problems: ImportProblem[] }
  /** Writes the opened file's contacts as the record says, into the named store. */
  /** `step` and `analystName` are what the audit trail records the import (or its undo) as, and who by. */
  | { kind: 'import'; record: ContactImport; databaseName: string; step: string; analystName: string | null }
  | { kind: 'undo import'; record: ContactImport; databaseName: string; analystName: string | null }
  /** Stops a check or an import at its next batch; an import then writes nothing. */
  | { kind: 'cancel' };

export type FromSheetWorker =
  | { kind: 'opened'; workbook: OpenedPreview }
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'checked'; check: SheetCheckResult }
  | { kind: 'problem rows'; csv: string }
  | { kind: 'imported' }
  | { kind: 'undone' }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };
