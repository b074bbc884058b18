import Dexie from 'dexie';
import Papa from 'papaparse';
import * as XLSX from 'xlsx';
import { generateContacts, type CohortOptions } from '../../../samples/generator/synthetic-cohort';

/**
 * The import benchmark's limits, never part of the app: SheetJS (or, for a csv, papaparse)
 * parsing the chosen file with nothing else, and Dexie storing the same records with bulkPut.
 */
declare global {
  interface Window {
    rawParse: () => Promise<{ ms: number; rows: number }>;
    papaParse: () => Promise<{ ms: number; rows: number }>;
    timeBulkPut: (options: CohortOptions) => Promise<{ ms: number; records: number }>;
  }
}

function chosenFile(): File {
  const file = (document.getElementById('sheet') as HTMLInputElement).files?.[0];
  if (file === undefined) throw new Error('choose the sheet first');
  return file;
}

window.rawParse = async () => {
  const bytes = new Uint8Array(await chosenFile().arrayBuffer());
  const started = performance.now();
  const book = XLSX.read(bytes, { type: 'array', dense: true });
  const sheet = book.Sheets[book.SheetNames[0]];
  return { ms: performance.now() - started, rows: XLSX.utils.decode_range(sheet['!ref'] ?? 'A1').e.r };
};

window.papaParse = async () => {
  const bytes = new Uint8Array(await chosenFile().arrayBuffer());
  const started = performance.now();
  const parsed = Papa.parse<string[]>(new TextDecoder().decode(bytes), { skipEmptyLines: true });
  return { ms: performance.now() - started, rows: parsed.data.length - 1 };
};

/**
 * The generator's contacts for the sheet's options (the very records the sheet was written from),
 * stored 50,000 at a time; only the bulkPut calls are timed, so a million records are never all held.
 */
window.timeBulkPut = async (options) => {
  const db = new Dexie(`bench-bulkput-${Date.now()}`);
  db.version(1).stores({ contacts: 'id, caseId' });
  await db.open();
  let ms = 0;
  let records = 0;
  for (const chunk of generateContacts(options, 50_000)) {
    const started = performance.now();
    await db.table('contacts').bulkPut(chunk);
    ms += performance.now() - started;
    records += chunk.length;
  }
  db.close();
  await Dexie.delete(db.name);
  return { ms, records };
};
