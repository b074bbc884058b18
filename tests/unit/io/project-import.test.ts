import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultAgencies } from '../../../shared/editing/default-agencies';
import { parseProjectFileText } from '../../../shared/project/project-file';
import { projectImportChangeSet } from '../../../shared/project/project-import';
import type { Contact, OutcomeMeasure, OutcomeMeasurement, UnitCost } from '../../../shared/model';

const read = parseProjectFileText(readFileSync('samples/projects/costing-demo.journey.json', 'utf8'));
if (!read.ok) throw new Error(read.errors.join('; '));
const project = read.project;
let n = 0;
const makeId = () => `new-${(n += 1)}`;

describe('opening a project file into the store', () => {
  it('keeps ids in an empty store and reuses agencies of the same name', () => {
    const { changeSet, summary } = projectImportChangeSet(
      project,
      { caseIds: new Set(), agencies: defaultAgencies(), unitCosts: [], categories: [] },
      makeId,
    );
    expect(summary.asCopies).toBe(false);
    const contacts = changeSet.changes.filter((c) => c.table === 'contacts').map((c) => c.after as Contact);
    expect(contacts.map((c) => c.id)).toEqual(project.contacts.map((c) => c.id));
    const police = defaultAgencies().find((a) => a.name === 'Police');
    const fileAgency = project.agencies.find((a) => a.name === 'Police');
    expect(fileAgency).toBeDefined();
    const policeContacts = contacts.filter(
      (c) => project.contacts.find((p) => p.id === c.id)?.agencyId === fileAgency?.id,
    );
    expect(policeContacts.length).toBeGreaterThan(0);
    expect(policeContacts.every((c) => c.agencyId === police?.id)).toBe(true);
  });

  it('imports cases already in the store as copies, and never changes a unit cost the user has', () => {
    const changed: UnitCost = { ...project.unitCosts[0], amountPence: project.unitCosts[0].amountPence + 1 };
    const { changeSet, summary } = projectImportChangeSet(
      project,
      {
        caseIds: new Set(project.cases.map((c) => c.id)),
        agencies: [],
        unitCosts: [changed],
        categories: [],
      },
      makeId,
    );
    expect(summary.asCopies).toBe(true);
    const cases = changeSet.changes.filter((c) => c.table === 'cases');
    expect(cases.every((c) => !project.cases.some((p) => p.id === c.key))).toBe(true);
    const costs = changeSet.changes.filter((c) => c.table === 'unitCosts').map((c) => c.after as UnitCost);
    expect(costs.find((u) => u.name === changed.name)?.id).not.toBe(changed.id);
    expect(changeSet.changes.some((c) => c.table === 'unitCosts' && c.key === changed.id)).toBe(false);
  });

  it('brings outcome scores with their cases, and an own measure the store has differently under a new id', () => {
    const own: OutcomeMeasure = {
      id: 'own-wellbeing',
      name: 'Wellbeing',
      min: 0,
      max: 10,
      higherIsBetter: true,
      items: [],
      source: '',
    };
    const caseId = project.cases[0].id;
    const scored = {
      ...project,
      outcomeMeasures: [own],
      outcomes: [
        {
          id: 'o1',
          caseId,
          measureId: 'ndt-assessment',
          date: '2019-03-01',
          total: 31,
          itemScores: {},
          note: '',
        },
        { id: 'o2', caseId, measureId: own.id, date: '2019-03-01', total: 6, itemScores: {}, note: '' },
      ],
    };
    const theirs = { ...own, max: 5 };
    const { changeSet } = projectImportChangeSet(
      scored,
      { caseIds: new Set([caseId]), agencies: [], unitCosts: [], categories: [], outcomeMeasures: [theirs] },
      makeId,
    );
    const measures = changeSet.changes
      .filter((c) => c.table === 'outcomeMeasures')
      .map((c) => c.after as OutcomeMeasure);
    expect(measures).toHaveLength(1);
    expect(measures[0].id).not.toBe(own.id);
    const outcomes = changeSet.changes
      .filter((c) => c.table === 'outcomes')
      .map((c) => c.after as OutcomeMeasurement);
    const copiedCase = changeSet.changes.find((c) => c.table === 'cases')?.key;
    expect(outcomes.map((o) => [o.caseId, o.measureId, o.total])).toEqual([
      [copiedCase, 'ndt-assessment', 31],
      [copiedCase, measures[0].id, 6],
    ]);
    const same = projectImportChangeSet(
      scored,
      { caseIds: new Set(), agencies: [], unitCosts: [], categories: [], outcomeMeasures: [own] },
      makeId,
    ).changeSet;
    expect(same.changes.filter((c) => c.table === 'outcomeMeasures')).toHaveLength(0);
  });
});
