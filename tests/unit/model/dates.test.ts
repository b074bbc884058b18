import { describe, expect, it } from 'vitest';
import {
  financialYearOf,
  formatUkDate,
  fromDayNumber,
  parseUkDateAndTime,
  parseUkDateInput,
  toDayNumber,
  FinancialYear,
} from '../../../shared/model';

describe('local dates', () => {
  it('turns dates into day numbers and back, with times as fractions', () => {
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('2019-02-03T12:00') - toDayNumber('2019-02-03')).toBe(0.5);
    expect(fromDayNumber(toDayNumber('2024-02-29'))).toBe('2024-02-29');
    expect(fromDayNumber(toDayNumber('2019-02-03T23:10'), true)).toBe('2019-02-03T23:10');
  });
  it('shows UK dates', () => {
    expect(formatUkDate('2019-02-03')).toBe('03/02/2019');
    expect(formatUkDate('2019-02-03T09:05')).toBe('03/02/2019 09:05');
  });
});

describe('financial years', () => {
  it('runs April to March', () => {
    expect(financialYearOf('2019-04-01')).toBe('2019/20');
    expect(financialYearOf('2020-03-31T23:59')).toBe('2019/20');
    expect(financialYearOf('2000-01-15')).toBe('1999/00');
  });
  it('accepts only well-formed consecutive years', () => {
    expect(FinancialYear.safeParse('2019/20').success).toBe(true);
    expect(FinancialYear.safeParse('1999/00').success).toBe(true);
    expect(FinancialYear.safeParse('2019/21').success).toBe(false);
    expect(FinancialYear.safeParse('2019-20').success).toBe(false);
  });
});

describe('typed UK dates', () => {
  it.each([
    ['03/02/2019', '2019-02-03'],
    ['3/2/19', '2019-02-03'],
    ['3/2/85', '1985-02-03'],
    ['03.02.2019 14:30', '2019-02-03T14:30'],
    ['2019-02-03', '2019-02-03'],
  ])('reads %s as %s', (text, expected) => {
    expect(parseUkDateInput(text)).toEqual({ ok: true, value: expected });
  });
  it.each(['', '31/02/2019', '13/13/2019', 'next Tuesday', '03/02/2019 25:00'])(
    'rejects %j with a reason',
    (text) => {
      const result = parseUkDateInput(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason.length).toBeGreaterThan(5);
    },
  );
  it('combines a date box and a time box', () => {
    expect(parseUkDateAndTime('03/02/2019', '9:05')).toEqual({ ok: true, value: '2019-02-03T09:05' });
    expect(parseUkDateAndTime('03/02/2019', '')).toEqual({ ok: true, value: '2019-02-03' });
  });
});
