import { z } from 'zod';
import type { ContactImport } from '../../shared/contact-sheet/contact-import';
import type { ContactSheetSettings, ImportProblem } from '../../shared/contact-sheet/contact-rows';
import type { SheetCheckResult } from '../../shared/contact-sheet/sheet-check';
import type { SheetCell } from '../../shared/contact-sheet/sheet-grid';
import type { SheetPreview } from '../../shared/contact-sheet/sheet-source';
import type { OnProgress } from '../worker-rpc/worker-rpc';

export type OpenedPreview = { ok: true; sheets: SheetPreview[] } | { ok: false; problems: ImportProblem[] };

/** A check or an import the user cancelled answers so; an import cancelled wrote nothing. */
export type Cancellable<T> = { cancelled: true } | { cancelled: false; value: T };

/** The store an import writes to, and what its audit trail records the step as, and who by. */
export interface ImportingStore {
  databaseName: string;
  step: string;
  analystName: string | null;
}

/**
 * The worker that reads, checks and writes imports off the UI thread. It keeps the opened file;
 * the screen only ever gets previews and summaries of it.
 */
export interface ContactSheetApi {
  /** Opens the file, and the store it may be imported into (ready by the time the import writes). */
  open(file: Blob, fileName: string, databaseName: string, onProgress?: OnProgress): Promise<OpenedPreview>;
  check(
    sheetIndex: number,
    settings: ContactSheetSettings,
    fileName: string,
    onProgress?: OnProgress,
  ): Promise<Cancellable<SheetCheckResult>>;
  problemRows(sheetIndex: number, headerRow: number, problems: ImportProblem[]): Promise<string>;
  /** Writes the opened file's contacts as the record says, into the named store. */
  importContacts(
    record: ContactImport,
    store: ImportingStore,
    onProgress?: OnProgress,
  ): Promise<Cancellable<true>>;
  undoImport(record: ContactImport, store: Omit<ImportingStore, 'step'>): Promise<true>;
  /** Stops a check or an import at its next batch; an import then writes nothing. */
  cancel(): void;
}

const count = z.number().int().nonnegative();
const formula = { formula: z.string().optional() };

const SheetCellSchema: z.ZodType<SheetCell> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string(), ...formula }),
  z.object({ kind: z.literal('number'), value: z.number(), ...formula }),
  z.object({ kind: z.literal('date serial'), value: z.number(), withTime: z.boolean(), ...formula }),
  z.object({ kind: z.literal('boolean'), value: z.boolean(), ...formula }),
  z.object({ kind: z.literal('error'), text: z.string(), ...formula }),
]);

const ImportProblemSchema: z.ZodType<ImportProblem> = z.object({
  file: z.string(),
  sheet: z.string(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  value: z.string(),
  reason: z.string(),
});

const SheetPreviewSchema: z.ZodType<SheetPreview> = z.object({
  name: z.string(),
  merges: z.array(z.string()),
  date1904: z.boolean(),
  rows: z.array(z.array(SheetCellSchema.nullable())),
  rowCount: count,
});

export const OpenedReply: z.ZodType<OpenedPreview> = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), sheets: z.array(SheetPreviewSchema) }),
  z.object({ ok: z.literal(false), problems: z.array(ImportProblemSchema) }),
]);

const ValueCountSchema = z.object({
  value: z.string(),
  rows: count,
  firstRow: z.number().int(),
  withoutHours: z.object({ row: z.number().int(), column: z.string().nullable() }).optional(),
});

/**
 * A check's result. Its counts, problems and names are checked field by field; the preview's
 * contact drafts and the stated costs are the worker's own reading of the rows, checked as records.
 */
export const CheckedReply = z.object({
  problems: z.array(ImportProblemSchema),
  problemCount: count,
  contacts: count,
  problemRows: z.array(z.number().int()).nullable(),
  names: z.object({
    cases: z.array(ValueCountSchema),
    withoutCase: ValueCountSchema.nullable(),
    agencies: z.array(ValueCountSchema),
    contactTypes: z.array(ValueCountSchema),
    statedCosts: z.array(z.record(z.string(), z.unknown())),
  }),
  preview: z.array(z.record(z.string(), z.unknown())),
}) as unknown as z.ZodType<SheetCheckResult>;

export function cancellable<T>(value: z.ZodType<T>): z.ZodType<Cancellable<T>> {
  return z.union([
    z.object({ cancelled: z.literal(true) }),
    z.object({ cancelled: z.literal(false), value }),
  ]);
}

export const Done = z.literal(true);
export const ProblemRowsReply = z.string();
