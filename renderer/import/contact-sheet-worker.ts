import type { ContactSheetCheck, ContactSheetSettings, ImportProblem } from '../../shared/io/contact-sheet/contact-rows';
import type { FromSheetWorker, OpenedPreview, ToSheetWorker } from './contact-sheet-protocol';

export class ImportCancelled extends Error {
  constructor() {
    super('the import was cancelled');
  }
}

/**
 * The sheet worker as promises. Cancelling terminates the worker outright (a parse in progress
 * cannot be interrupted any other way) and the next request starts a fresh one.
 */
export class ContactSheetWorker {
  private worker: Worker | null = null;
  private pending: { reject: (error: Error) => void } | null = null;

  open(bytes: Uint8Array, fileName: string): Promise<OpenedPreview> {
    return this.request({ kind: 'open', bytes, fileName }, (m) => (m.kind === 'opened' ? m.workbook : undefined));
  }

  check(sheetIndex: number, settings: ContactSheetSettings, fileName: string, onProgress: (done: number, total: number) => void): Promise<ContactSheetCheck> {
    return this.request({ kind: 'check', sheetIndex, settings, fileName }, (m) => (m.kind === 'checked' ? m.check : undefined), onProgress);
  }

  problemRows(sheetIndex: number, headerRow: number, problems: ImportProblem[]): Promise<string> {
    return this.request({ kind: 'problem rows', sheetIndex, headerRow, problems }, (m) => (m.kind === 'problem rows' ? m.csv : undefined));
  }

  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    this.pending?.reject(new ImportCancelled());
    this.pending = null;
  }

  private request<T>(message: ToSheetWorker, pick: (m: FromSheetWorker) => T | undefined, onProgress?: (done: number, total: number) => void): Promise<T> {
    this.worker ??= new Worker(new URL('./contact-sheet.worker.ts', import.meta.url), { type: 'module' });
    const worker = this.worker;
    return new Promise<T>((resolve, reject) => {
      this.pending = { reject };
      worker.onmessage = (event: MessageEvent<FromSheetWorker>) => {
        const reply = event.data;
        if (reply.kind === 'progress') return onProgress?.(reply.done, reply.total);
        this.pending = null;
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
