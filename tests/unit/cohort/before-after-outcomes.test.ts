import { describe, expect, it } from 'vitest';
import { outcomeChanges } from '../../../shared/cohort/before-after/before-after-outcomes';
import type { OutcomeMeasurement } from '../../../shared/model';

const score = (
  caseId: string,
  date: string,
  total: number,
  measureId = 'ndt-assessment',
): OutcomeMeasurement => ({
  id: `${caseId}-${date}-${measureId}`,
  caseId,
  measureId,
  date,
  total,
  itemScores: {},
  note: '',
});

describe('outcome change around an intervention', () => {
  it('averages, over the people scored on both sides, the last score before and the last within the window after', () => {
    const cases = [
      { id: 'a', interventionDate: '2020-01-10' },
      { id: 'b', interventionDate: '2020-06-01' },
      { id: 'c', interventionDate: '2020-01-10' },
      { id: 'd', interventionDate: null },
    ];
    const measurements = [
      score('a', '2019-06-01', 40),
      score('a', '2019-12-01', 36),
      score('a', '2020-01-10', 30),
      score('a', '2020-09-01', 20),
      score('a', '2021-03-01', 5),
      score('b', '2020-03-01', 30),
      score('b', '2021-01-01', 24),
      score('c', '2019-12-01', 33),
      score('d', '2019-12-01', 33),
      score('d', '2020-12-01', 10),
      score('a', '2019-12-01', 40, 'outcomes-star'),
      score('a', '2020-06-01', 55, 'outcomes-star'),
    ];
    const changes = outcomeChanges({
      cases,
      measurements,
      ownMeasures: [],
      interventionDate: null,
      windowMonths: 12,
    });
    // a: 36 before (the date itself counts as after), 20 after (01/03/2021 is beyond 12 months); b: 30 then 24; c has no after; d has no date.
    expect(changes).toEqual([
      {
        measureId: 'ndt-assessment',
        measure: 'NDT assessment',
        higherIsBetter: false,
        people: 2,
        meanBefore: 33,
        meanAfter: 22,
        meanChange: -11,
      },
      {
        measureId: 'outcomes-star',
        measure: 'Outcomes Star',
        higherIsBetter: true,
        people: 1,
        meanBefore: 40,
        meanAfter: 55,
        meanChange: 15,
      },
    ]);
    // One date for everyone: d now counts (33 then 10); b's scores both fall after it.
    expect(
      outcomeChanges({
        cases,
        measurements,
        ownMeasures: [],
        interventionDate: '2020-01-10',
        windowMonths: 12,
      })[0],
    ).toMatchObject({ people: 2, meanBefore: (36 + 33) / 2, meanAfter: (20 + 10) / 2 });
  });
});
