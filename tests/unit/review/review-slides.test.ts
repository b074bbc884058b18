import { describe, expect, it } from 'vitest';
import { journeyTotals } from '../../../shared/costing/journey-totals';
import { reviewSlides } from '../../../shared/review/review-slides';
import type { Agency, Case, Contact } from '../../../shared/model';

const T = '2024-01-01T00:00:00.000Z';
const theCase: Case = {
  id: 'k',
  pseudonym: 'Person R',
  knownNames: [],
  designatedLead: '',
  status: 'open',
  riskGrade: 'high',
  notes: '',
  dateOfBirth: null,
  interventionDate: null,
  createdAt: T,
  updatedAt: T,
};
const agencies: Agency[] = [
  { id: 'p', name: 'Police', sector: 'Police', colour: '#0072B2', laneOrder: 0, hidden: false },
  { id: 'a', name: 'A&E', sector: 'Acute health', colour: '#D55E00', laneOrder: 1, hidden: false },
];
const contact = (id: string, agencyId: string, start: string, fields: Partial<Contact> = {}): Contact => ({
  id,
  caseId: 'k',
  agencyId,
  contactType: `Contact ${id}`,
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
});
const contacts = [
  contact('c1', 'p', '2019-01-01'),
  contact('c2', 'a', '2019-03-01', {
    missedOpportunity: {
      category: 'No referral made',
      note: 'third attendance',
      shouldHaveHappened: 'refer to alcohol services',
    },
  }),
  contact('c3', 'p', '2019-03-20', { costOverride: { amountPence: 10000, reason: 'force figure' } }),
  contact('c4', 'a', '2019-09-01', {
    missedOpportunity: { category: 'No referral made', note: '', shouldHaveHappened: '' },
  }),
  contact('c5', 'p', '2019-09-02', { costOverride: { amountPence: 2500, reason: 'force figure' } }),
];

describe('review slides', () => {
  const totals = journeyTotals({
    contacts,
    agencies,
    basis: {
      unitCosts: [],
      priceBase: '2023/24',
      series: {
        type: 'journey-mapper/deflator-series',
        version: 1,
        name: 's',
        source: 's',
        baseYear: '2023/24',
        latestOutturnYear: '2023/24',
        values: { '2023/24': 100 },
        yearSources: {},
        notes: '',
      },
    },
  });
  const slides = reviewSlides(theCase, contacts, agencies, totals);

  it('steps through the missed opportunities in date order with what came 90 days before and after', () => {
    expect(
      slides.missedOpportunities.map((m) => [
        m.start,
        m.category,
        m.costAfterPence,
        m.costAfter12MonthsPence,
      ]),
    ).toEqual([
      ['2019-03-01', 'No referral made', 12500, 12500],
      ['2019-09-01', 'No referral made', 2500, 2500],
    ]);
    expect(slides.missedOpportunities[0].before.map((c) => c.contactId)).toEqual(['c1']);
    expect(slides.missedOpportunities[0].after.map((c) => c.contactId)).toEqual(['c3']);
    expect(slides.missedOpportunities[1].before).toEqual([]);
    expect(slides.missedOpportunities[0].shouldHaveHappened).toBe('refer to alcohol services');
  });

  it('ends with the totals, the agencies involved and the missed opportunities by category', () => {
    expect(slides).toMatchObject({
      pseudonym: 'Person R',
      first: '2019-01-01',
      last: '2019-09-02',
      contacts: 5,
      agencies: ['A&E', 'Police'],
      totalPence: 12500,
      uncostedContacts: 3,
    });
    expect(slides.missedByCategory).toEqual([{ category: 'No referral made', count: 2 }]);
  });
});
