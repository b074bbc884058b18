import type { ContactImport } from '../../shared/io/contact-sheet/contact-import';
import type { ContactSheetSettings, ImportProblem } from '../../shared/io/contact-sheet/contact-rows';
import type { SheetCheckResult } from '../../shared/io/contact-sheet/sheet-check';
import type { FromSheetWorker, OpenedPreview, ToSheetWorker } from './contact-sheet-protocol';

export class ImportCancelled extends Error {
  constructor() {
    super('the import was cancelled');
  }
}

type OnProgress = (done: number, total: number) => void;

/** The store an import writes to, and what its audit trail records the step as, and who by. */
export interface ImportingStore {
  databaseName: string;
  step: string;
  analystName: string | null;
}

/**
 * The sheet worker as promises, one request at a time. Cancel asks a check or an import to stop
 * at its next batch (the file stays open, and an import writes nothing); opening a file cannot be
 * interrupted, so cancelling it ends the worker, and the next request starts a fresh one.
 */
export class ContactSheetWorker {
  private worker: Worker | null = null;
  private pending: { kind: ToSheetWorker['kind']; reject: (error: Error) => void } | null = null;

  /** Starts the worker before it is needed, so its code is loaded while the user chooses a file. */
  start(): void {
    this.worker ??= new Worker(new URL('./contact-sheet.worker.ts', import.meta.url), { type: 'module' });
  }

  /** Opens a file in place of any opened before; one still being opened is abandoned. */
  open(file: Blob, fileName: string, databaseName: string, onProgress?: OnProgress): Promise<OpenedPreview> {
    if (this.pending !== null) this.dispose();
    return this.request({ kind: 'open', file, fileName, databaseName }, (m) => (m.kind === 'opened' ? m.workbook : undefined), onProgress);
  }

  check(sheetIndex: number, settings: ContactSheetSettings, fileName: string, onProgress: OnProgress): Promise<SheetCheckResult> {
    return this.request({ kind: 'check', sheetIndex, settings, fileName }, (m) => (m.kind === 'checked' ? m.check : undefined), onProgress);
  }

  problemRows(sheetIndex: number, headerRow: number, problems: ImportProblem[]): Promise<string> {
    return this.request({ kind: 'problem rows', sheetIndex, headerRow, problems }, (m) => (m.kind === 'problem rows' ? m.csv : undefined));
  }

  /** Writes the opened file's contacts as the record says: all of them, or (cancelled, failed) none. */
  importContacts(record: ContactImport, store: ImportingStore, onProgress?: OnProgress): Promise<true> {
    return this.request({ kind: 'import', record, ...store }, (m) => (m.kind === 'imported' ? true : undefined), onProgress);
  }

  undoImport(record: ContactImport, store: Omit<ImportingStore, 'step'>): Promise<true> {
    return this.request({ kind: 'undo import', record, ...store }, (m) => (m.kind === 'undone' ? true : undefined));
  }

  cancel(): void {
    if (this.pending === null) return;
    if (this.pending.kind === 'open') this.dispose();
    else this.worker?.postMessage({ kind: 'cancel' } satisfies ToSheetWorker);
  }

  /** Ends the worker; an import it was writing is rolled back, as when the app closes. */
  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.pending?.reject(new ImportCancelled());
    this.pending = null;
  }

  private request<T>(message: Exclude<ToSheetWorker, { kind: 'cancel' }>, pick: (m: FromSheetWorker) => T | undefined, onProgress?: OnProgress): Promise<T> {
    this.start();
    const worker = this.worker as Worker;
    return new Promise<T>((resolve, reject) => {
      this.pending = { kind: message.kind, reject };
      worker.onmessage = (event: MessageEvent<FromSheetWorker>) => {
        const reply = event.data;
        if (reply.kind === 'progress') return onProgress?.(reply.done, reply.total);
        this.pending = null;
        if (reply.kind === 'cancelled') return reject(new ImportCancelled());
        if (reply.kind === 'failed') return reject(new Error(reply.message));
        const value = pick(reply);
        if (value === undefined) reject(new Error(`unexpected reply from the sheet worker: ${reply.kind}`));
        else resolve(value);
      };
      worker.onerror = (event) => {
        this.pending = null;
        reject(new Error(event.message || 'the sheet worker stopped'));
      };
      worker.postMessage(message);
    });
  }
}
