import Big from 'big.js';
import { describe, expect, it } from 'vitest';
import type { ContactCost } from '../../../shared/costing/contact-cost';
import { dayOf } from '../../../shared/timeline/calendar';
import { contactAccessibleName, describeView } from '../../../shared/timeline';

function cost(status: ContactCost['status'], pence: string): ContactCost {
  return {
    contactId: 'c',
    status,
    amount: new Big(pence),
    quantity: null,
    quantitySource: null,
    unitCost: null,
    unknownPriceYear: false,
    lowConfidence: false,
    problem: null,
    byFinancialYear: [],
  };
}

const arrest = {
  contactType: 'Arrest',
  start: '2019-02-03T23:10',
  missedOpportunity: { category: 'no referral made', note: '', shouldHaveHappened: '' },
};
const visit = { contactType: 'Tenancy visit', start: '2019-02-10', missedOpportunity: null };

describe("a contact's accessible name on the timeline", () => {
  it('says agency, type, date and time, the cost as the costing engine worked it out, and the missed opportunity', () => {
    expect(
      contactAccessibleName({ contact: arrest, agencyName: 'Police', cost: cost('costed', '71900') }),
    ).toBe('Police: Arrest, 03/02/2019 23:10, £719.00, missed opportunity: no referral made');
    expect(
      contactAccessibleName({ contact: visit, agencyName: 'Housing', cost: cost('overridden', '1234567.5') }),
    ).toBe('Housing: Tenancy visit, 10/02/2019, £12,345.68');
  });

  it('says "not costed" for an uncosted contact, never £0, and "costing…" before the journey is costed', () => {
    expect(
      contactAccessibleName({ contact: visit, agencyName: 'Housing', cost: cost('uncosted', '0') }),
    ).toBe('Housing: Tenancy visit, 10/02/2019, not costed');
    expect(contactAccessibleName({ contact: visit, agencyName: 'Housing', cost: undefined })).toBe(
      'Housing: Tenancy visit, 10/02/2019, costing…',
    );
  });

  it('names a suggestion as a suggestion, and a contact drawn inside an aggregate as one of its contacts', () => {
    expect(
      contactAccessibleName({
        contact: visit,
        agencyName: 'Housing',
        cost: undefined,
        suggested: 'yo-yo response',
      }),
    ).toBe('Housing: Tenancy visit, 10/02/2019, costing…, suggested missed opportunity: yo-yo response');
    expect(
      contactAccessibleName({
        contact: arrest,
        agencyName: 'Police',
        cost: undefined,
        suggested: 'ignored once decided',
        drawnWith: 12,
      }),
    ).toBe(
      'Police: Arrest, 03/02/2019 23:10, costing…, missed opportunity: no referral made, one of 12 contacts drawn together at this zoom (plus zooms in)',
    );
  });
});

describe('what the timeline announces when its view changes', () => {
  it('names the months and how long the view spans', () => {
    expect(describeView(dayOf(2019, 2, 1), dayOf(2019, 5, 1), false)).toBe(
      'Showing Mar 2019 to Jun 2019, about 3 months across',
    );
    expect(describeView(dayOf(2016, 3, 1), dayOf(2021, 3, 10), true)).toBe(
      'Showing the whole journey, Apr 2016 to Apr 2021, about 5 years across',
    );
  });

  it('names the days when the view is under two months', () => {
    expect(describeView(dayOf(2019, 2, 3), dayOf(2019, 2, 20), false)).toBe(
      'Showing 03 Mar 2019 to 20 Mar 2019, about 17 days across',
    );
    expect(describeView(dayOf(2019, 2, 3), dayOf(2019, 2, 3) + 0.4, false)).toBe(
      'Showing 03 Mar 2019 to 03 Mar 2019, about 1 day across',
    );
  });
});
