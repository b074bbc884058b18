import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactQuantity } from '../../../shared/costing/contact-cost';
import { startsStrictlyLater, twelveMonthsAfter } from '../../../shared/costing/cost-after';
import { journeyTotals } from '../../../shared/costing/journey-totals';
import { DEFAULT_DEFLATOR_SERIES } from '../../../samples/shipped-data';
import type { Agency, Contact, UnitCost } from '../../../shared/model';

const T = '2024-01-01T00:00:00.000Z';
const series = { ...DEFAULT_DEFLATOR_SERIES, values: { '2015/16': 100, '2023/24': 125 } };
const agencies: Agency[] = [
  { id: 'police', name: 'Police', sector: 'Police', colour: '#0072B2', laneOrder: 0, hidden: false },
];

function unitCost(
  id: string,
  amountPence: number,
  unit: UnitCost['unit'] = 'contact',
  priceYear: UnitCost['priceYear'] = '2023/24',
  confidence = 4,
): UnitCost {
  return {
    id,
    name: id,
    costBearer: `Bearer ${id}`,
    unit,
    amountPence,
    priceYear,
    source: 'test',
    confidence,
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
    unitCostId: null,
    costOverride: null,
    createdAt: T,
    updatedAt: T,
    ...fields,
  };
}

const totalsOf = (contacts: Contact[], unitCosts: UnitCost[]) =>
  journeyTotals({ contacts, agencies, basis: { unitCosts, priceBase: '2023/24', series } });

describe('quantities from durations', () => {
  it.each([
    ['night', '2019-03-04', '2019-03-11', '7'],
    ['night', '2019-03-04T22:00', '2019-03-04T23:00', '1'],
    ['day', '2019-03-04', '2019-03-06', '3'],
    ['week', '2019-03-04', '2019-03-17', '2'],
    ['hour', '2019-03-04T21:00', '2019-03-04T23:30', '2.5'],
  ])('a per-%s cost from %s to %s counts %s', (unit, start, end, expected) => {
    expect(
      contactQuantity(
        contact('a', start, { end }),
        unitCost('u', 100, unit as UnitCost['unit']),
      ).quantity.toString(),
    ).toBe(expected);
  });
  it("counts calendar months (01/01 to 31/12 is 11 months and 30 of December's 31 days), an entered quantity wins, and no end date counts one", () => {
    const month = contactQuantity(
      contact('a', '2019-01-01', { end: '2019-12-31' }),
      unitCost('u', 100, 'month'),
    ).quantity;
    expect(month.round(6).toString()).toBe((11 + 30 / 31).toFixed(6));
    expect(
      contactQuantity(
        contact('a', '2019-01-01', { end: '2019-01-05', quantity: 2.5 }),
        unitCost('u', 100, 'night'),
      ),
    ).toMatchObject({ source: 'entered' });
    expect(contactQuantity(contact('a', '2019-01-01'), unitCost('u', 100, 'night'))).toMatchObject({
      source: 'one (no end date)',
    });
  });
});

describe('journey totals', () => {
  const costs = [
    unitCost('arrest', 71900, 'contact', 'unknown', 3),
    unitCost('old', 10000, 'contact', '2015/16', 2),
    unitCost('bnb', 3500, 'night'),
  ];
  const contacts = [
    contact('a', '2019-03-31', { unitCostId: 'arrest', contactType: 'Arrest' }),
    contact('b', '2019-04-01', {
      unitCostId: 'old',
      contactType: 'Old',
      missedOpportunity: { category: 'No referral made', note: '', shouldHaveHappened: '' },
    }),
    contact('c', '2019-04-01T10:00', { unitCostId: 'bnb', contactType: 'B&B', end: '2019-04-03' }),
    contact('d', '2020-04-01', {
      costOverride: { amountPence: 12345, reason: 'invoice' },
      contactType: 'Invoice',
    }),
    contact('e', '2020-04-02', { contactType: 'Not costed' }),
  ];
  const totals = totalsOf(contacts, costs);

  it('totals by cost bearer, financial year and contact type, uplifting only known years', () => {
    expect(totals.totalPence).toBe(71900 + 12500 + 7000 + 12345);
    expect(totals.byFinancialYear).toEqual({ '2018/19': 71900, '2019/20': 19500, '2020/21': 12345 });
    expect(totals.byCostBearer).toEqual({
      'Bearer arrest': 71900,
      'Bearer bnb': 7000,
      'Bearer old': 12500,
      Police: 12345,
    });
    expect(totals.byContactType['B&B']).toBe(7000);
  });
  it('counts uncosted contacts and reports what rests on unknown years, low confidence and overrides', () => {
    expect(totals.uncostedContacts).toBe(1);
    expect(totals.uncostedContactIds).toEqual(['e']);
    expect(totals.unknownPriceYear.pence).toBe(71900);
    expect(totals.unknownPriceYear.share).toBeCloseTo(71900 / 103745, 6);
    expect(totals.lowConfidence.pence).toBe(12500);
    expect(totals.overridden.pence).toBe(12345);
  });
  it('costs what came strictly after each missed opportunity, in all and within twelve months', () => {
    // b is 2019-04-01 with no time: c on the same date is not "strictly later" (order within the day unknown).
    expect(totals.missedOpportunities).toEqual([
      {
        contactId: 'b',
        date: '2019-04-01',
        category: 'No referral made',
        costAfterPence: 12345,
        costAfter12MonthsPence: 12345,
        costAfterUncertainPence: 0,
      },
    ]);
    expect(twelveMonthsAfter('2019-04-01')).toBe('2020-04-01');
    expect(twelveMonthsAfter('2020-02-29')).toBe('2021-02-28');
    expect(startsStrictlyLater('2019-04-01T10:00', '2019-04-01T09:00')).toBe(true);
    expect(startsStrictlyLater('2019-04-01T10:00', '2019-04-01')).toBe(false);
    const later = totalsOf([...contacts, contact('f', '2020-04-03', { unitCostId: 'arrest' })], costs)
      .missedOpportunities[0];
    expect(later.costAfterPence).toBe(12345 + 71900);
    expect(later.costAfter12MonthsPence).toBe(12345);
  });
  it('excludes the flagged contact itself and draws a cumulative line that ends at the total', () => {
    const flagged = totalsOf(
      [
        contact('x', '2019-01-01T10:00', {
          unitCostId: 'arrest',
          missedOpportunity: { category: 'c', note: '', shouldHaveHappened: '' },
        }),
      ],
      costs,
    );
    expect(flagged.missedOpportunities[0].costAfterPence).toBe(0);
    expect(totals.cumulative.at(-1)?.cumulativePence).toBe(totals.totalPence);
    expect(totals.cumulative.map((p) => p.cumulativePence)).toEqual([71900, 84400, 91400, 103745]);
  });
});

describe('pence-exact totals', () => {
  it('matches an independent BigInt reference over 10,000 random contacts', () => {
    const contactArb = fc.record({
      amountPence: fc.integer({ min: 0, max: 5_000_000 }),
      quantityHundredths: fc.integer({ min: 1, max: 100_000 }),
    });
    fc.assert(
      fc.property(fc.array(contactArb, { minLength: 10_000, maxLength: 10_000 }), (rows) => {
        const unitCosts = rows.map((r, i) => unitCost(`u${i}`, r.amountPence));
        const contacts = rows.map((r, i) =>
          contact(`c${i}`, '2020-01-01', { unitCostId: `u${i}`, quantity: r.quantityHundredths / 100 }),
        );
        // Reference: everything in hundredths of a penny as BigInt, one half-up rounding at the end.
        const hundredths = rows.reduce(
          (sum, r) => sum + BigInt(r.amountPence) * BigInt(r.quantityHundredths),
          0n,
        );
        const expected = Number((hundredths + 50n) / 100n);
        expect(totalsOf(contacts, unitCosts).totalPence).toBe(expected);
      }),
      { numRuns: 3 },
    );
  });
});
