import { describe, expect, it } from 'vitest';
import { similarCostBearer } from '../../../shared/costing/cost-bearers';
import { defaultAgencies } from '../../../shared/editing/default-agencies';
import { importedContacts } from '../../../shared/contact-sheet/contact-import';
import type { ContactSheetSettings } from '../../../shared/contact-sheet/contact-rows';
import {
  findSimilarCostBearers,
  planContactImport,
  type CostBearerResolution,
  type ImportLibrary,
} from '../../../shared/contact-sheet/import-plan';
import { checkSheet } from '../../../shared/contact-sheet/sheet-check';
import { gridSource } from '../../../shared/contact-sheet/sheet-source';
import type { UnitCost } from '../../../shared/model';

const T = '2024-01-01T00:00:00.000Z';
const housingOptions: UnitCost = {
  id: 'uc-housing',
  name: 'Housing options',
  costBearer: 'Local authority (housing)',
  unit: 'contact',
  amountPence: 55800,
  priceYear: 'unknown',
  source: 'review',
  confidence: 3,
  notes: '',
  retired: false,
};
const library: ImportLibrary = {
  cases: [],
  agencies: defaultAgencies(),
  unitCosts: [housingOptions],
  contactTypes: [],
};
const settings: ContactSheetSettings = {
  headerRow: 0,
  columns: ['case', 'date', 'agency', 'contactType', 'unitCost', 'priceYear', 'costBearer', 'source'],
  dateOrder: 'day first',
};
const source = gridSource({
  name: 'Sheet1',
  merges: [],
  date1904: false,
  rows: [
    ['Case', 'Date', 'Agency', 'Contact type', 'Unit cost', 'Price year', 'Cost bearer', 'Source'],
    [
      'Person A',
      '03/02/2019',
      'Housing',
      'B&B night',
      '35.00',
      '2019/20',
      'Local authority housing',
      'Council',
    ],
  ].map((r) => r.map((text) => ({ kind: 'text' as const, text }))),
});
const check = checkSheet(source, settings, 'x.csv');
const planWith = (choice?: CostBearerResolution) =>
  planContactImport({
    check,
    library,
    resolutions: {
      agencies: {},
      contactTypes: {},
      ...(choice === undefined ? {} : { costBearers: { 'local authority housing': choice } }),
    },
    targetCaseId: null,
    fileName: 'x.csv',
    sheetName: 'Sheet1',
    sheetIndex: 0,
    settings,
    now: T,
  });

describe('a cost bearer written differently from one the library has', () => {
  it('is recognised whatever the case, brackets, punctuation or "&"', () => {
    const known = ['Local authority (housing)', 'Drug and alcohol treatment service', 'Police'];
    expect(similarCostBearer('Local authority housing', known)).toBe('Local authority (housing)');
    expect(similarCostBearer('local authority - HOUSING', known)).toBe('Local authority (housing)');
    expect(similarCostBearer('Drug & alcohol treatment service', known)).toBe(
      'Drug and alcohol treatment service',
    );
    expect(similarCostBearer('Police', known)).toBeNull();
    expect(similarCostBearer('Local authority (children)', known)).toBeNull();
  });

  it('is offered as the existing one: the import stops at its row until the user decides', () => {
    expect(findSimilarCostBearers(check.names, library)).toEqual([
      { value: 'Local authority housing', existing: 'Local authority (housing)', firstRow: 2 },
    ]);
    const undecided = planWith();
    expect(undecided.ok).toBe(false);
    if (!undecided.ok)
      expect(undecided.problems[0]).toMatchObject({
        row: 2,
        value: 'Local authority housing',
        reason: expect.stringContaining('"Local authority (housing)"'),
      });
  });

  it("taken as the existing one, the stated cost carries the library's bearer; kept, it is a new bearer", () => {
    for (const [choice, bearer] of [
      [{ kind: 'existing' }, 'Local authority (housing)'],
      [{ kind: 'new' }, 'Local authority housing'],
    ] as const) {
      const planned = planWith(choice);
      if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
      const created = planned.record.created.find((c) => c.table === 'unitCosts')?.after as UnitCost;
      expect(created.costBearer).toBe(bearer);
      expect([...importedContacts(source, planned.record)].flat()[0].unitCostId).toBe(created.id);
    }
  });
});
