import Big from 'big.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costsAfter, startsStrictlyLater, twelveMonthsAfter } from '../../../shared/costing/cost-after';
import { datePart, type Contact } from '../../../shared/model';

const T = '2024-01-01T00:00:00.000Z';
function contact(id: string, start: string): Contact {
  return { id, caseId: 'k', agencyId: 'a', contactType: 'Contact', start, end: null, quantity: null, outcome: '', description: '', missedOpportunity: null, unitCostId: null, costOverride: null, createdAt: T, updatedAt: T };
}

const pad = (n: number) => String(n).padStart(2, '0');
// Few distinct days and minutes, so same-day and same-minute ties (the hard cases) are common.
const startArb = fc.record({ day: fc.integer({ min: 0, max: 800 }), minute: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }) }).map(({ day, minute }) => {
  const date = new Date(Date.UTC(2019, 0, 1 + day));
  const text = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return minute === null ? text : `${text}T09:${pad(minute)}`;
});

describe('cost after a missed opportunity', () => {
  it('matches the definition applied contact by contact, whatever the mix of dates and times', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ start: startArb, pence: fc.integer({ min: 0, max: 100_000 }) }), { minLength: 1, maxLength: 60 }), (rows) => {
        const contacts = rows.map((r, i) => contact(`c${i}`, r.start));
        const amount = new Map(contacts.map((c, i) => [c.id, new Big(rows[i].pence)]));
        const amountOf = (c: Contact) => amount.get(c.id) ?? new Big(0);
        const results = costsAfter(contacts, amountOf, contacts);
        contacts.forEach((flagged, i) => {
          const later = contacts.filter((c) => startsStrictlyLater(c.start, flagged.start));
          const sum = (list: Contact[]) => list.reduce((s, c) => s + rows[contacts.indexOf(c)].pence, 0);
          expect(results[i].after.toNumber()).toBe(sum(later));
          const limit = twelveMonthsAfter(flagged.start);
          expect(results[i].within12Months.toNumber()).toBe(sum(later.filter((c) => datePart(c.start) <= limit)));
        });
      }),
      { numRuns: 300 },
    );
  });
});
