import type { JourneyTable } from '../../shared/editing/change-set';
import { importedCaseKeyRange, type ContactImport } from '../../shared/contact-sheet/contact-import';
import type { Contact } from '../../shared/model';
import type { JourneyDatabase } from './journey-database';

/**
 * Contacts are added this many at a time. Each add also moves the summary of every case it
 * touches, and an extract in date order touches thousands of cases in every few thousand rows, so
 * fewer, larger adds cost far less (200,000 rows over 1,000 cases wrote 50% slower in date order
 * than case by case in adds of 5,000).
 */
const WRITE_BATCH = 20_000;
/** Each case's contacts are taken back in ranges of at most this many, so a huge case is never read back whole. */
const UNDO_BATCH = 50_000;

/** Only the tables an import writes, so a long import blocks no one reading links, life events or categories. */
function tablesOf(db: JourneyDatabase) {
  return [db.cases, db.agencies, db.unitCosts, db.contacts];
}

function createdRows(record: ContactImport, table: JourneyTable): unknown[] {
  return record.created.filter((c) => c.table === table).map((c) => c.after);
}

interface ImportWriteOptions {
  signal?: AbortSignal;
  onWritten?: (written: number) => void;
}

/**
 * Writes an import in one IndexedDB transaction, so it lands whole or not at all: an error, a
 * cancel, a crash or closing the app part-way leaves the store exactly as it was. An IndexedDB
 * transaction commits itself as soon as no request is pending, so it cannot wait for a message or
 * a file read; the contacts come from a synchronous source (the sheet, parsed a batch at a time
 * between writes), which keeps a request pending until the last batch.
 */
export async function writeContactImport(
  db: JourneyDatabase,
  record: ContactImport,
  contacts: Iterable<Contact[]>,
  options: ImportWriteOptions = {},
): Promise<void> {
  try {
    await db.transaction('rw', tablesOf(db), async (transaction) => {
      // A cancel takes the batch being written back at once: a big batch can take far too long to
      // write to wait for it to end.
      const stop = () => transaction.abort();
      options.signal?.addEventListener('abort', stop, { once: true });
      try {
        await writeRows(db, record, contacts, options);
      } finally {
        options.signal?.removeEventListener('abort', stop);
      }
    });
  } catch (error) {
    options.signal?.throwIfAborted();
    throw error;
  }
}

async function writeRows(
  db: JourneyDatabase,
  record: ContactImport,
  contacts: Iterable<Contact[]>,
  options: ImportWriteOptions,
): Promise<void> {
  for (const table of ['cases', 'agencies', 'unitCosts'] as const) {
    const rows = createdRows(record, table);
    if (rows.length > 0) await db.table(table).bulkAdd(rows);
  }
  let written = 0;
  let batch: Contact[] = [];
  const add = async () => {
    options.signal?.throwIfAborted();
    // Adds, not puts: no contact of an import can replace one already stored.
    await db.contacts.bulkAdd(batch);
    written += batch.length;
    batch = [];
    options.onWritten?.(written);
  };
  for (const read of contacts) {
    batch.push(...read);
    if (batch.length >= WRITE_BATCH) await add();
  }
  if (batch.length > 0) await add();
  options.signal?.throwIfAborted();
  if (written !== record.contacts)
    throw new Error(
      `the file now gives ${written.toLocaleString('en-GB')} contacts where the check found ${record.contacts.toLocaleString('en-GB')}; nothing was imported`,
    );
}

/**
 * Takes an import back in one transaction: its contacts, case by case through their key range
 * (see importedContactId), then the cases, agencies and unit costs it created. Steps after the
 * import are undone first, so everything it wrote is still there, and nothing else carries its id.
 */
export async function undoContactImport(db: JourneyDatabase, record: ContactImport): Promise<void> {
  await db.transaction('rw', tablesOf(db), async () => {
    for (let place = 0; place < record.refs.caseOrder.length; place += 1) {
      const { lower, upper } = importedCaseKeyRange(record.id, place);
      let from = lower;
      let includeFrom = true;
      for (;;) {
        const keys = await db.contacts
          .where(':id')
          .between(from, upper, includeFrom, false)
          .limit(UNDO_BATCH)
          .primaryKeys();
        if (keys.length === 0) break;
        const last = keys[keys.length - 1];
        await db.contacts.where(':id').between(from, last, includeFrom, true).delete();
        if (keys.length < UNDO_BATCH) break;
        from = last;
        includeFrom = false;
      }
    }
    for (const table of ['unitCosts', 'agencies', 'cases'] as const) {
      const keys = record.created.filter((c) => c.table === table).map((c) => c.key);
      if (keys.length > 0) await db.table(table).bulkDelete(keys);
    }
  });
}
