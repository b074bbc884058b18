import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { insertRow, type ChangeSet } from '../../../shared/editing/change-set';
import { importedContacts } from '../../../shared/contact-sheet/contact-import';
import type { Contact } from '../../../shared/model';
import { applyChangeSet } from '../../../renderer/store/apply-change-set';
import { writeContactImport } from '../../../renderer/store/contact-import-store';
import { JourneyDatabase } from '../../../renderer/store/journey-database';
import { UndoHistory } from '../../../renderer/store/undo-history';
import { SHEET_HEADER, importStep, libraryOf, planCsvImport } from '../storage/sheet-import';

let name = '';
afterEach(async () => {
  await new JourneyDatabase(name).delete();
});

/** An extract of `rows` contacts for seven people, one agency in five unknown to the store. */
function bigSheet(rows: number): string {
  const lines = Array.from(
    { length: rows },
    (_, i) =>
      `Person ${i % 7},${String((i % 28) + 1).padStart(2, '0')}/01/2019,${i % 5 === 0 ? 'Outreach' : 'Police'},Welfare check,,${i % 50 === 0 ? 'yes' : 'no'},${i % 50 === 0 ? 'No referral made' : ''}`,
  );
  return `${SHEET_HEADER}\n${lines.join('\n')}\n`;
}

async function contents(db: JourneyDatabase) {
  return {
    cases: await db.cases.toArray(),
    agencies: await db.agencies.toArray(),
    contacts: await db.contacts.toArray(),
    caseAggregates: await db.caseAggregates.toArray(),
  };
}

async function freshStore(): Promise<JourneyDatabase> {
  name = `crash-${Date.now()}-${Math.random()}`;
  const db = new JourneyDatabase(name);
  await db.open();
  return db;
}

/** A fresh store, what it holds, and an import of `rows` contacts planned against it. */
async function plannedImport(rows: number) {
  const db = await freshStore();
  const before = await contents(db);
  return { db, before, ...planCsvImport(bigSheet(rows), await libraryOf(db)) };
}

describe('an import interrupted part-way leaves the store exactly as before', () => {
  it('when an error is thrown half-way through writing 5,000 contacts', async () => {
    const { db, before, source, record } = await plannedImport(5_000);
    let written = 0;
    db.contacts.hook('creating', () => {
      written += 1;
      if (written === 2_500) throw new Error('disk full');
    });
    const history = new UndoHistory((set) => applyChangeSet(db, set));
    await expect(
      history.performStep(async () => {
        await writeContactImport(db, record, importedContacts(source, record));
        return importStep(db, source, record);
      }),
    ).rejects.toThrow('disk full');
    expect(written).toBe(2_500);
    expect(await contents(db)).toEqual(before);
    expect(history.getState().canUndo).toBe(false);
    db.close();
  });

  it('when the app closes the store as the write starts', async () => {
    const { db, before, source, record } = await plannedImport(5_000);
    const writing = writeContactImport(db, record, importedContacts(source, record));
    db.close();
    await expect(writing).rejects.toThrow();
    const reopened = new JourneyDatabase(name);
    expect(await contents(reopened)).toEqual(before);
    reopened.close();
  });

  it('when the window is closed part-way (the browser aborts the open transaction, as it does for a closed page or ended worker)', async () => {
    const { db, before, source, record } = await plannedImport(45_000);
    const written: number[] = [];
    const writing = writeContactImport(db, record, importedContacts(source, record), {
      onWritten: (n) => {
        written.push(n);
        Dexie.currentTransaction?.abort();
      },
    });
    await expect(writing).rejects.toThrow();
    expect(written).toEqual([20_000]);
    expect(await db.contacts.count()).toBe(0);
    expect(await contents(db)).toEqual(before);
    db.close();
  });

  it('when the user cancels while the contacts are being written', async () => {
    const { db, before, source, record } = await plannedImport(45_000);
    const cancel = new AbortController();
    const batches: number[] = [];
    const writing = writeContactImport(db, record, importedContacts(source, record), {
      signal: cancel.signal,
      onWritten: (n) => {
        batches.push(n);
        cancel.abort(new Error('cancelled'));
      },
    });
    await expect(writing).rejects.toThrow('cancelled');
    expect(batches).toEqual([20_000]);
    expect(await contents(db)).toEqual(before);
    db.close();
  });

  it('when the user cancels while a batch is on its way to the store, which is taken back at once rather than written first', async () => {
    const { db, before, source, record } = await plannedImport(45_000);
    const cancel = new AbortController();
    const batches: number[] = [];
    const bulkAdd = db.contacts.bulkAdd.bind(db.contacts);
    db.contacts.bulkAdd = ((...args: Parameters<typeof bulkAdd>) => {
      const adding = bulkAdd(...args);
      cancel.abort(new Error('cancelled'));
      return adding;
    }) as typeof bulkAdd;
    const writing = writeContactImport(db, record, importedContacts(source, record), {
      signal: cancel.signal,
      onWritten: (n) => batches.push(n),
    });
    await expect(writing).rejects.toThrow('cancelled');
    expect(batches).toEqual([]);
    expect(await contents(db)).toEqual(before);
    db.close();
  });

  it('and a completed import is undone in one step, back to exactly the store before it, and redone to exactly the same rows', async () => {
    const { db, before, source, record } = await plannedImport(2_000);
    const history = new UndoHistory((set) => applyChangeSet(db, set));
    await history.performStep(async () => {
      await writeContactImport(db, record, importedContacts(source, record));
      return importStep(db, source, record);
    });
    const imported = await contents(db);
    expect(imported.contacts).toHaveLength(2_000);
    expect(history.getState().undoLabel).toBe('import 2,000 contacts from extract.csv');
    await history.undo();
    expect(await contents(db)).toEqual(before);
    await history.redo();
    expect(await contents(db)).toEqual(imported);
    db.close();
  });

  it('however many rows it writes, the record an import keeps for undo stays the same size', () => {
    const size = (rows: number) => {
      const { record } = planCsvImport(bigSheet(rows), {
        cases: [],
        agencies: [],
        unitCosts: [],
        contactTypes: [],
      });
      return JSON.stringify({
        ...record,
        refs: Object.fromEntries(
          Object.entries(record.refs).map(([k, v]) => [k, v instanceof Map ? [...v] : v]),
        ),
      }).length;
    };
    // Only the counts in it ("20,000" for "100") differ.
    expect(size(20_000) - size(100)).toBeLessThan(10);
  });
});

describe('a bulk edit interrupted part-way leaves the store exactly as before', () => {
  it('when an error is thrown half-way through a change set of 5,000 contacts', async () => {
    const db = await freshStore();
    const before = await contents(db);
    const T = '2024-01-01T00:00:00.000Z';
    const contacts: Contact[] = Array.from({ length: 5_000 }, (_, i) => ({
      id: `c${i}`,
      caseId: 'k1',
      agencyId: 'agency-police',
      contactType: 'Welfare check',
      start: '2019-01-01',
      end: null,
      quantity: null,
      outcome: '',
      description: '',
      missedOpportunity: null,
      unitCostId: null,
      costOverride: null,
      createdAt: T,
      updatedAt: T,
    }));
    const bulk: ChangeSet = { label: 'bulk edit', changes: contacts.map((c) => insertRow('contacts', c)) };
    let written = 0;
    db.contacts.hook('creating', () => {
      written += 1;
      if (written === 2_500) throw new Error('disk full');
    });
    await expect(new UndoHistory((set) => applyChangeSet(db, set)).perform(bulk)).rejects.toThrow(
      'disk full',
    );
    expect(await contents(db)).toEqual(before);
    db.close();
  });
});
