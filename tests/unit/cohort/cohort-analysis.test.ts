import { describe, expect, it } from 'vitest';
import { contactsByCase } from '../../../shared/cohort/by-case';
import { aggregateContacts } from '../../../shared/cohort/aggregates/case-aggregate';
import { cohortFromAggregates } from '../../../shared/cohort/aggregates/aggregate-cohort';
import { costBands, type CohortAnalysisOptions } from '../../../shared/cohort/aggregates/cohort-analysis';
import { commonSequences } from '../../../shared/cohort/sequences/common-sequences';
import { analyseCohort, costCohort } from './contact-by-contact-cohort';
import { DEFAULT_DEFLATOR_SERIES } from '../../../samples/shipped-data';
import type { Contact } from '../../../shared/model';
import { AGENCIES, contact, flag, packedAggregates, person, unitCost } from './fixtures';

const of = (caseId: string, c: Contact) => ({ ...c, caseId });
// Half an hour at £10.01 is 500.5p: three of them total 1,501.5p, which only exact sums keep.
const session = (caseId: string, id: string, start: string, fields: Partial<Contact> = {}) =>
  of(caseId, contact(id, start, 'gp', 'Session', { unitCostId: 'session', quantity: 0.5, ...fields }));
const unitCosts = [
  unitCost('session', 1_001, 'NHS', { unit: 'hour' }),
  unitCost('ae', 30_000, 'NHS acute trust'),
  unitCost('arrest', 71_900, 'Police'),
];
const contacts: Contact[] = [
  session('p1', 's1', '2019-04-01'),
  of(
    'p1',
    contact('e1', '2020-03-31', 'ae', 'A&E attendance', {
      unitCostId: 'ae',
      missedOpportunity: flag('No referral made'),
    }),
  ),
  session('p2', 's2', '2020-04-01'),
  of(
    'p2',
    contact('r2', '2020-05-01', 'police', 'Arrest', {
      unitCostId: 'arrest',
      missedOpportunity: flag('No referral made'),
    }),
  ),
  session('p3', 's3', '2020-04-02', { missedOpportunity: flag('Risk not reassessed') }),
  // An override with no unit cost is borne by its agency, as in the journey totals.
  of(
    'p3',
    contact('o3', '2020-06-01', 'housing', 'Emergency accommodation', {
      costOverride: { amountPence: 12_345, reason: 'invoice' },
    }),
  ),
  ...Array.from({ length: 11 }, (_, i) =>
    of('p4', contact(`x${i}`, '2021-01-01', `agency-${i}`, 'Uncosted contact')),
  ),
];
const cases = ['p1', 'p2', 'p3', 'p4'].map((id) => person(id));
const basis = { unitCosts, priceBase: '2023/24', series: DEFAULT_DEFLATOR_SERIES };
// The app's figures, from the cases' aggregates; the contact-by-contact oracle must agree with them.
const cohort = (options: CohortAnalysisOptions = {}) =>
  cohortFromAggregates(
    { cases, aggregates: packedAggregates(aggregateContacts(contacts)), agencies: AGENCIES, basis },
    options,
  );
const { rows, analysis } = cohort();

describe('cohort totals', () => {
  it('are what costing every contact one by one gives', () => {
    expect(analyseCohort(costCohort({ cases, contacts, agencies: AGENCIES, basis }), AGENCIES)).toEqual(
      analysis,
    );
  });
  it('sums exact contact costs and rounds each total once', () => {
    // Exact: 1,501.5 + 30,000 + 71,900 + 12,345 = 115,746.5p -> 115,747p. The cases' rounded totals add up to 115,748p.
    expect(analysis.totalPence).toBe(115_747);
    expect(rows.reduce((sum, r) => sum + r.totalPence, 0)).toBe(115_748);
    expect(analysis.perCasePence).toBe(28_937);
  });
  it('totals and averages over all four cases by cost bearer, largest first', () => {
    expect(analysis.byCostBearer).toEqual([
      { name: 'Police', totalPence: 71_900, perCasePence: 17_975 },
      { name: 'NHS acute trust', totalPence: 30_000, perCasePence: 7_500 },
      { name: 'Housing options', totalPence: 12_345, perCasePence: 3_086 },
      { name: 'NHS', totalPence: 1_502, perCasePence: 375 },
    ]);
  });
  it('totals by financial year in year order', () => {
    expect(analysis.byFinancialYear).toEqual([
      { name: '2019/20', totalPence: 30_501, perCasePence: 7_625 },
      { name: '2020/21', totalPence: 85_246, perCasePence: 21_312 },
    ]);
  });
});

describe('cost per case', () => {
  it('lists each case total, smallest first, in bands of a round width', () => {
    expect(analysis.costPerCasePence).toEqual([0, 12_846, 30_501, 72_401]);
    expect(analysis.costBands.map((b) => [b.fromPence, b.toPence, b.cases])).toEqual([
      [0, 10_000, 1],
      [10_000, 20_000, 1],
      [20_000, 30_000, 0],
      [30_000, 40_000, 1],
      [40_000, 50_000, 0],
      [50_000, 60_000, 0],
      [60_000, 70_000, 0],
      [70_000, 80_000, 1],
    ]);
  });
  it('takes a chosen band width, puts a value on a band edge in the upper band, and bands all-zero cohorts', () => {
    expect(costBands([0, 49_999, 50_000, 72_401], 50_000)).toEqual([
      { fromPence: 0, toPence: 50_000, cases: 2 },
      { fromPence: 50_000, toPence: 100_000, cases: 2 },
    ]);
    expect(costBands([0, 0])).toEqual([{ fromPence: 0, toPence: 100, cases: 2 }]);
    expect(costBands([])).toEqual([{ fromPence: 0, toPence: 100, cases: 0 }]);
  });
});

describe('services touched and missed opportunities', () => {
  it('counts distinct agencies per person and the people touching 11 or more', () => {
    expect(analysis.servicesTouched.map((s) => s.agencies)).toEqual([2, 2, 2, 11]);
    expect(analysis.peopleAtOrAboveThreshold).toBe(1);
    expect(cohort({ servicesThreshold: 12 }).analysis.peopleAtOrAboveThreshold).toBe(0);
  });
  it('counts flags and people by category and by agency', () => {
    expect(analysis.missedByCategory).toEqual([
      { name: 'No referral made', flags: 2, people: 2 },
      { name: 'Risk not reassessed', flags: 1, people: 1 },
    ]);
    expect(analysis.missedByAgency).toEqual([
      { name: 'City Hospital A&E', flags: 1, people: 1 },
      { name: 'GP surgery', flags: 1, people: 1 },
      { name: 'Police', flags: 1, people: 1 },
    ]);
  });
});

describe('common sequences before arrests, A&E attendances and evictions', () => {
  const journeys = [
    of('s1', contact('a', '2020-01-01', 'housing', 'Rough sleeping')),
    of('s1', contact('b', '2020-01-10', 'ae', 'A&E attendance')),
    of('s1', contact('c', '2020-01-20', 'charity', 'Street outreach')),
    of('s1', contact('d', '2020-02-01', 'police', 'Arrest')),
    of('s2', contact('e', '2021-03-01', 'housing', 'rough  sleeping')),
    of('s2', contact('f', '2021-03-05', 'ae', 'A&E Attendance')),
    of('s2', contact('g', '2021-03-06', 'charity', 'Street outreach')),
    of('s2', contact('h', '2021-03-07', 'police', 'arrest')),
    of('s3', contact('i', '2022-01-01', 'police', 'Court')),
    // 01/01/2022 is exactly 90 days before 01/04/2022; the GP appointment the same date is not "before" it.
    of('s3', contact('j', '2022-04-01', 'housing', 'Eviction')),
    of('s3', contact('k', '2022-04-01', 'gp', 'GP appointment')),
    // 91 days after 01/04/2022: nothing falls in its window.
    of('s3', contact('l', '2022-07-01', 'housing', 'Eviction')),
    of('s3', contact('m', '2022-07-01T10:00', 'police', 'Arrest')),
    of('s3', contact('n', '2022-07-01T09:00', 'police', 'Police stop')),
  ];
  const options = { targetKeywords: ['arrest', 'A&E attendance', 'eviction'], days: 90, length: 3, top: 10 };

  it('counts each path of up to three contact types into a target, most common first', () => {
    expect(commonSequences(contactsByCase(journeys), options)).toEqual([
      {
        before: ['Rough sleeping', 'A&E attendance', 'Street outreach'],
        target: 'Arrest',
        occurrences: 2,
        people: 2,
      },
      { before: ['Rough sleeping'], target: 'A&E attendance', occurrences: 2, people: 2 },
      { before: ['Court'], target: 'Eviction', occurrences: 1, people: 1 },
      { before: [], target: 'Eviction', occurrences: 1, people: 1 },
      { before: ['Police stop'], target: 'Arrest', occurrences: 1, people: 1 },
    ]);
  });
  it('shortens the paths to the length asked for and keeps the top ones', () => {
    expect(commonSequences(contactsByCase(journeys), { ...options, length: 1, top: 2 })).toEqual([
      { before: ['Rough sleeping'], target: 'A&E attendance', occurrences: 2, people: 2 },
      { before: ['Street outreach'], target: 'Arrest', occurrences: 2, people: 2 },
    ]);
  });
  it('counts repeats within one person as occurrences, not people', () => {
    const repeats = [1, 2, 3].flatMap((n) => [
      of('r', contact(`w${n}`, `2020-0${n}-01`, 'mh', 'Welfare check')),
      of('r', contact(`a${n}`, `2020-0${n}-02`, 'police', 'Arrest')),
    ]);
    expect(commonSequences(contactsByCase(repeats), { ...options, days: 5 })).toEqual([
      { before: ['Welfare check'], target: 'Arrest', occurrences: 3, people: 1 },
    ]);
  });
});
