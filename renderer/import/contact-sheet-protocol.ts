import type { ContactSheetCheck, ContactSheetSettings, ImportProblem } from '../../shared/io/contact-sheet/contact-rows';
import type { SheetPreview } from '../../shared/io/contact-sheet/contact-sheet-import';

export type OpenedPreview = { ok: true; sheets: SheetPreview[] } | { ok: false; problems: ImportProblem[] };

/** Messages between the import screen and the worker that parses and checks sheets off the UI thread. */
export type ToSheetWorker =
  | { kind: 'open'; bytes: Uint8Array; fileName: string }
  | { kind: 'check'; sheetIndex: number; settings: ContactSheetSettings; fileName: string }
  | { kind: 'problem rows'; sheetIndex: number; headerRow: number; problems: ImportProblem[] };

export type FromSheetWorker =
  | { kind: 'opened'; workbook: OpenedPreview }
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'checked'; check: ContactSheetCheck }
  | { kind: 'problem rows'; csv: string }
  | { kind: 'failed'; message: string };
