import { invertChangeSet, type JourneyTable } from '../../shared/editing/change-set';
import { importedCaseKeyRange, type ContactImport } from '../../shared/contact-sheet/contact-import';
import { nowTimestamp, type Contact } from '../../shared/model';
import { auditEntriesOf, summaryEntry, type AuditStamp } from '../../shared/audit/audit-entries';
import type { AuditEntry } from '../../shared/audit/audit-entry';
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
  return [db.cases, db.agencies, db.unitCosts, db.contacts, db.auditTrail];
}

/**
 * An import's audit trail: the cases, agencies and unit costs it created, field by field, and for
 * each case how many contacts it added or took away (a million contacts are not listed one by one;
 * the import's file, sheet and rows say where each came from).
 */
function importTrail(
  db: JourneyDatabase,
  record: ContactImport,
  step: string,
  counts: Map<string, number>,
  undoing: boolean,
): AuditEntry[] {
  const stamp: AuditStamp = { at: nowTimestamp(), who: db.analystName };
  const created = { label: record.label, changes: record.created };
  const rows = auditEntriesOf(undoing ? invertChangeSet(created) : created, step, stamp);
  const perCase = [...counts].map(([caseId, count], i) =>
    summaryEntry(
      step,
      stamp,
      {
        action: undoing ? 'delete' : 'import',
        caseId,
        entity: 'contacts',
        entityId: null,
        changes: [
          {
            field: 'contacts',
            before: undoing ? String(count) : null,
            after: undoing ? null : String(count),
          },
        ],
      },
      rows.length + i,
    ),
  );
  return [...rows, ...perCase];
}

async function appendTrail(db: JourneyDatabase, entries: AuditEntry[]): Promise<void> {
  await db.auditTrail.bulkAdd(entries);
}

function createdRows(record: ContactImport, table: JourneyTable): unknown[] {
  return record.created.filter((c) => c.table === table).map((c) => c.after);
}

/**
 * What a worker needs to write an import into this store with its audit trail: the store's name,
 * how the trail names the step, and who made it (a worker opens its own connection, which cannot
 * know the analyst otherwise).
 */
export function importingStore(
  db: JourneyDatabase,
  step: string,
): { databaseName: string; step: string; analystName: string | null } {
  return { databaseName: db.name, step, analystName: db.analystName };
}

/** A worker's own connection to the store, naming in the audit trail the analyst who asked for the write. */
export function namedForAudit(db: JourneyDatabase, analystName: string | null): JourneyDatabase {
  db.analystName = analystName;
  return db;
}

interface ImportWriteOptions {
  /** How the audit trail names the step: the import's label, or "redo …". */
  step?: string;
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
        const counts = await writeRows(db, record, contacts, options);
        await appendTrail(db, importTrail(db, record, options.step ?? record.label, counts, false));
      } finally {
        options.signal?.removeEventListener('abort', stop);
      }
    });
  } catch (error) {
    options.signal?.throwIfAborted();
    throw error;
  }
}

/** Writes the rows and says how many contacts went into each case. */
async function writeRows(
  db: JourneyDatabase,
  record: ContactImport,
  contacts: Iterable<Contact[]>,
  options: ImportWriteOptions,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
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
    for (const contact of batch) counts.set(contact.caseId, (counts.get(contact.caseId) ?? 0) + 1);
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
  return counts;
}

/**
 * Takes an import back in one transaction: its contacts, case by case through their key range
 * (see importedContactId), then the cases, agencies and unit costs it created. Steps after the
 * import are undone first, so everything it wrote is still there, and nothing else carries its id.
 */
export async function undoContactImport(db: JourneyDatabase, record: ContactImport): Promise<void> {
  await db.transaction('rw', tablesOf(db), async () => {
    const counts = new Map<string, number>();
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
        const caseId = record.refs.caseOrder[place];
        counts.set(caseId, (counts.get(caseId) ?? 0) + keys.length);
        if (keys.length < UNDO_BATCH) break;
        from = last;
        includeFrom = false;
      }
    }
    for (const table of ['unitCosts', 'agencies', 'cases'] as const) {
      const keys = record.created.filter((c) => c.table === table).map((c) => c.key);
      if (keys.length > 0) await db.table(table).bulkDelete(keys);
    }
    await appendTrail(db, importTrail(db, record, `undo ${record.label}`, counts, true));
  });
}
