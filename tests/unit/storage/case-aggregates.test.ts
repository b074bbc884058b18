import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { aggregateContacts, missedOpportunityCount } from '../../../shared/cohort/aggregates/case-aggregate';
import { deleteRow, insertRow, updateRow } from '../../../shared/editing/change-set';
import { addContact, createCase } from '../../../shared/editing/journey-edits';
import { importedContacts } from '../../../shared/contact-sheet/contact-import';
import { parseProjectFileText } from '../../../shared/project/project-file';
import type { Contact } from '../../../shared/model';
import { applyChangeSet } from '../../../renderer/store/apply-change-set';
import {
  readCaseAggregates,
  rebuildCaseAggregates,
  storedCaseCounts,
} from '../../../renderer/store/case-aggregates';
import { JourneyDatabase } from '../../../renderer/store/journey-database';
import { writeContactImport } from '../../../renderer/store/contact-import-store';
import { UndoHistory } from '../../../renderer/store/undo-history';
import { SHEET_HEADER, importStep, libraryOf, planCsvImport } from './sheet-import';
import { importSampleCohort } from './sample-cohort';
import { packedAggregates } from '../cohort/fixtures';

let db: JourneyDatabase;
let counter = 0;

function freshDatabase(): JourneyDatabase {
  counter += 1;
  db = new JourneyDatabase(`aggregates-${counter}-${Date.now()}`);
  return db;
}

afterEach(async () => {
  db.close();
  await db.delete();
});

/** The stored aggregates must be exactly those of the stored contacts, built from scratch. */
async function expectInStep(database: JourneyDatabase): Promise<void> {
  const stored = await readCaseAggregates(database);
  expect(stored.upToDate).toBe(true);
  expect(stored.aggregates).toEqual(packedAggregates(aggregateContacts(await database.contacts.toArray())));
  expect(await storedCaseCounts(database)).toEqual(
    new Map(
      [...stored.aggregates.values()].map((a) => [
        a.caseId,
        { contacts: a.contacts, missedOpportunities: missedOpportunityCount(a) },
      ]),
    ),
  );
}

describe('case aggregates in the store', () => {
  it('stay in step through an import, edits, deletions, undo and redo', async () => {
    const database = freshDatabase();
    const history = new UndoHistory((changeSet) => applyChangeSet(database, changeSet));
    await importSampleCohort(database, history);
    expect((await readCaseAggregates(database)).aggregates.size).toBe(30);
    await expectInStep(database);

    const contacts = (await database.contacts.toArray()).sort((x, y) =>
      x.start < y.start ? -1 : x.start > y.start ? 1 : 0,
    );
    const [first, second, third] = contacts;
    const last = contacts[contacts.length - 1];
    const moved: Contact = {
      ...second,
      start: '2015-01-01',
      missedOpportunity: { category: 'No referral made', note: '', shouldHaveHappened: '' },
    };
    const added: Contact = { ...third, id: 'added', unitCostId: null };
    await history.perform({
      label: 'edit contacts',
      changes: [
        updateRow('contacts', second, moved),
        updateRow('contacts', third, {
          ...third,
          quantity: 2.5,
          costOverride: { amountPence: 12_345, reason: 'invoice' },
        }),
        deleteRow('contacts', first),
        deleteRow('contacts', last),
        insertRow('contacts', added),
      ],
    });
    await expectInStep(database);
    await history.undo();
    await expectInStep(database);
    await history.redo();
    await expectInStep(database);
    await history.undo();
    await history.undo();
    expect(await readCaseAggregates(database)).toEqual({ aggregates: new Map(), upToDate: true });
  });

  it('stay in step with writes that do not go through a change set, in parallel in one transaction or as a clear', async () => {
    const database = freshDatabase();
    await importSampleCohort(database);
    const [a, b, c] = await database.contacts.limit(3).toArray();
    await database.transaction('rw', database.contacts, () =>
      Promise.all([
        database.contacts.put({ ...a, agencyId: 'elsewhere' }),
        database.contacts.put({ ...b, start: '2030-01-01T10:00' }),
        database.contacts.delete(c.id),
      ]),
    );
    await expectInStep(database);
    await database.contacts.where('caseId').equals(a.caseId).modify({ unitCostId: null });
    await expectInStep(database);
    await database.contacts.where('caseId').equals(b.caseId).delete();
    await expectInStep(database);
    await database.contacts.clear();
    expect(await readCaseAggregates(database)).toEqual({ aggregates: new Map(), upToDate: true });
  });

  it('roll back with the contacts when a transaction fails', async () => {
    const database = freshDatabase();
    await importSampleCohort(database);
    const before = await readCaseAggregates(database);
    const [a] = await database.contacts.limit(1).toArray();
    await expect(
      database.transaction('rw', database.contacts, async () => {
        await database.contacts.put({ ...a, start: '1999-01-01' });
        throw new Error('interrupted');
      }),
    ).rejects.toThrow('interrupted');
    expect(await readCaseAggregates(database)).toEqual(before);
  });

  it('are kept without reading back contacts that are added (an add replaces nothing), as an import adds them', async () => {
    const database = freshDatabase();
    const reads: string[] = [];
    // Below the aggregates middleware, so it sees the reads that middleware makes.
    database.use({
      stack: 'dbcore',
      name: 'CountReads',
      level: 1,
      create: (down) => ({
        ...down,
        table: (name) => ({
          ...down.table(name),
          getMany: (req) => {
            reads.push(name);
            return down.table(name).getMany(req);
          },
        }),
      }),
    });
    const read = parseProjectFileText(readFileSync('samples/projects/cohort-30.journey.json', 'utf8'));
    if (!read.ok) throw new Error(read.errors[0]);
    await database.contacts.bulkAdd(read.project.contacts);
    expect(reads.filter((name) => name === 'contacts')).toEqual([]);
    await expectInStep(database);
    await database.contacts.bulkPut(read.project.contacts.slice(0, 10).map((c) => ({ ...c, quantity: 3 })));
    expect(reads.filter((name) => name === 'contacts')).toEqual(['contacts']);
    await expectInStep(database);
  });

  it('are found out of date when contacts were written around the app, and rebuilt', async () => {
    const database = freshDatabase();
    await importSampleCohort(database);
    const name = database.name;
    const extra = (await database.contacts.limit(40).toArray()).map((c) => ({ ...c, id: `raw-${c.id}` }));
    database.close();
    // Another Dexie with the same schema but without the app's middleware, as a script or an old build would write.
    const around = new Dexie(name);
    around
      .version(database.verno)
      .stores(
        Object.fromEntries(
          database.tables.map((t) => [
            t.name,
            [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', '),
          ]),
        ),
      );
    await around.table('contacts').bulkPut(extra);
    around.close();
    await database.open();
    expect((await readCaseAggregates(database)).upToDate).toBe(false);
    await rebuildCaseAggregates(database);
    await expectInStep(database);
  });

  describe('through spreadsheet imports', () => {
    const CASES = ['Existing A', 'Existing B', 'New C', 'New D'];
    const row = fc.record({
      person: fc.nat({ max: 3 }),
      day: fc.nat({ max: 2000 }),
      quantity: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
      missed: fc.boolean(),
      agency: fc.constantFrom('Police', 'Housing', 'Outreach'),
    });
    type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;
    const ukDate = (day: number) => {
      const d = new Date(Date.UTC(2015, 0, 1 + day));
      return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
    };
    const csv = (rows: Row[]) =>
      `${SHEET_HEADER}\n${rows.map((r) => `${CASES[r.person]},${ukDate(r.day)},${r.agency},Welfare check,${r.quantity ?? ''},${r.missed ? 'yes' : 'no'},${r.missed ? 'No referral made' : ''}`).join('\n')}\n`;

    /** Two cases already holding contacts (one a missed opportunity), so an import both adds to cases and creates them. */
    async function storeWithCases(history: UndoHistory): Promise<void> {
      for (const [i, pseudonym] of ['Existing A', 'Existing B'].entries()) {
        const created = createCase({ pseudonym });
        await history.perform(created);
        const caseId = created.changes[0].key;
        await history.perform(
          addContact({
            caseId,
            agencyId: 'agency-police',
            contactType: 'Arrest',
            start: `2016-0${i + 3}-10`,
          }),
        );
        await history.perform(
          addContact({
            caseId,
            agencyId: 'agency-police',
            contactType: 'Arrest',
            start: '2017-06-01',
            missedOpportunity: { category: 'No referral made', note: '', shouldHaveHappened: '' },
          }),
        );
      }
    }

    async function importUndoRedo(database: JourneyDatabase, rows: Row[]): Promise<void> {
      const history = new UndoHistory((changeSet) => applyChangeSet(database, changeSet));
      await storeWithCases(history);
      const before = await database.contacts.toArray();
      const { source, record } = planCsvImport(csv(rows), await libraryOf(database));
      await history.performStep(async () => {
        await writeContactImport(database, record, importedContacts(source, record));
        return importStep(database, source, record);
      });
      await expectInStep(database);
      const after = await database.contacts.toArray();
      await history.undo();
      await expectInStep(database);
      expect(await database.contacts.toArray()).toEqual(before);
      await history.redo();
      await expectInStep(database);
      expect(await database.contacts.toArray()).toEqual(after);
    }

    it('stay exact through an import of rows in any order, its undo and its redo', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 40 }), async (rows) => {
          const database = freshDatabase();
          try {
            await importUndoRedo(database, rows);
          } finally {
            database.close();
            await database.delete();
          }
        }),
        { numRuns: 25 },
      );
    });

    it('stay exact when an import of interleaved cases is written in several batches', async () => {
      const rows = fc.sample(row, { numRuns: 12_000, seed: 7 });
      await importUndoRedo(freshDatabase(), rows);
    });
  });
});
