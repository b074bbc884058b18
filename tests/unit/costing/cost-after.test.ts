import Big from 'big.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costsAfter } from '../../../shared/costing/cost-after';
import type { Contact } from '../../../shared/model';

const T = '2024-01-01T00:00:00.000Z';
function contact(id: string, start: string): Contact {
  return {
    id,
    caseId: 'k',
    agencyId: 'a',
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
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
// Few distinct days and minutes, so same-day and same-minute ties (the hard cases) are common.
const startArb = fc
  .record({
    day: fc.integer({ min: 0, max: 800 }),
    minute: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
  })
  .map(({ day, minute }) => {
    const date = new Date(Date.UTC(2019, 0, 1 + day));
    const text = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    return minute === null ? text : `${text}T09:${pad(minute)}`;
  });

/**
 * The README's definition, written out here: a contact is later when both have a time and its
 * time is later, or when either has only a date and its date is later (the same date is not
 * later: the order within the day is unknown). The twelve months run to the same calendar date a
 * year on, inclusive; 29 February runs to 28 February.
 */
function isLater(candidate: string, flagged: string): boolean {
  const timed = candidate.includes('T') && flagged.includes('T');
  return timed ? candidate > flagged : candidate.slice(0, 10) > flagged.slice(0, 10);
}
function lastDayOfTwelveMonths(start: string): string {
  const monthDay = start.slice(5, 10) === '02-29' ? '02-28' : start.slice(5, 10);
  return `${Number(start.slice(0, 4)) + 1}-${monthDay}`;
}

describe('cost after a missed opportunity', () => {
  it('counts only contacts strictly later, by time when both have one and by date otherwise', () => {
    const contacts = [
      contact('flag', '2020-02-29T10:00'),
      contact('same minute', '2020-02-29T10:00'),
      contact('later that day', '2020-02-29T10:01'),
      contact('same day, no time', '2020-02-29'),
      contact('next day', '2020-03-01'),
      contact('last day of twelve months', '2021-02-28T23:59'),
      contact('a day too late', '2021-03-01'),
    ];
    const pence = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];
    const [result] = costsAfter(contacts, (c) => new Big(pence[contacts.indexOf(c)]), [contacts[0]]);
    expect(result.after.toNumber()).toBe(100 + 10_000 + 100_000 + 1_000_000);
    expect(result.within12Months.toNumber()).toBe(100 + 10_000 + 100_000);
  });

  it('matches the definition applied contact by contact, whatever the mix of dates and times', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ start: startArb, pence: fc.integer({ min: 0, max: 100_000 }) }), {
          minLength: 1,
          maxLength: 60,
        }),
        (rows) => {
          const contacts = rows.map((r, i) => contact(`c${i}`, r.start));
          const amount = new Map(contacts.map((c, i) => [c.id, new Big(rows[i].pence)]));
          const amountOf = (c: Contact) => amount.get(c.id) ?? new Big(0);
          const results = costsAfter(contacts, amountOf, contacts);
          contacts.forEach((flagged, i) => {
            const later = contacts.filter((c) => isLater(c.start, flagged.start));
            const sum = (list: Contact[]) => list.reduce((s, c) => s + rows[contacts.indexOf(c)].pence, 0);
            expect(results[i].after.toNumber()).toBe(sum(later));
            const limit = lastDayOfTwelveMonths(flagged.start);
            expect(results[i].within12Months.toNumber()).toBe(
              sum(later.filter((c) => c.start.slice(0, 10) <= limit)),
            );
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
