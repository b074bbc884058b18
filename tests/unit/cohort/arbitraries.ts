import fc from 'fast-check';
import { DEFAULT_DEFLATOR_SERIES } from '../../../samples/shipped-data';
import { fromDayNumber, toDayNumber, type Contact } from '../../../shared/model';
import { AGENCIES, contact, flag, person, unitCost } from './fixtures';

/** Random journeys for property tests of the cohort's figures: every unit, price years in and out of the series, own costs, flags. */
export const series = DEFAULT_DEFLATOR_SERIES;
export const CASE_IDS = ['a', 'b', 'c'];
export const cases = CASE_IDS.map((id) => person(id));
// One library entry per unit, price years known, unknown and outside the series, and fractions of a penny.
export const unitCosts = [
  unitCost('visit', 30_001, 'NHS acute trust'),
  unitCost('session', 1_001, 'NHS', { unit: 'hour', priceYear: '2019/20' }),
  unitCost('bnb', 3_533, 'Local authority housing', { unit: 'night', priceYear: 'unknown' }),
  unitCost('ward', 45_017, 'NHS mental health trust', { unit: 'day', priceYear: '2015/16' }),
  unitCost('hostel', 20_011, 'Local authority housing', { unit: 'week', priceYear: '2021/22' }),
  unitCost('placement', 310_007, 'Adult social care', { unit: 'month' }),
  unitCost('ancient', 999, 'Police', { priceYear: '1960/61' }),
];
const UNIT_COST_IDS = [...unitCosts.map((u) => u.id), 'not-in-library'];
const AGENCY_IDS = [...AGENCIES.map((a) => a.id).slice(0, 4), 'agency-not-in-list'];
const FIRST_DAY = toDayNumber('2019-03-25');

const startArb = fc
  .record({
    day: fc.integer({ min: 0, max: 800 }),
    time: fc.option(fc.constantFrom(0, 600, 615, 1_380), { nil: null }),
  })
  .map(({ day, time }) => ({
    day,
    text: time === null ? fromDayNumber(FIRST_DAY + day) : fromDayNumber(FIRST_DAY + day + time / 1440, true),
  }));

export const fieldsArb = fc.record({
  caseId: fc.constantFrom(...CASE_IDS),
  agencyId: fc.constantFrom(...AGENCY_IDS),
  start: startArb,
  length: fc.option(
    fc.record({
      days: fc.integer({ min: 0, max: 70 }),
      minutes: fc.option(fc.integer({ min: 0, max: 1_439 }), { nil: null }),
    }),
    { nil: null },
  ),
  quantity: fc.option(fc.constantFrom(0.5, 1, 2.25, 3, 0.1), { nil: null }),
  unitCostId: fc.option(fc.constantFrom(...UNIT_COST_IDS), { nil: null }),
  missed: fc.option(fc.constantFrom('No referral made', 'Risk not reassessed'), { nil: null, freq: 4 }),
  // Some own costs repeat, so contacts of different agencies share an amount.
  overridePence: fc.option(fc.oneof(fc.constantFrom(500, 12_345), fc.integer({ min: 0, max: 100_000 })), {
    nil: null,
    freq: 2,
  }),
});

export type Fields = typeof fieldsArb extends fc.Arbitrary<infer T> ? T : never;

export function toContact(id: string, f: Fields): Contact {
  const end =
    f.length === null
      ? null
      : f.length.minutes === null || f.start.text.length === 10
        ? fromDayNumber(FIRST_DAY + f.start.day + f.length.days)
        : fromDayNumber(toDayNumber(f.start.text) + f.length.days + f.length.minutes / 1440, true);
  return {
    ...contact(id, f.start.text, f.agencyId, 'Contact'),
    caseId: f.caseId,
    end,
    quantity: f.quantity,
    unitCostId: f.unitCostId,
    missedOpportunity: f.missed === null ? null : flag(f.missed),
    costOverride: f.overridePence === null ? null : { amountPence: f.overridePence, reason: 'invoice' },
  };
}

export const contactsArb = (max: number) =>
  fc.array(fieldsArb, { maxLength: max }).map((all) => all.map((f, i) => toContact(`c${i}`, f)));
