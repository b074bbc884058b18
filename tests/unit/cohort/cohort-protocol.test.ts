import { describe, expect, it } from 'vitest';
import { beforeAfter } from '../../../shared/cohort/before-after/before-after';
import {
  beforeAfterScenarioCsv,
  beforeAfterScenarioRows,
} from '../../../shared/cohort/before-after/before-after-scenario';
import { DEFAULT_DEFLATOR_SERIES } from '../../../samples/shipped-data';
import { FromCohortWorker, ToCohortWorker, beforeAfterText } from '../../../renderer/cohort/cohort-protocol';
import { AGENCIES, contact, person, unitCost } from './fixtures';

const result = beforeAfter({
  cases: [person('ann', { interventionDate: '2020-01-01' })],
  contacts: [
    { ...contact('a1', '2019-05-01', 'police', 'Arrest', { unitCostId: 'arrest' }), caseId: 'ann' },
    { ...contact('a2', '2020-03-01', 'ae', 'A&E attendance', { unitCostId: 'ae' }), caseId: 'ann' },
  ],
  agencies: AGENCIES,
  // A price year to uplift from, so the figures carry long exact decimals.
  basis: {
    unitCosts: [
      unitCost('arrest', 50_001, 'Police', { priceYear: '2015/16' }),
      unitCost('ae', 30_007, 'NHS', { priceYear: '2019/20' }),
    ],
    priceBase: '2023/24',
    series: DEFAULT_DEFLATOR_SERIES,
  },
  interventionDate: null,
  windowMonths: 12,
  attributionPercent: '62.5',
  recordsFrom: '2019-01-01',
  recordsUntil: '2020-12-31',
});

describe('messages between the cohort screen and its worker', () => {
  it('carry before/after to the screen with every exact figure intact, so the exported scenario sheet is the same', () => {
    if (!result.ok) throw new Error(result.reason);
    const received = FromCohortWorker.parse({
      kind: 'before-after',
      run: 3,
      question: 7,
      result: beforeAfterText(result),
    });
    if (received.kind !== 'before-after' || !received.result.ok) throw new Error('not a before/after answer');
    expect(received.result).toEqual(result);
    expect(received.result.total.exactChangePerPersonYear.toFixed()).toBe(
      result.total.exactChangePerPersonYear.toFixed(),
    );
    expect(beforeAfterScenarioCsv(beforeAfterScenarioRows(received.result))).toBe(
      beforeAfterScenarioCsv(beforeAfterScenarioRows(result)),
    );
  });

  it('refuse what they cannot read, saying where', () => {
    const bad = FromCohortWorker.safeParse({ kind: 'totals', run: 1, rows: [{ caseId: 'a' }], analysis: {} });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.some((issue) => issue.path.join('.') === 'rows.0.pseudonym')).toBe(true);
    const inexact = FromCohortWorker.safeParse({
      kind: 'before-after',
      run: 1,
      question: 1,
      result: JSON.stringify({ ...result, personYearsBefore: 'about two' }),
    });
    expect(inexact.success).toBe(false);
    expect(
      ToCohortWorker.safeParse({
        kind: 'before-after',
        question: 1,
        interventionDate: '2020-02-30',
        windowMonths: 12,
        attributionPercent: '50',
      }).success,
    ).toBe(false);
    expect(
      ToCohortWorker.safeParse({
        kind: 'open',
        run: 1,
        database: 'journey-mapper',
        storeVersion: 0,
        priceBase: '2023/24',
        series: DEFAULT_DEFLATOR_SERIES,
        sequences: { targetKeywords: ['arrest'], days: 90, length: 3, top: 10 },
      }).success,
    ).toBe(true);
    expect(
      ToCohortWorker.safeParse({ kind: 'prepare', database: 'journey-mapper', storeVersion: 0 }).success,
    ).toBe(true);
    expect(ToCohortWorker.safeParse({ kind: 'prepare', database: '', storeVersion: 0 }).success).toBe(false);
  });
});
