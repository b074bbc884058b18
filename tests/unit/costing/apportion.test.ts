import Big from 'big.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarMonths } from '../../../shared/costing/apportion';
import { costContact, contactQuantity } from '../../../shared/costing/contact-cost';
import { journeyTotals } from '../../../shared/costing/journey-totals';
import { DEFAULT_DEFLATOR_SERIES } from '../../../samples/shipped-data';
import type { Contact, CostUnit, UnitCost } from '../../../shared/model';

const T = '2024-01-01T00:00:00.000Z';
const series = { ...DEFAULT_DEFLATOR_SERIES, values: { '2015/16': 100, '2023/24': 125 } };

function unitCost(
  unit: CostUnit,
  amountPence: number,
  priceYear: UnitCost['priceYear'] = '2023/24',
): UnitCost {
  return {
    id: 'u',
    name: 'Unit',
    costBearer: 'Council',
    unit,
    amountPence,
    priceYear,
    source: 'test',
    confidence: 4,
    notes: '',
    retired: false,
  };
}

function contact(start: string, end: string | null, fields: Partial<Contact> = {}): Contact {
  return {
    id: 'c',
    caseId: 'k',
    agencyId: 'a',
    contactType: 'Stay',
    start,
    end,
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

const partsOf = (c: Contact, u: UnitCost) =>
  Object.fromEntries(
    costContact(c, u, { priceBase: '2023/24', series }).byFinancialYear.map((p) => [
      p.financialYear,
      p.value,
    ]),
  );

// The oracle: walks the calendar one step at a time with JavaScript dates, with its own idea of a
// financial year, and never calls the app's date, year or apportioning helpers.
const MINUTE = 60_000;
const DAY = 86_400_000;
function oracleYear(ms: number): string {
  const d = new Date(ms);
  const y = d.getUTCMonth() >= 3 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
  return `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
}
/** How many steps of `step` ms starting at each instant in [from, to) fall in each year. */
function countSteps(from: number, to: number, step: number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (let t = from; t < to; t += step) counts[oracleYear(t)] = (counts[oracleYear(t)] ?? 0) + 1;
  return counts;
}
const dateText = (t: number) => new Date(t).toISOString().slice(0, 10);
const dateTimeText = (t: number) => new Date(t).toISOString().slice(0, 16);

// Days from 2018-01-01 to 2023-12-31, so many draws cross 31 March.
const dayArb = fc.integer({ min: Date.UTC(2018, 0, 1) / DAY, max: Date.UTC(2023, 11, 31) / DAY });

describe("apportioning a contact's cost to financial years", () => {
  it("puts each night of the issue's B&B stay in the year of the night's date: 17 in 2019/20, 25 in 2020/21", () => {
    const stay = contact('2020-03-15', '2020-04-26');
    expect(partsOf(stay, unitCost('night', 3500))).toEqual({
      '2019/20': new Big(59500),
      '2020/21': new Big(87500),
    });
    const totals = journeyTotals({
      contacts: [stay],
      agencies: [],
      basis: { unitCosts: [unitCost('night', 3500)], priceBase: '2023/24', series },
    });
    expect(totals.totalPence).toBe(147000);
    expect(totals.byFinancialYear).toEqual({ '2019/20': 59500, '2020/21': 87500 });
  });

  it("matches a night-by-night oracle, to the exact part, and the parts add up to the contact's cost", () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: 1, max: 800 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.boolean(),
        (first, nights, amount, uplifted) => {
          const c = contact(dateText(first * DAY), dateText((first + nights) * DAY));
          const u = unitCost('night', amount, uplifted ? '2015/16' : '2023/24');
          const cost = costContact(c, u, { priceBase: '2023/24', series });
          const factor = uplifted ? 1.25 : 1;
          const expected = Object.entries(countSteps(first * DAY, (first + nights) * DAY, DAY)).map(
            ([fy, n]) => [fy, new Big(amount).times(n).times(factor).toString()],
          );
          expect(cost.byFinancialYear.map((p) => [p.financialYear, p.value.toString()])).toEqual(expected);
          expect(cost.byFinancialYear.reduce((s, p) => s.plus(p.value), new Big(0)).eq(cost.amount)).toBe(
            true,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('matches a minute-by-minute clock for hours (hours before 01/04 00:00 in the earlier year), adding up exactly', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 1, max: 4 * 1440 }),
        fc.integer({ min: 1, max: 100_000 }),
        (day, minute, length, amount) => {
          const from = day * DAY + minute * MINUTE;
          const c = contact(dateTimeText(from), dateTimeText(from + length * MINUTE));
          const cost = costContact(c, unitCost('hour', amount), { priceBase: '2023/24', series });
          const oracle = countSteps(from, from + length * MINUTE, MINUTE);
          expect(cost.byFinancialYear.map((p) => p.financialYear)).toEqual(Object.keys(oracle));
          for (const part of cost.byFinancialYear) {
            const expected = new Big(amount).times(oracle[part.financialYear]).div(60);
            expect(part.value.minus(expected).abs().lt('1e-15')).toBe(true);
          }
          expect(cost.byFinancialYear.reduce((s, p) => s.plus(p.value), new Big(0)).eq(cost.amount)).toBe(
            true,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('spreads days (inclusive), weeks (pro rata by day) and entered quantities by the days each year holds', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: 0, max: 800 }),
        fc.constantFrom<CostUnit>('day', 'week'),
        fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
        (first, extra, unit, quantity) => {
          const c = contact(dateText(first * DAY), dateText((first + extra) * DAY), { quantity });
          const cost = costContact(c, unitCost(unit, 700), { priceBase: '2023/24', series });
          const days = countSteps(first * DAY, (first + extra + 1) * DAY, DAY);
          const allDays = extra + 1;
          const whole = quantity ?? (unit === 'day' ? new Big(allDays) : new Big(allDays).div(7));
          for (const part of cost.byFinancialYear) {
            const expected = new Big(700).times(whole).times(days[part.financialYear]).div(allDays);
            expect(part.value.minus(expected).abs().lt('1e-12')).toBe(true);
          }
          expect(cost.byFinancialYear.map((p) => p.financialYear)).toEqual(Object.keys(days));
          expect(cost.byFinancialYear.reduce((s, p) => s.plus(p.value), new Big(0)).eq(cost.amount)).toBe(
            true,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps a cost per contact, an own cost and a contact with no end date in the year the contact started', () => {
    expect(partsOf(contact('2020-03-31', '2020-05-01'), unitCost('contact', 5000))).toEqual({
      '2019/20': new Big(5000),
    });
    expect(
      partsOf(
        contact('2020-03-31', '2020-05-01', { costOverride: { amountPence: 999, reason: 'invoice' } }),
        unitCost('night', 3500),
      ),
    ).toEqual({ '2019/20': new Big(999) });
    expect(partsOf(contact('2020-03-31', null), unitCost('night', 3500))).toEqual({
      '2019/20': new Big(3500),
    });
  });

  it('spreads months by the days from the start up to the end date, the end date not counted', () => {
    // 15/03/2021 to 15/05/2021: 2 calendar months over 61 days, 17 of them (15-31 March) in 2020/21.
    const parts = partsOf(contact('2021-03-15', '2021-05-15'), unitCost('month', 61_000));
    expect(parts['2020/21'].round(6).toString()).toBe('34000');
    expect(parts['2021/22'].round(6).toString()).toBe('88000');
    expect(parts['2020/21'].plus(parts['2021/22']).toString()).toBe('122000');
  });
});

describe('calendar months', () => {
  it.each([
    ['2021-01-15', '2021-04-15', '3'],
    ['2021-01-31', '2021-02-28', '1'],
    ['2020-01-31', '2020-02-29', '1'],
    ['2021-04-30', '2021-05-31', '1'],
    ['2021-02-28', '2021-03-31', '1'],
    ['2021-01-30', '2021-02-28', '1'],
    ['2021-01-31', '2021-03-31', '2'],
    ['2021-01-15', '2022-01-15', '12'],
    ['2021-01-15', '2021-01-30', String(new Big(15).div(31))],
    ['2020-01-31', '2020-02-28', String(new Big(28).div(29))],
    ['2021-03-15', '2021-04-30', String(new Big(15).div(30).plus(1))],
    ['2021-06-10', '2021-06-10', String(new Big(1).div(30))],
  ])('from %s to %s is %s', (start, end, months) => {
    expect(calendarMonths(start, end).toString()).toBe(months);
    expect(contactQuantity(contact(start, end), unitCost('month', 100)).quantity.toString()).toBe(months);
  });
});
