import { describe, expect, it } from 'vitest';
import { aggregateContacts } from '../../../shared/cohort/aggregates/case-aggregate';
import { cohortFromAggregates } from '../../../shared/cohort/aggregates/aggregate-cohort';
import { DEFAULT_DEFLATOR_SERIES } from '../../../samples/shipped-data';
import type { Case, Contact } from '../../../shared/model';
import { cohortSummary } from './contact-by-contact-cohort';
import { AGENCIES, contact, flag, packedAggregates, person, unitCost } from './fixtures';

const series = DEFAULT_DEFLATOR_SERIES;
const unitCosts = [
  unitCost('ae', 30_000, 'NHS acute trust'),
  unitCost('arrest', 71_900, 'Police'),
  unitCost('bnb', 3_500, 'Local authority housing', { unit: 'night' }),
];
const basis = { unitCosts, priceBase: '2023/24', series };
/** The cohort table as the app shows it (from the cases' aggregates), checked against the contact-by-contact oracle. */
function table(cases: Case[], contacts: Contact[]) {
  const input = { cases, contacts, agencies: AGENCIES, basis };
  const { rows } = cohortFromAggregates({
    ...input,
    aggregates: packedAggregates(aggregateContacts(contacts)),
  });
  expect(cohortSummary(input)).toEqual(rows);
  return rows;
}
const a = person('a', { pseudonym: 'Adam', designatedLead: 'J. Smith', status: 'closed', riskGrade: 'high' });
const b = person('b', { pseudonym: 'Beth' });
const ofA = (c: Contact) => ({ ...c, caseId: 'a' });
const adamsContacts = [
  ofA(contact('a4', '2020-01-01', 'gp', 'GP appointment')),
  ofA(contact('a1', '2019-05-01', 'ae', 'A&E attendance', { unitCostId: 'ae' })),
  ofA(
    contact('a2', '2019-06-01T10:00', 'police', 'Arrest', {
      unitCostId: 'arrest',
      missedOpportunity: flag('No referral made'),
    }),
  ),
  ofA(contact('a3', '2019-06-10', 'housing', 'B&B', { unitCostId: 'bnb', end: '2019-06-13' })),
];

describe('cohort table rows', () => {
  it('summarise one case as its journey totals do', () => {
    expect(table([a], adamsContacts)[0]).toEqual({
      caseId: 'a',
      pseudonym: 'Adam',
      designatedLead: 'J. Smith',
      status: 'closed',
      riskGrade: 'high',
      firstContact: '2019-05-01',
      lastContact: '2020-01-01',
      contacts: 4,
      agencies: 4,
      // 300.00 + 719.00 + 3 nights × 35.00; the GP appointment has no unit cost.
      totalPence: 30_000 + 71_900 + 10_500,
      uncostedContacts: 1,
      missedOpportunities: 1,
      // Only the B&B comes after the arrest (the GP appointment is uncosted).
      costAfterFirstMissedPence: 10_500,
    });
  });
  it('gives a case with no contacts empty dates and no cost after', () => {
    expect(table([b], [])[0]).toMatchObject({
      firstContact: null,
      lastContact: null,
      contacts: 0,
      agencies: 0,
      totalPence: 0,
      missedOpportunities: 0,
      costAfterFirstMissedPence: null,
    });
  });
  it('groups a mixed list of contacts by case and keeps the case order', () => {
    const bethsArrest = {
      ...contact('b1', '2021-02-01', 'police', 'Arrest', { unitCostId: 'arrest' }),
      caseId: 'b',
    };
    const rows = table([b, a], [adamsContacts[0], bethsArrest, ...adamsContacts.slice(1)]);
    expect(rows.map((r) => [r.pseudonym, r.contacts, r.totalPence])).toEqual([
      ['Beth', 1, 71_900],
      ['Adam', 4, 112_400],
    ]);
  });
  it('puts each of 20,000 contacts of 150 cases in its own row', () => {
    const cases = Array.from({ length: 150 }, (_, i) => person(`c${i}`));
    const agencyIds = AGENCIES.map((x) => x.id);
    const contacts = Array.from({ length: 20_000 }, (_, i) => {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const month = String(1 + (i % 12)).padStart(2, '0');
      return {
        ...contact(`x${i}`, `${2015 + (i % 9)}-${month}-${day}`, agencyIds[i % agencyIds.length], 'Contact', {
          unitCostId: i % 3 === 0 ? 'ae' : 'arrest',
        }),
        caseId: `c${i % 150}`,
      };
    });
    const rows = table(cases, contacts);
    expect(rows.reduce((sum, r) => sum + r.contacts, 0)).toBe(20_000);
    expect(rows[149].contacts).toBe(133);
    // Every third contact is an A&E attendance at £300, the rest arrests at £719.
    expect(rows.reduce((sum, r) => sum + r.totalPence, 0)).toBe(6_667 * 30_000 + 13_333 * 71_900);
  });
});
