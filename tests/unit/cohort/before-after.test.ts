import Big from 'big.js';
import { describe, expect, it } from 'vitest';
import {
  beforeAfter,
  type BeforeAfterInput,
  type BeforeAfterResult,
} from '../../../shared/cohort/before-after/before-after';
import {
  beforeAfterScenarioCsv,
  beforeAfterScenarioRows,
} from '../../../shared/cohort/before-after/before-after-scenario';
import { addMonths } from '../../../shared/cohort/before-after/before-after-windows';
import { computeScenario } from '../../../shared/costing/scenario';
import { describeProblem, readScenarioSheet } from '../../../shared/costing/scenario-sheet';
import { DEFAULT_DEFLATOR_SERIES } from '../../../samples/shipped-data';
import type { Contact } from '../../../shared/model';
import { AGENCIES, contact, person, unitCost } from './fixtures';

const unitCosts = [unitCost('arrest', 50_000, 'Police'), unitCost('ae', 30_000, 'NHS')];
const arrest = (caseId: string, id: string, start: string): Contact => ({
  ...contact(id, start, 'police', 'Arrest', { unitCostId: 'arrest' }),
  caseId,
});
const ae = (caseId: string, id: string, start: string): Contact => ({
  ...contact(id, start, 'ae', 'A&E attendance', { unitCostId: 'ae' }),
  caseId,
});

// Ann: intervention 01/01/2020, 365 days before and 366 after (2020 is a leap year).
// Bob: intervention 01/01/2021, 366 days before; after cut to the records' end, 30/06/2021: 181 days.
// So 731 person-days before (2.0014 person-years) and 547 after (1.4976).
const ann = person('ann', { pseudonym: 'Ann', interventionDate: '2020-01-01' });
const bob = person('bob', { pseudonym: 'Bob', interventionDate: '2021-01-01' });
const contacts: Contact[] = [
  arrest('ann', 'a1', '2019-01-01'),
  arrest('ann', 'a2', '2019-03-01'),
  arrest('ann', 'a3', '2019-06-01'),
  arrest('ann', 'a4', '2019-12-31'),
  ae('ann', 'a5', '2019-02-01'),
  ae('ann', 'a6', '2019-08-01'),
  arrest('ann', 'a7', '2020-06-01'),
  ae('ann', 'a8', '2020-12-31'),
  { ...contact('a9', '2020-07-01', 'gp', 'GP appointment'), caseId: 'ann' },
  // Before Bob's window: left out.
  arrest('bob', 'b0', '2019-06-01'),
  arrest('bob', 'b1', '2020-05-01'),
  arrest('bob', 'b2', '2020-12-31'),
  // On the intervention date: after.
  ae('bob', 'b3', '2021-01-01'),
];
const input: BeforeAfterInput = {
  cases: [ann, bob, person('cy', { pseudonym: 'Cy' })],
  contacts,
  agencies: AGENCIES,
  basis: { unitCosts, priceBase: '2023/24', series: DEFAULT_DEFLATOR_SERIES },
  interventionDate: null,
  windowMonths: 12,
  attributionPercent: '50',
  recordsFrom: '2019-01-01',
  recordsUntil: '2021-06-30',
};

function compared(result: BeforeAfterResult) {
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe('windows in months', () => {
  it('moves a day the month lacks to its last day', () => {
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonths('2021-03-31', -1)).toBe('2021-02-28');
    expect(addMonths('2020-02-29', 12)).toBe('2021-02-28');
    expect(addMonths('2020-01-15', -12)).toBe('2019-01-15');
    expect(addMonths('2019-11-30', 3)).toBe('2020-02-29');
  });
});

describe('before and after an intervention, on recorded contacts', () => {
  const result = compared(beforeAfter(input));

  it('divides by the person-years observed in each window and leaves out cases with no date', () => {
    expect(result.people).toBe(2);
    expect(result.leftOut).toEqual([{ caseId: 'cy', pseudonym: 'Cy', reason: 'no intervention date' }]);
    expect(result.personYearsBefore.toFixed(4)).toBe('2.0014');
    expect(result.personYearsAfter.toFixed(4)).toBe('1.4976');
    expect(result.uncostedContacts).toEqual({ before: 0, after: 1 });
  });
  it('gives counts, costs and rates per cost bearer, and the attributed saving or increase', () => {
    expect(result.lines.map(({ exactChangePerPersonYear: _exact, ...line }) => line)).toEqual([
      {
        costBearer: 'Police',
        // 6 arrests × £500 over 731 days; 1 arrest over 547 days.
        before: {
          contacts: 6,
          costPence: 300_000,
          contactsPerPersonYear: 3,
          costPerPersonYearPence: 149_897,
        },
        after: {
          contacts: 1,
          costPence: 50_000,
          contactsPerPersonYear: 0.67,
          costPerPersonYearPence: 33_387,
        },
        changePerPersonYearPence: -116_511,
        savingPerPersonYearPence: 58_255,
        costIncreasePerPersonYearPence: 0,
      },
      {
        costBearer: 'NHS',
        before: { contacts: 2, costPence: 60_000, contactsPerPersonYear: 1, costPerPersonYearPence: 29_979 },
        after: {
          contacts: 2,
          costPence: 60_000,
          contactsPerPersonYear: 1.34,
          costPerPersonYearPence: 40_064,
        },
        changePerPersonYearPence: 10_085,
        savingPerPersonYearPence: 0,
        costIncreasePerPersonYearPence: 5_042,
      },
    ]);
    expect(result.total).toMatchObject({
      before: { contacts: 8, costPence: 360_000, costPerPersonYearPence: 179_877 },
      after: { contacts: 3, costPence: 110_000, costPerPersonYearPence: 73_451 },
      changePerPersonYearPence: -106_426,
      savingPerPersonYearPence: 53_213,
    });
  });
  it('applies one date to every case when given, and attribution exactly', () => {
    const oneDate = compared(
      beforeAfter({ ...input, interventionDate: '2020-01-01', attributionPercent: new Big('12.5') }),
    );
    // Cy, with no date of his own and no contacts, now counts too. Everyone has 01/01/2019-31/12/2019
    // before (3 × 365 days) and 01/01/2020-31/12/2020 after (3 × 366 days).
    expect(oneDate.people).toBe(3);
    expect(oneDate.leftOut).toEqual([]);
    expect(oneDate.personYearsBefore.times(365.25).toNumber()).toBe(1_095);
    expect(oneDate.personYearsAfter.times(365.25).toNumber()).toBe(1_098);
    const police = oneDate.lines.find((l) => l.costBearer === 'Police');
    // Before: a1-a4 and b0 = £2,500 × 365.25 / 1,095 = 83,390.411p; after: a7, b1, b2 = £1,500 × 365.25 / 1,098 = 49,897.541p.
    expect(police).toMatchObject({
      before: { contacts: 5, costPerPersonYearPence: 83_390 },
      after: { contacts: 3, costPerPersonYearPence: 49_898 },
      changePerPersonYearPence: -33_493,
    });
    // 33,492.870p × 12.5% = 4,186.609p.
    expect(police?.savingPerPersonYearPence).toBe(4_187);
  });
  it('takes the records to run from the first to the last contact when not told', () => {
    const unbounded = compared(beforeAfter({ ...input, recordsFrom: undefined, recordsUntil: undefined }));
    expect([unbounded.recordsFrom, unbounded.recordsUntil]).toEqual(['2019-01-01', '2021-01-01']);
    // Bob's after window is then the one day 01/01/2021.
    expect(unbounded.personYearsAfter.times(365.25).toNumber()).toBe(367);
  });
  it('says why it cannot compare', () => {
    const reason = (changes: Partial<BeforeAfterInput>) => {
      const r = beforeAfter({ ...input, ...changes });
      return r.ok ? 'compared' : r.reason;
    };
    expect(reason({ attributionPercent: 101 })).toBe('the attribution must be a percentage from 0 to 100');
    expect(reason({ attributionPercent: 'most' })).toBe('the attribution must be a percentage from 0 to 100');
    expect(reason({ windowMonths: 0 })).toBe('the window must be a whole number of months, at least 1');
    expect(reason({ cases: [person('cy')] })).toBe('no case has an intervention date');
    expect(reason({ interventionDate: '2021-07-01' })).toBe(
      'no time after the intervention dates falls within the records (01/01/2019 to 30/06/2021)',
    );
    expect(reason({ contacts: [], recordsFrom: undefined })).toBe(
      'there are no contacts to show which dates the records cover; give the dates',
    );
  });
});

describe('before/after as a scenario sheet', () => {
  const result = compared(beforeAfter(input));
  const rows = beforeAfterScenarioRows(result);

  it('makes one row per cost bearer: the change per person-year for the cohort for a year, attributed', () => {
    expect(
      rows.map((r) => [r.organisation, r.direction, r.quantityText, r.attributionPercent.toString()]),
    ).toEqual([
      ['Police', 'saving', '2', '50'],
      ['NHS', 'cost', '2', '50'],
    ]);
    expect(rows[0].item).toBe(
      'Change in cost per person-year (£1,498.97 before, £333.87 after), for a year of the cohort',
    );
    const scenario = computeScenario(rows);
    // Change × 2 people × 50% is the change itself: 116,510.746p saved, 10,084.505p more spent.
    expect([scenario.savingsPence, scenario.costIncreasesPence, scenario.netPence]).toEqual([
      116_511, 10_085, 106_426,
    ]);
  });
  it('writes a CSV that readScenarioSheet reads back to the same rows and figures', () => {
    const csv = beforeAfterScenarioCsv(rows);
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFOrganisation,Item,Unit cost,Quantity,Direction,Attribution %,Source',
    );
    const read = readScenarioSheet(new TextEncoder().encode(csv), 'before-after.csv');
    if (!read.ok) throw new Error(read.problems.map(describeProblem).join('\n'));
    expect(
      read.rows.map((r) => [
        r.organisation,
        r.item,
        r.unitCostPence.toFixed(),
        r.quantity.toFixed(),
        r.direction,
        r.attributionPercent.toFixed(),
        r.source,
      ]),
    ).toEqual(
      rows.map((r) => [
        r.organisation,
        r.item,
        r.unitCostPence.toFixed(),
        r.quantity.toFixed(),
        r.direction,
        r.attributionPercent.toFixed(),
        r.source,
      ]),
    );
    expect(computeScenario(read.rows)).toEqual(computeScenario(rows));
  });
});
