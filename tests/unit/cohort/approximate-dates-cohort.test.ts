import { describe, expect, it } from 'vitest';
import { aggregateCase } from '../../../shared/cohort/aggregates/case-aggregate';
import { ruleJourney, tooVagueForRules, ukDay } from '../../../shared/suggestions/rule-journey';
import { toDayNumber, type Agency, type Contact } from '../../../shared/model';

const T = '2024-01-01T00:00:00.000Z';
const agencies = new Map<string, Agency>([
  ['ae', { id: 'ae', name: 'A&E', sector: 'Acute health', colour: '#0072B2', laneOrder: 0, hidden: false }],
]);

function contact(id: string, start: string, end: string | null = null): Contact {
  return {
    id,
    caseId: 'k',
    agencyId: 'ae',
    contactType: 'A&E attendance',
    start,
    end,
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

describe('cohort and rules with approximate dates', () => {
  it('takes the first contact by its earliest day and the last by its latest day', () => {
    const aggregate = aggregateCase('k', [
      contact('a', '2016-05-03'),
      contact('b', '2016~'),
      contact('c', '2019-12-20'),
      contact('d', '2019-12'),
    ]);
    expect(aggregate.firstContact).toBe('2016~');
    expect(aggregate.lastContact).toBe('2019-12');
  });

  it('leaves contacts vaguer than a month out of the rules, and reads a month at its first day', () => {
    expect(tooVagueForRules(contact('q', '2019-35'))).toBe(true);
    expect(tooVagueForRules(contact('y', '2019'))).toBe(true);
    expect(tooVagueForRules(contact('m', '2019-10'))).toBe(false);
    expect(tooVagueForRules(contact('e', '2019-10-01', '2019'))).toBe(true);
    const journey = ruleJourney(
      [contact('year', '2019'), contact('month', '2019-10'), contact('day', '2019-09-30')],
      agencies,
    );
    expect(journey.map((c) => c.contact.id)).toEqual(['day', 'month']);
    expect(journey[1].day).toBe(toDayNumber('2019-10-01'));
    expect(ukDay('2019-10')).toBe('Oct 2019');
  });
});
