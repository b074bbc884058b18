/// <reference lib="webworker" />
import { importedContacts } from '../../shared/contact-sheet/contact-import';
import { openContactFile } from '../../shared/contact-sheet/open-contact-file';
import { problemRowsCsv } from '../../shared/contact-sheet/problem-rows';
import { SheetCheck, type SheetCheckResult } from '../../shared/contact-sheet/sheet-check';
import { previewOf, rowsBelowHeader, type SheetSource } from '../../shared/contact-sheet/sheet-source';
import { namedForAudit, undoContactImport, writeContactImport } from '../store/contact-import-store';
import { JourneyDatabase } from '../store/journey-database';
import { serveWorker } from '../worker-rpc/worker-rpc';
import type { Cancellable, ContactSheetApi } from './contact-sheet-protocol';

/** Keeps the opened file here, so the screen only ever holds previews and summaries of large sheets. */
let sheets: SheetSource[] = [];
let running: AbortController | null = null;
const databases = new Map<string, JourneyDatabase>();

function sheetAt(index: number): SheetSource {
  const sheet = sheets[index];
  if (sheet === undefined) throw new Error(`there is no sheet ${index + 1}; open the file again`);
  return sheet;
}

function database(name: string): JourneyDatabase {
  let db = databases.get(name);
  if (db === undefined) {
    db = new JourneyDatabase(name);
    databases.set(name, db);
  }
  return db;
}

/** The store, with the audit trail naming the analyst who asked for this write. */
function storeAs(name: string, analystName: string | null): JourneyDatabase {
  return namedForAudit(database(name), analystName);
}

/** Lets a waiting call (a cancel) in between batches of a long check. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs a check or an import that cancel() can stop. */
async function cancellableWork<T>(
  work: (signal: AbortSignal) => Promise<Cancellable<T>>,
): Promise<Cancellable<T>> {
  const controller = new AbortController();
  running = controller;
  try {
    return await work(controller.signal);
  } finally {
    if (running === controller) running = null;
  }
}

const api: ContactSheetApi = {
  async open(file, fileName, databaseName, onProgress) {
    // Opening the store is IndexedDB's work, done while the file is parsed here.
    database(databaseName)
      .open()
      .catch(() => undefined);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const opened = openContactFile(bytes, fileName, (done, total) => void onProgress?.(done, total));
    sheets = opened.ok ? opened.sheets : [];
    return opened.ok ? { ok: true, sheets: sheets.map(previewOf) } : opened;
  },

  check: (sheetIndex, settings, fileName, onProgress) =>
    cancellableWork<SheetCheckResult>(async (signal) => {
      const source = sheetAt(sheetIndex);
      const { header, batches } = rowsBelowHeader(source, settings.headerRow);
      const sheetCheck = new SheetCheck(source, header, settings, fileName);
      const total = Math.max(0, source.rowCount - settings.headerRow - 1);
      if (sheetCheck.canReadRows) {
        let done = 0;
        for (const { firstRow, rows } of batches) {
          sheetCheck.add(rows, firstRow);
          done += rows.length;
          void onProgress?.(done, total);
          await nextTask();
          if (signal.aborted) return { cancelled: true };
        }
      }
      return { cancelled: false, value: sheetCheck.finish() };
    }),

  async problemRows(sheetIndex, headerRow, problems) {
    return problemRowsCsv(sheetAt(sheetIndex), headerRow, problems);
  },

  importContacts: (record, store, onProgress) =>
    cancellableWork<true>(async (signal) => {
      const contacts = importedContacts(sheetAt(record.sheetIndex), record);
      try {
        await writeContactImport(storeAs(store.databaseName, store.analystName), record, contacts, {
          step: store.step,
          signal,
          onWritten: (done) => void onProgress?.(done, record.contacts),
        });
      } catch (error) {
        if (signal.aborted) return { cancelled: true };
        throw error;
      }
      return { cancelled: false, value: true };
    }),

  async undoImport(record, store) {
    await undoContactImport(storeAs(store.databaseName, store.analystName), record);
    return true;
  },

  cancel() {
    running?.abort();
  },
};

serveWorker(api);
