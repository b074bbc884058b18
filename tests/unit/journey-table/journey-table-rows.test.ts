import Big from 'big.js';
import { describe, expect, it } from 'vitest';
import type { ContactCost } from '../../../shared/costing/contact-cost';
import { journeyTableRows, sortAndFilterRows } from '../../../shared/journey-table/journey-table-rows';
import { toDayNumber, type Agency, type Contact } from '../../../shared/model';

const T = '2024-01-01T00:00:00.000Z';
const agencies: Agency[] = [
  { id: 'police', name: 'Police', sector: 'Police', colour: '#0072B2', laneOrder: 0, hidden: false },
  { id: 'ae', name: 'A&E', sector: 'Acute health', colour: '#D55E00', laneOrder: 1, hidden: false },
];

function contact(
  id: string,
  agencyId: string,
  contactType: string,
  start: string,
  category: string | null = null,
): Contact {
  const missedOpportunity = category === null ? null : { category, note: '', shouldHaveHappened: '' };
  return {
    id,
    caseId: 'k',
    agencyId,
    contactType,
    start,
    end: null,
    quantity: null,
    outcome: '',
    description: '',
    missedOpportunity,
    unitCostId: null,
    costOverride: null,
    createdAt: T,
    updatedAt: T,
  };
}

function cost(contactId: string, pence: string | null): ContactCost {
  return {
    contactId,
    status: pence === null ? 'uncosted' : 'costed',
    amount: new Big(pence ?? 0),
    quantity: null,
    quantitySource: null,
    unitCost: null,
    unknownPriceYear: false,
    lowConfidence: false,
    problem: null,
    byFinancialYear: [],
  };
}

const contacts = [
  contact('arrest', 'police', 'Arrest', '2019-02-03T23:10', 'No referral made'),
  contact('attendance', 'ae', 'A&E attendance', '2019-01-15'),
  contact('welfare', 'police', 'Welfare check', '2019-03-01T09:05'),
  contact('second', 'ae', 'A&E attendance', '2019-04-20'),
];
const costs = new Map([
  ['arrest', cost('arrest', '71900')],
  ['attendance', cost('attendance', '30049.5')],
  ['welfare', cost('welfare', null)],
  ['second', cost('second', '30000')],
]);
const rows = journeyTableRows(contacts, agencies, costs);
const ids = (list: { contactId: string }[]) => list.map((r) => r.contactId);

describe('the journey as table rows', () => {
  it('gives each contact its UK date, time, agency, cost at the price base and missed opportunity', () => {
    expect(rows[0]).toEqual({
      contactId: 'arrest',
      start: '2019-02-03T23:10',
      earliest: toDayNumber('2019-02-03T23:10'),
      date: '03/02/2019',
      time: '23:10',
      agency: 'Police',
      contactType: 'Arrest',
      costPence: 71900,
      costText: '£719.00',
      missedOpportunity: true,
      category: 'No referral made',
    });
    expect(rows[1]).toMatchObject({
      time: '',
      costPence: 30050,
      costText: '£300.50',
      missedOpportunity: false,
      category: '',
    });
    expect(rows[2]).toMatchObject({ costPence: null, costText: 'not costed' });
  });

  it('says the journey is being costed, not £0, before the costs arrive', () => {
    expect(journeyTableRows(contacts, agencies, undefined).map((r) => r.costText)).toEqual([
      'costing…',
      'costing…',
      'costing…',
      'costing…',
    ]);
  });

  it('sorts by date either way, with times within a day', () => {
    expect(ids(sortAndFilterRows(rows, { column: 'date', descending: false }, ''))).toEqual([
      'attendance',
      'arrest',
      'welfare',
      'second',
    ]);
    expect(ids(sortAndFilterRows(rows, { column: 'date', descending: true }, ''))).toEqual([
      'second',
      'welfare',
      'arrest',
      'attendance',
    ]);
  });

  it('sorts by cost with uncosted contacts last both ways, and by agency keeping time order within one', () => {
    expect(ids(sortAndFilterRows(rows, { column: 'cost', descending: false }, ''))).toEqual([
      'second',
      'attendance',
      'arrest',
      'welfare',
    ]);
    expect(ids(sortAndFilterRows(rows, { column: 'cost', descending: true }, ''))).toEqual([
      'arrest',
      'attendance',
      'second',
      'welfare',
    ]);
    expect(ids(sortAndFilterRows(rows, { column: 'agency', descending: false }, ''))).toEqual([
      'attendance',
      'second',
      'arrest',
      'welfare',
    ]);
  });

  it('puts missed opportunities first when sorted by them', () => {
    expect(ids(sortAndFilterRows(rows, { column: 'missedOpportunity', descending: false }, ''))[0]).toBe(
      'arrest',
    );
  });

  it('filters on any column, whatever the case', () => {
    expect(ids(sortAndFilterRows(rows, { column: 'date', descending: false }, 'a&e'))).toEqual([
      'attendance',
      'second',
    ]);
    expect(ids(sortAndFilterRows(rows, { column: 'date', descending: false }, ' NO REFERRAL '))).toEqual([
      'arrest',
    ]);
    expect(ids(sortAndFilterRows(rows, { column: 'date', descending: false }, '/03/2019'))).toEqual([
      'welfare',
    ]);
    expect(ids(sortAndFilterRows(rows, { column: 'date', descending: false }, 'not costed'))).toEqual([
      'welfare',
    ]);
    expect(ids(sortAndFilterRows(rows, { column: 'date', descending: false }, 'missed opportunity'))).toEqual(
      ['arrest'],
    );
  });
});
