import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultAgencies } from '../../../shared/editing/default-agencies';
import type { ContactDraft } from '../../../shared/io/contact-sheet/contact-rows';
import { buildImportPlan } from '../../../shared/io/contact-sheet/import-plan';
import type { ChangeSet } from '../../../shared/editing/change-set';
import { applyChangeSet } from '../../../renderer/storage/apply-change-set';
import { JourneyDatabase } from '../../../renderer/storage/journey-database';
import { UndoHistory } from '../../../renderer/storage/undo-history';

const T = '2024-01-01T00:00:00.000Z';
let name = '';
afterEach(async () => {
  await new JourneyDatabase(name).delete();
});

function bigImport(rows: number): ChangeSet {
  const drafts: ContactDraft[] = Array.from({ length: rows }, (_, i) => ({
    sheetRow: i + 2, caseName: `Person ${i % 7}`, start: `2019-01-${String((i % 28) + 1).padStart(2, '0')}`, end: null, agencyName: i % 5 === 0 ? 'Outreach' : 'Police',
    contactType: 'Welfare check', quantity: null, outcome: '', description: `row ${i}`, missedOpportunity: null, statedCost: null, costOverride: null,
  }));
  const plan = buildImportPlan({
    drafts, library: { cases: [], agencies: defaultAgencies(), unitCosts: [], contactTypes: ['Welfare check'] }, targetCaseId: null, fileName: 'big.csv', sheetName: 'S', now: T,
    resolutions: { agencies: { outreach: { kind: 'new', sector: 'Third sector' } }, contactTypes: {} },
  });
  if (!plan.ok) throw new Error('plan refused');
  return plan.changeSet;
}

async function contents(db: JourneyDatabase) {
  return { cases: await db.cases.count(), agencies: await db.agencies.count(), contacts: await db.contacts.count() };
}

async function freshStore(): Promise<JourneyDatabase> {
  name = `crash-${Date.now()}-${Math.random()}`;
  const db = new JourneyDatabase(name);
  await db.open();
  return db;
}

describe('an import or bulk edit interrupted part-way leaves the store exactly as before', () => {
  it('when an error is thrown half-way through writing 5,000 contacts', async () => {
    const db = await freshStore();
    const before = await contents(db);
    let written = 0;
    db.contacts.hook('creating', () => {
      written += 1;
      if (written === 2_500) throw new Error('disk full');
    });
    const history = new UndoHistory((set) => applyChangeSet(db, set));
    await expect(history.perform(bigImport(5_000))).rejects.toThrow('disk full');
    expect(written).toBe(2_500);
    expect(await contents(db)).toEqual(before);
    expect(history.getState().canUndo).toBe(false);
    db.close();
  });

  it('when the app closes the store while the write is under way (the window is closed)', async () => {
    const db = await freshStore();
    const before = await contents(db);
    const writing = applyChangeSet(db, bigImport(5_000));
    db.close();
    await expect(writing).rejects.toThrow();
    const reopened = new JourneyDatabase(name);
    expect(await contents(reopened)).toEqual(before);
    reopened.close();
  });

  it('and a completed import is undone in one step, back to exactly the store before it', async () => {
    const db = await freshStore();
    const before = { agencies: await db.agencies.toArray(), cases: await db.cases.toArray(), contacts: await db.contacts.toArray() };
    const history = new UndoHistory((set) => applyChangeSet(db, set));
    await history.perform(bigImport(2_000));
    expect(await db.contacts.count()).toBe(2_000);
    await history.undo();
    expect({ agencies: await db.agencies.toArray(), cases: await db.cases.toArray(), contacts: await db.contacts.toArray() }).toEqual(before);
    db.close();
  });
});
