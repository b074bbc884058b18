import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../shared/model';
import {
  MIN_LABEL_SPACING_PX,
  axisTicks,
  dayToX,
  financialYearBands,
  type TimeScale,
} from '../../../shared/timeline';

function scaleFor(days: number): TimeScale {
  return { originDay: toDayNumber('2015-01-01'), pxPerDay: 1200 / days };
}

describe('axis ticks', () => {
  it.each([
    ['ten years', 3653, 'years', '2016'],
    ['one year', 366, 'months', 'Feb 2015'],
    ['one month', 31, 'weeks', '12/01/2015'],
    ['one week', 7, 'days', 'Fri 02/01'],
  ])('labels %s in %s, never closer than the minimum spacing', (_name, days, granularity, secondLabel) => {
    const scale = scaleFor(days);
    const ticks = axisTicks(scale, 0, 1200);
    expect(ticks.granularity).toBe(granularity);
    const inView = ticks.major.filter((t) => t.x >= 0);
    expect(inView[1].label).toBe(secondLabel);
    for (let i = 1; i < ticks.major.length; i += 1) {
      expect(ticks.major[i].x - ticks.major[i - 1].x).toBeGreaterThanOrEqual(MIN_LABEL_SPACING_PX - 1e-9);
    }
    expect(inView.length).toBeGreaterThan(1);
  });

  it('uses weeks starting on Monday when days are too narrow to label', () => {
    const scale = scaleFor(60);
    const ticks = axisTicks(scale, 0, 1200);
    expect(ticks.granularity).toBe('weeks');
    expect(ticks.major.every((t) => new Date(t.day * 86_400_000).getUTCDay() === 1)).toBe(true);
    expect(ticks.major[1].label).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  });
});

describe('financial-year bands', () => {
  const scale = { originDay: toDayNumber('2019-01-01'), pxPerDay: 2 };

  it('runs April to March: 1 April 2019 starts 2019/20 and 31 March 2020 is still in it', () => {
    const [band] = financialYearBands(scale, toDayNumber('2019-04-01'), toDayNumber('2019-04-02'));
    expect(band.financialYear).toBe('2019/20');
    expect(band.startDay).toBe(toDayNumber('2019-04-01'));
    expect(band.endDay).toBe(toDayNumber('2020-04-01'));
    expect(
      financialYearBands(scale, toDayNumber('2020-03-31'), toDayNumber('2020-03-31T12:00'))[0].financialYear,
    ).toBe('2019/20');
  });

  it('covers a range crossing three years with bands placed on the time scale', () => {
    const bands = financialYearBands(scale, toDayNumber('2019-02-01'), toDayNumber('2020-05-01'));
    expect(bands.map((b) => b.financialYear)).toEqual(['2018/19', '2019/20', '2020/21']);
    expect(bands[1].x).toBe(dayToX(scale, toDayNumber('2019-04-01')));
    expect(bands[1].width).toBe(366 * 2);
    expect(bands[0].x + bands[0].width).toBe(bands[1].x);
  });
});
