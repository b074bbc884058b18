import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateContacts, emptyAggregate } from '../../../shared/cohort/aggregates/case-aggregate';
import {
  contactsByUnitCost,
  isPackedAggregate,
  packAggregate,
  unpackAggregate,
} from '../../../shared/cohort/aggregates/packed-aggregate';
import { contactsArb } from './arbitraries';

describe('packed case aggregates', () => {
  it('unpack to exactly the aggregate that was packed, rows in order, name each unit cost, year and agency once, and survive JSON as the store fixtures keep them', () => {
    fc.assert(
      fc.property(contactsArb(60), (contacts) => {
        for (const aggregate of aggregateContacts(contacts).values()) {
          const packed = packAggregate(aggregate);
          expect(isPackedAggregate(packed)).toBe(true);
          expect(new Set(packed.names).size).toBe(packed.names.length);
          expect(packed.missedOpportunities).toBe(
            contacts.filter((c) => c.caseId === aggregate.caseId && c.missedOpportunity !== null).length,
          );
          expect(isPackedAggregate(aggregate)).toBe(false);
          expect(unpackAggregate(packed)).toEqual(aggregate);
          expect(unpackAggregate(JSON.parse(JSON.stringify(packed)))).toEqual(aggregate);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('pack a case with no contacts left to no rows', () => {
    const packed = packAggregate(emptyAggregate('case'));
    expect(packed).toMatchObject({ names: [], rowNumbers: [], rowQuantities: '' });
    expect(unpackAggregate(packed)).toEqual(emptyAggregate('case'));
  });

  it('count the contacts using each unit cost, as the unit-cost library shows them, from the packed rows as the contacts themselves would', () => {
    fc.assert(
      fc.property(contactsArb(40), (contacts) => {
        const expected = new Map<string, number>();
        for (const c of contacts)
          if (c.unitCostId !== null) expected.set(c.unitCostId, (expected.get(c.unitCostId) ?? 0) + 1);
        expect(contactsByUnitCost([...aggregateContacts(contacts).values()].map(packAggregate))).toEqual(
          expected,
        );
      }),
      { numRuns: 200 },
    );
  });
});
