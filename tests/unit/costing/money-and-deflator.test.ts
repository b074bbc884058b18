import { describe, expect, it } from 'vitest';
import { upliftFactor } from '../../../shared/costing/deflator';
import { parseExactProduct } from '../../../shared/costing/exact-number';
import { formatPence, parsePoundsToPence, pence, roundToPenny } from '../../../shared/costing/money';
import { DEFAULT_DEFLATOR_SERIES } from '../../../samples/shipped-data';

describe('money', () => {
  it('rounds once, half up, to the penny', () => {
    expect(roundToPenny(pence('16373250'))).toBe(16373250);
    expect(roundToPenny(pence('0.5'))).toBe(1);
    expect(roundToPenny(pence('1.4999'))).toBe(1);
    expect(roundToPenny(pence('-0.5'))).toBe(-1);
  });
  it('does not drift where floating point would: 0.1 + 0.2 pounds', () => {
    expect(roundToPenny(pence(10).plus(20))).toBe(30);
    expect(pence(3740).times('0.1').toString()).toBe('374');
  });
  it('formats UK money and reads typed amounts exactly', () => {
    expect(formatPence(123456789)).toBe('£1,234,567.89');
    expect(formatPence(5)).toBe('£0.05');
    expect(formatPence(-16373250)).toBe('−£163,732.50');
    expect(parsePoundsToPence('£1,234.5')).toBe(123450);
    expect(parsePoundsToPence('30.38')).toBe(3038);
    expect(parsePoundsToPence('719')).toBe(71900);
    for (const bad of ['', '12.345', 'ten', '-5', '1,23']) expect(parsePoundsToPence(bad)).toBeNull();
  });
  it('reads derived inputs as exact products', () => {
    expect(parseExactProduct('3 x 30.38')?.toString()).toBe('91.14');
    expect(parseExactProduct('2 × 2 × £30.38')?.toString()).toBe('121.52');
    expect(parseExactProduct('0.75*734')?.toString()).toBe('550.5');
    expect(parseExactProduct('three')).toBeNull();
  });
});

describe('deflator uplift', () => {
  const series = { ...DEFAULT_DEFLATOR_SERIES, values: { '2015/16': 92.8, '2023/24': 119.45 } };
  it('uplifts by the ratio of the indices', () => {
    const uplift = upliftFactor(series, '2015/16', '2023/24');
    expect(uplift.kind).toBe('uplifted');
    if (uplift.kind === 'uplifted') expect(roundToPenny(pence(71850).times(uplift.factor))).toBe(92484);
  });
  it('never uplifts an unknown price year, and reports a year the series lacks', () => {
    expect(upliftFactor(series, 'unknown', '2023/24')).toEqual({ kind: 'unknown price year' });
    expect(upliftFactor(series, '2001/02', '2023/24')).toEqual({ kind: 'no index', missingYear: '2001/02' });
    expect(upliftFactor(series, '2015/16', '2030/31')).toEqual({ kind: 'no index', missingYear: '2030/31' });
  });
  it('ships a series covering 1989/90 to 2029/30, 2023/24 = 100, keeping the published OBR ratios', () => {
    const years = Object.keys(DEFAULT_DEFLATOR_SERIES.values);
    expect(years[0]).toBe('1989/90');
    expect(years.at(-1)).toBe('2029/30');
    expect(DEFAULT_DEFLATOR_SERIES.values['2023/24']).toBe(100);
    // OBR October 2024 publishes 83.45 for 2008/09 and 119.45 for 2023/24.
    expect(DEFAULT_DEFLATOR_SERIES.values['2008/09']).toBeCloseTo((83.45 / 119.45) * 100, 6);
    expect(DEFAULT_DEFLATOR_SERIES.yearSources['2007/08']).toContain('HM Treasury');
    expect(DEFAULT_DEFLATOR_SERIES.latestOutturnYear).toBe('2023/24');
  });
});
