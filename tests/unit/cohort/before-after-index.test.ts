import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BeforeAfterIndex } from '../../../shared/cohort/before-after/before-after-index';
import {
  beforeAfter,
  compareBeforeAfter,
  type BeforeAfterInput,
} from '../../../shared/cohort/before-after/before-after';
import { fromDayNumber, toDayNumber } from '../../../shared/model';
import { CASE_IDS, contactsArb, series, unitCosts } from './arbitraries';
import { referenceBeforeAfter } from './before-after-reference';
import { AGENCIES, person } from './fixtures';

const interventionArb = fc.option(
  fc.integer({ min: -30, max: 830 }).map((day) => fromDayNumber(toDayNumber('2019-03-25') + day)),
  { nil: null },
);

const inputArb = fc
  .record({
    contacts: contactsArb(80),
    ownDates: fc.tuple(interventionArb, interventionArb, interventionArb),
    interventionDate: fc.option(
      interventionArb.filter((d) => d !== null),
      { nil: null, freq: 2 },
    ),
    windowMonths: fc.constantFrom(1, 3, 6, 12, 24),
    attributionPercent: fc.constantFrom('0', '12.5', '50', '100', '62.75'),
    priceBase: fc.constantFrom('2023/24', '2019/20', '2012/13'),
    records: fc.option(fc.constantFrom(['2019-06-01', '2020-06-30'], ['2018-01-01', '2022-12-31']), {
      nil: null,
    }),
  })
  .map(({ contacts, ownDates, records, priceBase, ...question }): BeforeAfterInput => ({
    cases: CASE_IDS.map((id, i) => person(id, { pseudonym: `Person ${id}`, interventionDate: ownDates[i] })),
    contacts,
    agencies: AGENCIES,
    basis: { unitCosts, series, priceBase },
    ...question,
    ...(records === null ? {} : { recordsFrom: records[0], recordsUntil: records[1] }),
  }));

describe('before and after from the index of costed contacts', () => {
  it('gives exactly what costing every contact one by one gives, to the last digit', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(beforeAfter(input)).toEqual(referenceBeforeAfter(input));
      }),
      { numRuns: 400 },
    );
  });

  it('answers a new question from the same index, fed one case at a time in any order', () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(1, 12), (input, windowMonths) => {
        const index = new BeforeAfterIndex(input);
        for (const caseId of [...CASE_IDS].reverse())
          index.addCase(
            caseId,
            input.contacts.filter((c) => c.caseId === caseId),
          );
        const question = { ...input, windowMonths, attributionPercent: '40' };
        expect(compareBeforeAfter(index, input.cases, question)).toEqual(referenceBeforeAfter(question));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps 8 bytes a contact and prices each distinct cost once', () => {
    const index = new BeforeAfterIndex({
      agencies: AGENCIES,
      basis: { unitCosts, priceBase: '2023/24', series },
    });
    const visits = Array.from({ length: 500 }, (_, i) => ({
      id: `v${i}`,
      caseId: 'a',
      agencyId: 'ae',
      contactType: 'Visit',
      start: fromDayNumber(toDayNumber('2020-01-01') + (i % 300)),
      end: null,
      quantity: null,
      outcome: '',
      description: '',
      missedOpportunity: null,
      unitCostId: i % 2 === 0 ? 'visit' : null,
      costOverride: null,
      createdAt: '',
      updatedAt: '',
    }));
    index.addCase('a', visits);
    expect(index.costs).toHaveLength(1);
    const stored = index.contactsOf('a');
    expect((stored?.days.byteLength ?? 0) + (stored?.costs.byteLength ?? 0)).toBe(500 * 8);
    expect([index.firstDate, index.lastDate]).toEqual(['2020-01-01', '2020-10-26']);
  });

  it('counts an approximate contact at the middle day of its period', () => {
    const index = new BeforeAfterIndex({
      agencies: AGENCIES,
      basis: { unitCosts, priceBase: '2023/24', series },
    });
    const contact = (id: string, start: string) => ({
      id,
      caseId: 'a',
      agencyId: 'ae',
      contactType: 'Visit',
      start,
      end: null,
      quantity: null,
      outcome: '',
      description: '',
      missedOpportunity: null,
      unitCostId: null,
      costOverride: null,
      createdAt: '',
      updatedAt: '',
    });
    index.addCase('a', [contact('year', '2017'), contact('month', '2019-10'), contact('day', '2018-01-05')]);
    expect(Array.from(index.contactsOf('a')?.days ?? [])).toEqual([
      toDayNumber('2017-07-02'),
      toDayNumber('2019-10-16'),
      toDayNumber('2018-01-05'),
    ]);
    expect([index.firstDate, index.lastDate]).toEqual(['2017-07-02', '2019-10-16']);
  });
});
