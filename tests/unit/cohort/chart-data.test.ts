import { describe, expect, it } from 'vitest';
import { financialYearBars, moneyTicks, servicesBars } from '../../../shared/cohort/aggregates/chart-data';

describe('cohort chart data', () => {
  it('draws every financial year from the first to the last in order, a year with no cost as a zero bar', () => {
    const line = (name: string, totalPence: number) => ({ name, totalPence, perCasePence: 0 });
    expect(financialYearBars([line('2021/22', 500), line('2018/19', 900), line('2019/20', 100)])).toEqual([
      { name: '2018/19', total: 900 },
      { name: '2019/20', total: 100 },
      { name: '2020/21', total: 0 },
      { name: '2021/22', total: 500 },
    ]);
    expect(financialYearBars([])).toEqual([]);
  });

  it('counts people by services touched from 1 to the most, a count nobody has as a zero bar', () => {
    expect(servicesBars([{ agencies: 3 }, { agencies: 1 }, { agencies: 3 }, { agencies: 5 }])).toEqual([
      { name: '1', people: 1 },
      { name: '2', people: 0 },
      { name: '3', people: 2 },
      { name: '4', people: 0 },
      { name: '5', people: 1 },
    ]);
  });

  it('spaces money ticks evenly, a round number of pounds apart, from £0 past the largest value', () => {
    for (const max of [0, 1, 99_999, 123_456_789, 5_000_000, 270_000_000]) {
      const ticks = moneyTicks(max);
      expect(ticks[0]).toBe(0);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max);
      const steps = new Set(ticks.slice(1).map((t, i) => t - ticks[i]));
      expect(steps.size).toBe(1);
      const stepPounds = [...steps][0] / 100;
      expect(String(stepPounds)).toMatch(/^[125]0*$/);
      expect(ticks.length).toBeLessThanOrEqual(6);
    }
    expect(moneyTicks(123_456_789)).toEqual([0, 50_000_000, 100_000_000, 150_000_000]);
  });
});
