import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { addContact, createCase, updateCase, updateContact } from '../../../shared/editing/journey-edits';
import type { ChangeSet } from '../../../shared/editing/change-set';
import type { Case, Contact } from '../../../shared/model';
import { applyChangeSet } from '../../../renderer/store/apply-change-set';
import { JourneyDatabase } from '../../../renderer/store/journey-database';
import { UndoHistory } from '../../../renderer/store/undo-history';

let db: JourneyDatabase;
let counter = 0;

function freshDatabase(): JourneyDatabase {
  counter += 1;
  db = new JourneyDatabase(`test-${counter}-${Date.now()}`);
  return db;
}

afterEach(async () => {
  db.close();
  await db.delete();
});

async function snapshot(database: JourneyDatabase) {
  return {
    cases: await database.cases.toArray(),
    contacts: await database.contacts.toArray(),
    links: await database.links.toArray(),
  };
}

describe('journey database', () => {
  it('seeds default agencies and missed-opportunity categories only when new', async () => {
    const database = freshDatabase();
    expect(await database.agencies.count()).toBe(10);
    expect((await database.categories.toArray()).map((c) => c.name)).toContain(
      'Victim support not triggered',
    );
  });

  it('hands live queries the stored rows frozen, one copy for every reader, and new rows after an edit', async () => {
    const database = freshDatabase();
    const theCase = createCase({ pseudonym: 'A' });
    await applyChangeSet(database, theCase);
    const caseId = theCase.changes[0].key;
    const add = addContact({ caseId, agencyId: 'agency-police', contactType: 'Arrest', start: '2019-02-03' });
    await applyChangeSet(database, add);
    const journey = () =>
      database.contacts.where('[caseId+start]').between([caseId, ''], [caseId, '\uffff']).toArray();
    const answers: Contact[][] = [];
    const readers = [0, 1].map(() => liveQuery(journey).subscribe((contacts) => answers.push(contacts)));
    await expect.poll(() => answers.length).toBe(2);
    const [first, second] = answers;
    expect(Object.isFrozen(first) && Object.isFrozen(first[0])).toBe(true);
    // A copy per answer was what cost a 20,000-contact journey its first render and every edit.
    expect(second[0]).toBe(first[0]);
    expect(() => {
      (first[0] as { contactType: string }).contactType = 'changed in place';
    }).toThrow(TypeError);
    await applyChangeSet(database, updateContact(first[0], { contactType: 'Arrest and detain' }));
    await expect.poll(() => answers.at(-1)?.[0].contactType).toBe('Arrest and detain');
    expect(first[0].contactType).toBe('Arrest');
    readers.forEach((reader) => reader.unsubscribe());
  });

  it('applies a change set atomically: a failing row leaves nothing written', async () => {
    const database = freshDatabase();
    const theCase = createCase({ pseudonym: 'A' });
    await applyChangeSet(database, theCase);
    const before = await snapshot(database);
    const contact = addContact({
      caseId: theCase.changes[0].key,
      agencyId: 'agency-police',
      contactType: 'Arrest',
      start: '2019-02-03',
    });
    // A row without its primary key makes IndexedDB throw part-way through the transaction.
    const broken: ChangeSet = {
      label: 'broken import',
      changes: [...contact.changes, { table: 'links', key: 'x', before: null, after: { caseId: 'no id' } }],
    };
    await expect(applyChangeSet(database, broken)).rejects.toThrow();
    expect(await snapshot(database)).toEqual(before);
  });

  it('keeps both of two quick edits built from the same shown row, and undoes each back to what was stored', async () => {
    const database = freshDatabase();
    const history = new UndoHistory((set) => applyChangeSet(database, set));
    const created = createCase({ pseudonym: 'Case East' });
    await history.perform(created);
    // The case list shows this row; the status and the risk grade are both changed before it is shown again.
    const shown = created.changes[0].after as Case;
    await Promise.all([
      history.perform(updateCase(shown, { status: 'closed' })),
      history.perform(updateCase(shown, { riskGrade: 'high' })),
    ]);
    expect(await database.cases.get(shown.id)).toMatchObject({
      status: 'closed',
      riskGrade: 'high',
      pseudonym: 'Case East',
    });
    await history.undo();
    expect(await database.cases.get(shown.id)).toMatchObject({
      status: 'closed',
      riskGrade: shown.riskGrade,
    });
    await history.undo();
    expect(await database.cases.get(shown.id)).toMatchObject({
      status: shown.status,
      riskGrade: shown.riskGrade,
    });
    await history.redo();
    await history.redo();
    expect(await database.cases.get(shown.id)).toMatchObject({ status: 'closed', riskGrade: 'high' });
  });

  it('undoes and redoes edits in order, across tables', async () => {
    const database = freshDatabase();
    const history = new UndoHistory((set) => applyChangeSet(database, set));
    const theCase = createCase({ pseudonym: 'A' });
    await history.perform(theCase);
    const add = addContact({
      caseId: theCase.changes[0].key,
      agencyId: 'agency-police',
      contactType: 'Arrest',
      start: '2019-02-03',
    });
    await history.perform(add);
    const contact = add.changes[0].after as Contact;
    await history.perform(updateContact(contact, { contactType: 'Arrest and detain' }));
    expect((await database.contacts.get(contact.id))?.contactType).toBe('Arrest and detain');
    await history.undo();
    expect((await database.contacts.get(contact.id))?.contactType).toBe('Arrest');
    await history.undo();
    expect(await database.contacts.count()).toBe(0);
    expect(history.getState()).toMatchObject({
      canUndo: true,
      canRedo: true,
      undoLabel: 'create case A',
      redoLabel: 'add contact Arrest',
    });
    await history.redo();
    await history.redo();
    expect((await database.contacts.get(contact.id))?.contactType).toBe('Arrest and detain');
    expect(history.getState().canRedo).toBe(false);
  });

  it('takes an edit that writes itself (an import) as one step, in turn with the others, undone and redone by that step', async () => {
    const database = freshDatabase();
    const history = new UndoHistory((set) => applyChangeSet(database, set));
    const theCase = createCase({ pseudonym: 'A' });
    const caseId = theCase.changes[0].key;
    const calls: string[] = [];
    const adds = Array.from({ length: 3 }, (_, i) =>
      addContact({ caseId, agencyId: 'agency-police', contactType: `Visit ${i}`, start: '2019-02-03' }),
    );
    const writeAll = () =>
      Promise.all(adds.map((add) => applyChangeSet(database, add))).then(() => undefined);
    const edits = [
      history.perform(theCase),
      history.performStep(async () => {
        calls.push('write');
        expect(await database.cases.count()).toBe(1);
        await writeAll();
        return {
          label: 'import 3 contacts',
          undo: async () => {
            calls.push('undo');
            await database.contacts.clear();
          },
          redo: async () => {
            calls.push('redo');
            await writeAll();
          },
        };
      }),
    ];
    await Promise.all(edits);
    expect(history.getState()).toMatchObject({ canUndo: true, undoLabel: 'import 3 contacts' });
    await history.undo();
    expect(await database.contacts.count()).toBe(0);
    expect(history.getState()).toMatchObject({ undoLabel: 'create case A', redoLabel: 'import 3 contacts' });
    await history.redo();
    expect(await database.contacts.count()).toBe(3);
    expect(calls).toEqual(['write', 'undo', 'redo']);
  });

  it('does not record an edit that writes itself when its write fails', async () => {
    const history = new UndoHistory(() => Promise.resolve());
    await expect(history.performStep(() => Promise.reject(new Error('cancelled')))).rejects.toThrow(
      'cancelled',
    );
    expect(history.getState().canUndo).toBe(false);
  });

  it('keeps the history unchanged when the store refuses an edit', async () => {
    const database = freshDatabase();
    const history = new UndoHistory((set) => applyChangeSet(database, set));
    await expect(
      history.perform({ label: 'bad', changes: [{ table: 'contacts', key: 'x', before: null, after: {} }] }),
    ).rejects.toThrow();
    expect(history.getState().canUndo).toBe(false);
  });
});
