import { describe, expect, it } from 'vitest';
import { contactQuantity, lengthUnknown } from '../../../shared/costing/contact-cost';
import {
  costsAfter,
  orderUnknown,
  startsStrictlyLater,
  twelveMonthsAfter,
} from '../../../shared/costing/cost-after';
import { journeyTotals } from '../../../shared/costing/journey-totals';
import { pence } from '../../../shared/costing/money';
import { DEFAULT_DEFLATOR_SERIES } from '../../../samples/shipped-data';
import type { Agency, Contact, UnitCost } from '../../../shared/model';

const T = '2024-01-01T00:00:00.000Z';
const series = { ...DEFAULT_DEFLATOR_SERIES, values: { '2023/24': 100 } };
const agencies: Agency[] = [
  { id: 'police', name: 'Police', sector: 'Police', colour: '#0072B2', laneOrder: 0, hidden: false },
];
const missed = { category: 'No referral made', note: '', shouldHaveHappened: '' };

function unitCost(id: string, amountPence: number, unit: UnitCost['unit'] = 'contact'): UnitCost {
  return {
    id,
    name: id,
    costBearer: `Bearer ${id}`,
    unit,
    amountPence,
    priceYear: '2023/24',
    source: 'test',
    confidence: 4,
    notes: '',
    retired: false,
  };
}

function contact(id: string, start: string, fields: Partial<Contact> = {}): Contact {
  return {
    id,
    caseId: 'k',
    agencyId: 'police',
    contactType: 'Contact',
    start,
    end: null,
    quantity: null,
    outcome: '',
    description: '',
    missedOpportunity: null,
    unitCostId: 'u',
    costOverride: null,
    createdAt: T,
    updatedAt: T,
    ...fields,
  };
}

const totalsOf = (contacts: Contact[], unitCosts = [unitCost('u', 100)]) =>
  journeyTotals({ contacts, agencies, basis: { unitCosts, priceBase: '2023/24', series } });

describe('costing approximate contacts', () => {
  it('puts each in the financial year holding its period, else its midpoint, and reports the share so assigned', () => {
    const totals = totalsOf([
      contact('mar', '2018-03'),
      contact('apr', '2018-04'),
      contact('q1', '2019-33'),
      contact('q2', '2019-34'),
      contact('year', '2017'),
      contact('range', '2019-03/2019-05'),
      contact('day', '2018-03-31'),
    ]);
    expect(totals.byFinancialYear).toEqual({ '2017/18': 300, '2018/19': 200, '2019/20': 200 });
    expect(totals.approximateFinancialYear).toEqual({ pence: 200, share: Number((2 / 7).toFixed(6)) });
  });

  it('keeps an entered quantity whole in the one year, and without one counts one, flagged as assumed', () => {
    const night = unitCost('n', 5000, 'night');
    const stay = contact('stay', '2018-10', { end: '2018-12', unitCostId: 'n' });
    expect(lengthUnknown(stay, 'night')).toBe(true);
    expect(lengthUnknown({ ...stay, quantity: 42 }, 'night')).toBe(false);
    expect(lengthUnknown(contact('x', '2018-10-01', { end: '2018-10-05' }), 'night')).toBe(false);
    expect(contactQuantity(stay, night)).toMatchObject({ source: 'one (approximate dates)' });
    const totals = totalsOf([{ ...stay, quantity: 42 }, stay], [night]);
    expect(totals.byFinancialYear).toEqual({ '2018/19': 43 * 5000 });
    expect(totals.assumedQuantityContactIds).toEqual(['stay']);
  });
});

describe('cost after a missed opportunity with approximate dates', () => {
  it('orders an approximate contact only when its whole period is after the other', () => {
    expect(startsStrictlyLater('2019-04-01', '2019-03')).toBe(true);
    expect(startsStrictlyLater('2019-03-31', '2019-03')).toBe(false);
    expect(orderUnknown('2019-03-31', '2019-03')).toBe(true);
    expect(orderUnknown('2019-03-02', '2019-03')).toBe(true);
    expect(orderUnknown('2019-03-01', '2019-03')).toBe(false);
    expect(orderUnknown('2019-02-28', '2019-03')).toBe(false);
    expect(orderUnknown('2019', '2019-03-05')).toBe(true);
    expect(orderUnknown('2019-03-05T10:00', '2019-03-05')).toBe(false);
    expect(twelveMonthsAfter('2019-03')).toBe('2020-03-31');
  });

  it('sums certainly later contacts as cost after and the rest of unknown order apart, for an exact flagged contact', () => {
    const contacts = [
      contact('before', '2019-01-10'),
      contact('flag', '2019-03-15', { missedOpportunity: missed }),
      contact('same month', '2019-03'),
      contact('year', '2019', { unitCostId: 'big' }),
      contact('later', '2019-04-02'),
      contact('next year', '2020-03-15'),
      contact('after window', '2020-03-16'),
      contact('window straddler', '2020-03'),
    ];
    const totals = totalsOf(contacts, [unitCost('u', 100), unitCost('big', 10_000)]);
    expect(totals.missedOpportunities).toEqual([
      expect.objectContaining({
        contactId: 'flag',
        costAfterPence: 400,
        costAfter12MonthsPence: 200,
        costAfterUncertainPence: 10_100,
      }),
    ]);
  });

  it('runs from the last day of an approximate flagged contact', () => {
    const contacts = [
      contact('flag', '2019-03', { missedOpportunity: missed }),
      contact('inside', '2019-03-20'),
      contact('earlier', '2019-02-27'),
      contact('later', '2019-04-01'),
      contact('last of window', '2020-03-31'),
      contact('outside window', '2020-04-01'),
    ];
    const totals = totalsOf(contacts);
    expect(totals.missedOpportunities[0]).toMatchObject({
      costAfterPence: 300,
      costAfter12MonthsPence: 200,
      costAfterUncertainPence: 100,
    });
  });

  it('agrees with a contact-by-contact count on a mixed journey', () => {
    const dates = [
      '2019',
      '2019-03',
      '2019-03-05',
      '2019-03-05T10:00',
      '2019-21',
      '2019-35',
      '2018-12/2019-02',
      '2019-06-01',
      '2020-02',
      '2020-03-31',
      '2018~',
      '2019-04',
    ];
    const contacts = dates.map((d, i) =>
      contact(`c${i}`, d, { missedOpportunity: i % 3 === 0 ? missed : null }),
    );
    const amount = (c: Contact) => pence(Number(c.id.slice(1)) + 1);
    const flagged = contacts.filter((c) => c.missedOpportunity !== null);
    const results = costsAfter(contacts, amount, flagged);
    flagged.forEach((f, i) => {
      const sum = (list: Contact[]) => list.reduce((s, c) => s.plus(amount(c)), pence(0)).toNumber();
      const later = contacts.filter((c) => startsStrictlyLater(c.start, f.start));
      expect(results[i].after.toNumber(), f.start).toBe(sum(later));
      expect(results[i].uncertain.toNumber(), f.start).toBe(
        sum(contacts.filter((c) => c !== f && orderUnknown(c.start, f.start))),
      );
    });
  });
});
