import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { newestFirst, type AuditEntry } from '../../../shared/audit/audit-entry';
import { anonymiseProject } from '../../../shared/anonymise/anonymise-project';
import { addContact, createCase, deleteCase, updateContact } from '../../../shared/editing/journey-edits';
import { importedContacts } from '../../../shared/contact-sheet/contact-import';
import { parseProjectFileText, serialiseProjectFile } from '../../../shared/project/project-file';
import { projectImportChangeSet } from '../../../shared/project/project-import';
import type { Contact } from '../../../shared/model';
import { restorePlanOf } from '../../../renderer/backups/restore-plan';
import { storeBackupOf } from '../../../renderer/store/store-backup-of';
import { applyChangeSet } from '../../../renderer/store/apply-change-set';
import { writeContactImport } from '../../../renderer/store/contact-import-store';
import { dismissSuggestion } from '../../../renderer/store/dismiss-suggestion';
import { JourneyDatabase } from '../../../renderer/store/journey-database';
import { projectForCases } from '../../../renderer/store/project-export';
import { UndoHistory } from '../../../renderer/store/undo-history';
import { importStep, libraryOf, planCsvImport, SHEET_HEADER } from '../storage/sheet-import';

let counter = 0;
const opened: JourneyDatabase[] = [];
function freshStore(analystName: string | null = 'Dana Analyst'): {
  db: JourneyDatabase;
  history: UndoHistory;
} {
  counter += 1;
  const db = new JourneyDatabase(`audit-${counter}-${Date.now()}`);
  db.analystName = analystName;
  opened.push(db);
  return { db, history: new UndoHistory((changeSet, step) => applyChangeSet(db, changeSet, step)) };
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const newest = async (db: JourneyDatabase) => (await db.auditTrail.toArray()).sort(newestFirst);

async function caseWithContact(
  history: UndoHistory,
  db: JourneyDatabase,
): Promise<{ caseId: string; contact: Contact }> {
  const theCase = createCase({ pseudonym: 'Person A' });
  const caseId = theCase.changes[0].key;
  await history.perform(theCase);
  const add = addContact({
    caseId,
    agencyId: 'agency-police',
    contactType: 'Arrest',
    start: '2019-02-03',
    source: 'Police NICHE log 44/1234',
  });
  await history.perform(add);
  return { caseId, contact: (await db.contacts.get(add.changes[0].key)) as Contact };
}

describe('the audit trail', () => {
  it('records a create, an edit and a delete with who, which case and entity, and each field before and after', async () => {
    const { db, history } = freshStore();
    const { caseId, contact } = await caseWithContact(history, db);
    await history.perform(
      updateContact(contact, { outcome: 'Released', source: 'Police NICHE log 44/1235' }),
    );
    const row = (await db.cases.get(caseId))!;
    await history.perform(
      deleteCase(row, { contacts: await db.contacts.toArray(), links: [], lifeEvents: [], outcomes: [] }),
    );

    const entries = await newest(db);
    expect(entries.map((e) => [e.step, e.action, e.entity])).toEqual([
      ['delete case Person A', 'delete', 'cases'],
      ['delete case Person A', 'delete', 'contacts'],
      ['edit contact Arrest', 'edit', 'contacts'],
      ['add contact Arrest', 'create', 'contacts'],
      ['create case Person A', 'create', 'cases'],
    ]);
    const edit = entries[2];
    expect(edit).toMatchObject({ who: 'Dana Analyst', caseId, entityId: contact.id, importedFrom: null });
    expect(edit.changes).toEqual([
      { field: 'outcome', before: '', after: 'Released' },
      { field: 'source', before: 'Police NICHE log 44/1234', after: 'Police NICHE log 44/1235' },
    ]);
    expect(entries[3].changes).toContainEqual({ field: 'start', before: null, after: '2019-02-03' });
    // Deleting a case keeps every entry about it, and says what each field was.
    expect(entries[1].changes).toContainEqual({ field: 'outcome', before: 'Released', after: null });
    expect(entries.every((e) => e.caseId === caseId)).toBe(true);
  });

  it('records undo and redo as steps of their own', async () => {
    const { db, history } = freshStore();
    const { contact } = await caseWithContact(history, db);
    await history.perform(updateContact(contact, { outcome: 'Charged' }));
    await history.undo();
    await history.redo();
    const [redo, undo] = await newest(db);
    expect(undo).toMatchObject({
      step: 'undo edit contact Arrest',
      action: 'edit',
      changes: [{ field: 'outcome', before: 'Charged', after: '' }],
    });
    expect(redo).toMatchObject({
      step: 'redo edit contact Arrest',
      action: 'edit',
      changes: [{ field: 'outcome', before: '', after: 'Charged' }],
    });
  });

  it('records accepting a suggestion as an edit and dismissing one as a dismissal, and names nobody when no name is set', async () => {
    const { db, history } = freshStore(null);
    const { caseId, contact } = await caseWithContact(history, db);
    await history.perform({
      ...updateContact(contact, {
        missedOpportunity: { category: 'No referral made', note: '', shouldHaveHappened: '' },
      }),
      label: 'accept suggestion No referral made',
    });
    await dismissSuggestion(db, { key: 'rule:x', category: 'Repeat A&E', contactId: contact.id }, caseId);
    const [dismissed, accepted] = await newest(db);
    expect(dismissed).toMatchObject({
      who: null,
      action: 'dismiss',
      entity: 'suggestions',
      entityId: contact.id,
      caseId,
      changes: [{ field: 'suggestion', before: 'Repeat A&E', after: 'dismissed' }],
    });
    expect(accepted.step).toBe('accept suggestion No referral made');
    expect(accepted.changes).toEqual([
      {
        field: 'missedOpportunity',
        before: null,
        after: '{"category":"No referral made","note":"","shouldHaveHappened":""}',
      },
    ]);
    expect(await db.dismissedSuggestions.count()).toBe(1);
  });

  it('records a spreadsheet import and its undo, case by case, in the transaction that writes it', async () => {
    const { db, history } = freshStore();
    const { source, record } = planCsvImport(
      `${SHEET_HEADER}\nPerson B,03/02/2019,Police,Arrest,,no,\nPerson B,04/02/2019,Police,Arrest,,no,\n`,
      await libraryOf(db),
    );
    await history.performStep(async () => {
      await writeContactImport(db, record, importedContacts(source, record));
      return importStep(db, source, record);
    });
    const imported = (await newest(db)).filter((e) => e.action === 'import');
    expect(imported).toHaveLength(1);
    expect(imported[0]).toMatchObject({
      step: record.label,
      who: 'Dana Analyst',
      entity: 'contacts',
      changes: [{ field: 'contacts', before: null, after: '2' }],
    });
    expect((await newest(db)).some((e) => e.action === 'create' && e.entity === 'cases')).toBe(true);
    await history.undo();
    expect((await newest(db))[0]).toMatchObject({
      step: `undo ${record.label}`,
      action: 'delete',
      changes: [{ field: 'contacts', before: '2', after: null }],
    });
  });

  it('starts an anonymised copy added as a new case with a trail of its own, holding nothing of the original', async () => {
    const { db, history } = freshStore();
    const { caseId, contact } = await caseWithContact(history, db);
    await history.perform(updateContact(contact, { description: 'Seen by PC Khan at 14 Rose Street' }));
    const original = await projectForCases(db, [caseId]);
    expect(original.auditTrail).toHaveLength(3);
    const { project: copy } = anonymiseProject(original, { seed: 7, now: new Date().toISOString() });
    expect(copy.auditTrail).toEqual([]);
    const { changeSet } = projectImportChangeSet(copy, {
      caseIds: new Set([caseId]),
      agencies: await db.agencies.toArray(),
      unitCosts: await db.unitCosts.toArray(),
      categories: await db.categories.toArray(),
    });
    await history.perform({ ...changeSet, label: 'add anonymised copy' });
    const copyId = copy.cases[0].id;
    const trail = await db.auditTrail.where('caseId').equals(copyId).toArray();
    expect(trail.length).toBeGreaterThan(0);
    expect(trail.every((e) => e.step === 'add anonymised copy' && e.action === 'create')).toBe(true);
    const text = JSON.stringify(trail);
    for (const secret of ['Khan', 'Rose Street', '2019-02-03', 'Person A', contact.id])
      expect(text).not.toContain(secret);
  });

  it("travels in the project file and comes back marked as imported, under the copies' ids when the cases are already here", async () => {
    const { db, history } = freshStore();
    const { caseId, contact } = await caseWithContact(history, db);
    await history.perform(updateContact(contact, { outcome: 'Released' }));
    const read = parseProjectFileText(serialiseProjectFile(await projectForCases(db, [caseId])));
    if (!read.ok) throw new Error(read.errors.join('; '));
    expect(read.project.auditTrail?.map((e) => e.step)).toEqual([
      'create case Person A',
      'add contact Arrest',
      'edit contact Arrest',
    ]);

    const other = freshStore('Sam Second');
    const store = {
      caseIds: new Set<string>(),
      agencies: await other.db.agencies.toArray(),
      unitCosts: await other.db.unitCosts.toArray(),
      categories: await other.db.categories.toArray(),
    };
    await other.history.perform(
      projectImportChangeSet(read.project, store, undefined, 'person-a.journey.json').changeSet,
    );
    const carried = (await newest(other.db)).reverse().filter((e) => e.importedFrom !== null);
    expect(carried.map((e) => [e.step, e.who, e.importedFrom?.file, e.importedFrom?.by])).toEqual(
      read.project.auditTrail?.map((e) => [e.step, 'Dana Analyst', 'person-a.journey.json', 'Sam Second']),
    );
    // Opening it where the case already is: the copy's trail is the copy's, never the original's.
    const before = await db.auditTrail.toArray();
    const here = {
      caseIds: new Set([caseId]),
      agencies: await db.agencies.toArray(),
      unitCosts: await db.unitCosts.toArray(),
      categories: await db.categories.toArray(),
    };
    await history.perform(
      projectImportChangeSet(read.project, here, undefined, 'person-a.journey.json').changeSet,
    );
    const after = await db.auditTrail.toArray();
    for (const entry of before) expect(after).toContainEqual(entry);
    expect(
      after
        .filter((e) => e.importedFrom !== null)
        .every((e) => e.caseId !== caseId && !before.some((b) => b.id === e.id)),
    ).toBe(true);
  });
});

describe('the audit trail cannot be changed through the app', () => {
  const intact = (before: AuditEntry[], after: AuditEntry[]) => {
    for (const entry of before) expect(after).toContainEqual(entry);
  };

  it('refuses an entry edited, put over, deleted or cleared, and a change to a case written without its entries', async () => {
    const { db, history } = freshStore();
    const { contact } = await caseWithContact(history, db);
    const before = await db.auditTrail.toArray();
    const [first] = before;
    await expect(db.auditTrail.put({ ...first, who: 'Someone else' })).rejects.toThrow('append-only');
    await expect(db.auditTrail.update(first.id, { who: 'Someone else' })).rejects.toThrow('append-only');
    await expect(db.auditTrail.delete(first.id)).rejects.toThrow('append-only');
    await expect(db.auditTrail.clear()).rejects.toThrow('append-only');
    await expect(db.auditTrail.add(first)).rejects.toThrow();
    await expect(db.contacts.put({ ...contact, outcome: 'edited around the trail' })).rejects.toThrow(
      'audit trail',
    );
    await expect(db.cases.clear()).rejects.toThrow('audit trail');
    expect(await db.auditTrail.toArray()).toEqual(before);
    expect((await db.contacts.get(contact.id))?.outcome).toBe('');
  });

  it('keeps every entry made since an older backup when it is restored, and logs the restore', async () => {
    const { db, history } = freshStore();
    const { contact } = await caseWithContact(history, db);
    const backup = await storeBackupOf(db);
    await history.perform(updateContact(contact, { outcome: 'Charged' }));
    await history.perform(
      addContact({
        caseId: contact.caseId,
        agencyId: 'agency-police',
        contactType: 'Custody',
        start: '2019-02-04',
      }),
    );
    const before = await db.auditTrail.toArray();

    const plan = await restorePlanOf(
      db,
      'journey-mapper-backup-2026-12-01.journey-backup.gz',
      backup,
      'restore the backup of 01/12/2026',
    );
    if (typeof plan === 'string') throw new Error(plan);
    await history.perform(plan.changeSet);

    expect((await db.contacts.get(contact.id))?.outcome).toBe('');
    const after = await newest(db);
    intact(before, after);
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]).toMatchObject({
      step: 'restore the backup of 01/12/2026',
      action: 'restore',
      entity: 'store',
      who: 'Dana Analyst',
    });
    expect(after[0].changes).toContainEqual({ field: 'contacts', before: '2', after: '1' });
  });

  it("brings a backup's trail to a store that lacks it, marked as imported from the backup", async () => {
    const { db, history } = freshStore();
    await caseWithContact(history, db);
    const backup = await storeBackupOf(db);
    const elsewhere = freshStore('Sam Second');
    const plan = await restorePlanOf(
      elsewhere.db,
      'everything.journey-backup.gz',
      backup,
      'restore everything.journey-backup.gz',
    );
    if (typeof plan === 'string') throw new Error(plan);
    await elsewhere.history.perform(plan.changeSet);
    const carried = (await elsewhere.db.auditTrail.toArray()).filter((e) => e.importedFrom !== null);
    expect(carried.map((e) => e.step).sort()).toEqual(['add contact Arrest', 'create case Person A']);
    expect(
      carried.every(
        (e) => e.importedFrom?.file === 'everything.journey-backup.gz' && e.who === 'Dana Analyst',
      ),
    ).toBe(true);
  });

  it('keeps its own entries when a project file claims them for other authors, and marks what the file adds as imported', async () => {
    const { db, history } = freshStore();
    const { caseId, contact } = await caseWithContact(history, db);
    const project = await projectForCases(db, [caseId]);
    const before = await db.auditTrail.toArray();
    await history.perform(
      deleteCase((await db.cases.get(caseId))!, {
        contacts: [contact],
        links: [],
        lifeEvents: [],
        outcomes: [],
      }),
    );
    const afterDelete = await db.auditTrail.toArray();

    // The file rewrites every local entry (same ids) as someone else's, and adds one claiming to be made here.
    const forged = {
      ...project,
      auditTrail: [
        ...before.map((e) => ({
          ...e,
          who: 'Mallory',
          changes: [{ field: 'outcome', before: 'Charged', after: 'No further action' }],
        })),
        {
          ...before[0],
          id: 'forged-entry',
          who: 'Dana Analyst',
          step: 'edit contact Arrest',
          importedFrom: null,
        },
      ],
    };
    const read = parseProjectFileText(serialiseProjectFile(forged));
    if (!read.ok) throw new Error(read.errors.join('; '));
    const store = {
      caseIds: new Set<string>(),
      agencies: await db.agencies.toArray(),
      unitCosts: await db.unitCosts.toArray(),
      categories: await db.categories.toArray(),
    };
    await history.perform(
      projectImportChangeSet(read.project, store, undefined, 'forged.journey.json').changeSet,
    );

    const after = await db.auditTrail.toArray();
    intact(afterDelete, after);
    expect(after.filter((e) => e.who === 'Mallory')).toEqual([]);
    const added = after.find((e) => e.id === 'forged-entry');
    expect(added?.importedFrom).toMatchObject({ file: 'forged.journey.json', by: 'Dana Analyst' });
  });
});
