import { describe, expect, it } from 'vitest';
import { defaultAgencies } from '../../../shared/editing/default-agencies';
import type { ContactDraft } from '../../../shared/io/contact-sheet/contact-rows';
import { buildImportPlan, findUnknownValues, type ImportLibrary } from '../../../shared/io/contact-sheet/import-plan';
import type { Case, Contact, UnitCost } from '../../../shared/model';

const T = '2024-01-01T00:00:00.000Z';
const existingCase: Case = { id: 'case-1', pseudonym: 'Person A', knownNames: [], designatedLead: '', status: 'open', riskGrade: 'not graded', notes: '', dateOfBirth: null, interventionDate: null, createdAt: T, updatedAt: T };
const arrest: UnitCost = { id: 'uc-arrest', name: 'Arrest and detain', costBearer: 'Police', unit: 'contact', amountPence: 71900, priceYear: 'unknown', source: 'Safe Space', confidence: 3, notes: '', retired: false };
const library: ImportLibrary = { cases: [existingCase], agencies: defaultAgencies(), unitCosts: [arrest], contactTypes: ['Welfare check'] };

function draft(row: number, fields: Partial<ContactDraft> = {}): ContactDraft {
  return { sheetRow: row, caseName: null, start: '2019-02-03', end: null, agencyName: 'Police', contactType: 'Arrest and detain', quantity: null, outcome: '', description: '', missedOpportunity: null, statedCost: null, costOverride: null, ...fields };
}

let counter = 0;
const makeId = () => `id-${(counter += 1)}`;

describe('import plan', () => {
  it('lists each unknown agency and contact type once, with how many rows use it', () => {
    const drafts = [draft(2, { agencyName: 'Outreach team' }), draft(3, { agencyName: 'outreach  TEAM', contactType: 'Street visit' }), draft(4, { contactType: 'welfare check' })];
    expect(findUnknownValues(drafts, library)).toEqual({ agencies: [{ value: 'Outreach team', rows: 2 }], contactTypes: [{ value: 'Street visit', rows: 1 }] });
  });

  it('writes new agencies, cases, unit costs and contacts as one change set, pricing known contact types', () => {
    const drafts = [
      draft(2, { agencyName: 'Outreach team', contactType: 'Street visit' }),
      draft(3, { caseName: 'Person B' }),
      draft(4, { contactType: 'Hostel night', statedCost: { amountPence: 3500, unit: 'night', priceYear: '2019/20', costBearer: 'Housing', source: 'Council' }, end: '2019-02-10' }),
      draft(5, { contactType: 'Hostel night', statedCost: { amountPence: 3500, unit: 'night', priceYear: '2019/20', costBearer: 'Housing', source: 'Council' } }),
    ];
    const plan = buildImportPlan({
      drafts, library, targetCaseId: 'case-1', fileName: 'x.csv', sheetName: 'Sheet1', now: T, makeId,
      resolutions: { agencies: { 'outreach team': { kind: 'new', sector: 'Third sector' } }, contactTypes: { 'street visit': { kind: 'new' } } },
    });
    if (!plan.ok) throw new Error(JSON.stringify(plan.problems));
    expect(plan.summary).toEqual({
      contacts: 4,
      cases: [{ pseudonym: 'Person A', isNew: false, contacts: 3 }, { pseudonym: 'Person B', isNew: true, contacts: 1 }],
      newAgencies: ['Outreach team'], newUnitCosts: ['Hostel night (2019/20)'], newContactTypes: ['Street visit'],
    });
    expect(plan.changeSet.changes.map((c) => c.table)).toEqual(['agencies', 'contacts', 'cases', 'contacts', 'unitCosts', 'contacts', 'contacts']);
    const contacts = plan.changeSet.changes.filter((c) => c.table === 'contacts').map((c) => c.after as Contact);
    expect(contacts[0].unitCostId).toBeNull();
    expect(contacts[1].unitCostId).toBe('uc-arrest');
    expect(contacts[2].unitCostId).toBe(contacts[3].unitCostId);
    expect(plan.changeSet.label).toBe('import 4 contacts from x.csv');
  });

  it('refuses, row by row, what has no case or an unresolved value', () => {
    const plan = buildImportPlan({ drafts: [draft(7, { agencyName: 'Nobody' })], library, targetCaseId: null, fileName: 'x.csv', sheetName: 'S', now: T, makeId, resolutions: { agencies: {}, contactTypes: {} } });
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.problems.map((p) => `${p.row} ${p.value} ${p.reason}`)).toEqual([
      '7  names no case; map a Case column, or import into an open case',
      '7 Nobody is an agency the library does not know; map it to an agency or create it',
    ]);
  });
});
