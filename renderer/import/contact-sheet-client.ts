import type { ContactImport } from '../../shared/contact-sheet/contact-import';
import type { ContactSheetSettings, ImportProblem } from '../../shared/contact-sheet/contact-rows';
import type { SheetCheckResult } from '../../shared/contact-sheet/sheet-check';
import { progressCallback, WorkerClient, type OnProgress } from '../worker-rpc/worker-rpc';
import {
  type ImportingStore,
  cancellable,
  CheckedReply,
  Done,
  OpenedReply,
  ProblemRowsReply,
  type Cancellable,
  type ContactSheetApi,
  type OpenedPreview,
} from './contact-sheet-protocol';

export class ImportCancelled extends Error {
  constructor() {
    super('the import was cancelled');
  }
}

function unlessCancelled<T>(reply: Cancellable<T>): T {
  if (reply.cancelled) throw new ImportCancelled();
  return reply.value;
}

/**
 * The sheet worker as promises, one request at a time. Cancel asks a check or an import to stop
 * at its next batch (the file stays open, and an import writes nothing); opening a file cannot be
 * interrupted, so cancelling it ends the worker, and the next request starts a fresh one.
 */
export class ContactSheetWorker {
  private readonly client = new WorkerClient<ContactSheetApi>(
    'sheet',
    () => new Worker(new URL('./contact-sheet.worker.ts', import.meta.url), { type: 'module' }),
  );
  private opening = false;

  /** Starts the worker before it is needed, so its code is loaded while the user chooses a file. */
  start(): void {
    this.client.start();
  }

  /** Opens a file in place of any opened before; one still being opened is abandoned. */
  async open(
    file: Blob,
    fileName: string,
    databaseName: string,
    onProgress?: OnProgress,
  ): Promise<OpenedPreview> {
    if (this.client.busy) this.dispose();
    this.opening = true;
    try {
      return await this.client.call(OpenedReply, (api) =>
        api.open(file, fileName, databaseName, progressCallback(onProgress)),
      );
    } finally {
      this.opening = false;
    }
  }

  async check(
    sheetIndex: number,
    settings: ContactSheetSettings,
    fileName: string,
    onProgress: OnProgress,
  ): Promise<SheetCheckResult> {
    return unlessCancelled(
      await this.client.call(cancellable(CheckedReply), (api) =>
        api.check(sheetIndex, settings, fileName, progressCallback(onProgress)),
      ),
    );
  }

  problemRows(sheetIndex: number, headerRow: number, problems: ImportProblem[]): Promise<string> {
    return this.client.call(ProblemRowsReply, (api) => api.problemRows(sheetIndex, headerRow, problems));
  }

  /** Writes the opened file's contacts as the record says: all of them, or (cancelled, failed) none. */
  async importContacts(record: ContactImport, store: ImportingStore, onProgress?: OnProgress): Promise<true> {
    return unlessCancelled(
      await this.client.call(cancellable(Done), (api) =>
        api.importContacts(record, store, progressCallback(onProgress)),
      ),
    );
  }

  undoImport(record: ContactImport, store: Omit<ImportingStore, 'step'>): Promise<true> {
    return this.client.call(Done, (api) => api.undoImport(record, store));
  }

  cancel(): void {
    if (!this.client.busy) return;
    if (this.opening) this.dispose();
    else this.client.tell((api) => api.cancel());
  }

  /** Ends the worker; an import it was writing is rolled back, as when the app closes. */
  dispose(): void {
    this.client.end(new ImportCancelled());
  }
}
