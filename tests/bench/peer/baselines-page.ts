import Dexie from 'dexie';
import * as XLSX from 'xlsx';

/**
 * The import benchmark's limits, never part of the app: SheetJS parsing the chosen file with
 * nothing else, and Dexie storing the same records with one bulkPut.
 */
declare global {
  interface Window {
    rawParse: () => Promise<{ ms: number; rows: number }>;
    stageRecords: (batch: unknown[]) => void;
    timeBulkPut: () => Promise<number>;
  }
}

const staged: unknown[] = [];

window.rawParse = async () => {
  const file = (document.getElementById('sheet') as HTMLInputElement).files?.[0];
  if (file === undefined) throw new Error('choose the sheet first');
  const started = performance.now();
  const book = XLSX.read(new Uint8Array(await file.arrayBuffer()), { type: 'array', dense: true });
  const sheet = book.Sheets[book.SheetNames[0]];
  return { ms: performance.now() - started, rows: XLSX.utils.decode_range(sheet['!ref'] ?? 'A1').e.r };
};

window.stageRecords = (batch) => {
  for (const record of batch) staged.push(record);
};

window.timeBulkPut = async () => {
  const db = new Dexie(`bench-bulkput-${Date.now()}`);
  db.version(1).stores({ contacts: 'id, caseId' });
  await db.open();
  const started = performance.now();
  await db.table('contacts').bulkPut(staged);
  const ms = performance.now() - started;
  db.close();
  await Dexie.delete(db.name);
  return ms;
};
