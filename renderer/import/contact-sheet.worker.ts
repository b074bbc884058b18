/// <reference lib="webworker" />
import { importedContacts } from '../../shared/io/contact-sheet/contact-import';
import { openContactFile } from '../../shared/io/contact-sheet/open-contact-file';
import { problemRowsCsv } from '../../shared/io/contact-sheet/problem-rows';
import { SheetCheck } from '../../shared/io/contact-sheet/sheet-check';
import { previewOf, rowsBelowHeader, type SheetSource } from '../../shared/io/contact-sheet/sheet-source';
import { undoContactImport, writeContactImport } from '../storage/contact-import-store';
import { JourneyDatabase } from '../storage/journey-database';
import type { FromSheetWorker, ToSheetWorker } from './contact-sheet-protocol';

/** Keeps the opened file here, so the screen only ever holds previews and summaries of large sheets. */
let sheets: SheetSource[] = [];
let running: AbortController | null = null;
const databases = new Map<string, JourneyDatabase>();
const reply = (message: FromSheetWorker) => self.postMessage(message);

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
  const db = database(name);
  db.analystName = analystName;
  return db;
}

/** Lets a waiting message (a cancel) in between batches of a long check. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function check(message: Extract<ToSheetWorker, { kind: 'check' }>, signal: AbortSignal): Promise<FromSheetWorker> {
  const source = sheetAt(message.sheetIndex);
  const { header, batches } = rowsBelowHeader(source, message.settings.headerRow);
  const sheetCheck = new SheetCheck(source, header, message.settings, message.fileName);
  const total = Math.max(0, source.rowCount - message.settings.headerRow - 1);
  if (sheetCheck.canReadRows) {
    let done = 0;
    for (const { firstRow, rows } of batches) {
      sheetCheck.add(rows, firstRow);
      done += rows.length;
      reply({ kind: 'progress', done, total });
      await nextTask();
      if (signal.aborted) return { kind: 'cancelled' };
    }
  }
  return { kind: 'checked', check: sheetCheck.finish() };
}

async function handle(message: Exclude<ToSheetWorker, { kind: 'cancel' }>, signal: AbortSignal): Promise<FromSheetWorker> {
  switch (message.kind) {
    case 'open': {
      // Opening the store is IndexedDB's work, done while the file is parsed here.
      database(message.databaseName).open().catch(() => undefined);
      const bytes = new Uint8Array(await message.file.arrayBuffer());
      const opened = openContactFile(bytes, message.fileName, (done, total) => reply({ kind: 'progress', done, total }));
      sheets = opened.ok ? opened.sheets : [];
      return { kind: 'opened', workbook: opened.ok ? { ok: true, sheets: sheets.map(previewOf) } : opened };
    }
    case 'check':
      return check(message, signal);
    case 'problem rows':
      return { kind: 'problem rows', csv: problemRowsCsv(sheetAt(message.sheetIndex), message.headerRow, message.problems) };
    case 'import': {
      const { record } = message;
      const contacts = importedContacts(sheetAt(record.sheetIndex), record);
      try {
        await writeContactImport(storeAs(message.databaseName, message.analystName), record, contacts, { step: message.step, signal, onWritten: (done) => reply({ kind: 'progress', done, total: record.contacts }) });
      } catch (error) {
        if (signal.aborted) return { kind: 'cancelled' };
        throw error;
      }
      return { kind: 'imported' };
    }
    case 'undo import':
      await undoContactImport(storeAs(message.databaseName, message.analystName), message.record);
      return { kind: 'undone' };
  }
}

self.onmessage = async (event: MessageEvent<ToSheetWorker>) => {
  const message = event.data;
  if (message.kind === 'cancel') {
    running?.abort();
    return;
  }
  const controller = new AbortController();
  running = controller;
  try {
    reply(await handle(message, controller.signal));
  } catch (error) {
    reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  } finally {
    if (running === controller) running = null;
  }
};
