import { describe, expect, it } from 'vitest';
import {
  ApproximateDate,
  ApproximateDateTime,
  Contact,
  LifeEvent,
  earliestDay,
  financialYearOf,
  formatDateAsWritten,
  isMarkedApproximate,
  latestDay,
  midpointOf,
  parseApproximateDateAndTime,
  parseApproximateDateInput,
  periodOf,
  precisionOf,
  shiftApproximateDate,
  spansFinancialYears,
  toDayNumber,
  whatIsKnown,
} from '../../../shared/model';

const FORMS: Array<[typed: string, stored: string, asWritten: string, first: string, last: string]> = [
  ['Oct 2018', '2018-10', 'Oct 2018', '2018-10-01', '2018-10-31'],
  ['October 2018', '2018-10', 'Oct 2018', '2018-10-01', '2018-10-31'],
  ['10/2018', '2018-10', 'Oct 2018', '2018-10-01', '2018-10-31'],
  ['07/2018', '2018-07', 'Jul 2018', '2018-07-01', '2018-07-31'],
  ['2018-10', '2018-10', 'Oct 2018', '2018-10-01', '2018-10-31'],
  ['Q3 2019', '2019-35', 'Q3 2019', '2019-07-01', '2019-09-30'],
  ['Spring 2019', '2019-21', 'Spring 2019', '2019-03-01', '2019-05-31'],
  ['summer 2019', '2019-22', 'Summer 2019', '2019-06-01', '2019-08-31'],
  ['Winter 2019', '2019-24', 'Winter 2019', '2019-12-01', '2020-02-29'],
  ['2017', '2017', '2017', '2017-01-01', '2017-12-31'],
  ['Oct-Dec 2019', '2019-10/2019-12', 'Oct-Dec 2019', '2019-10-01', '2019-12-31'],
  ['between 03/2019 and 06/2019', '2019-03/2019-06', 'Mar-Jun 2019', '2019-03-01', '2019-06-30'],
  ['2019-03/2019-06', '2019-03/2019-06', 'Mar-Jun 2019', '2019-03-01', '2019-06-30'],
  ['Oct 2018 to Feb 2019', '2018-10/2019-02', 'Oct 2018 to Feb 2019', '2018-10-01', '2019-02-28'],
  ['2016-2017', '2016/2017', '2016-2017', '2016-01-01', '2017-12-31'],
  ['c. 2016', '2016~', 'c. 2016', '2016-01-01', '2016-12-31'],
  ['about May 2018', '2018-05~', 'c. May 2018', '2018-05-01', '2018-05-31'],
  ['~2016', '2016~', 'c. 2016', '2016-01-01', '2016-12-31'],
  ['2016~', '2016~', 'c. 2016', '2016-01-01', '2016-12-31'],
  ['03/02/2019', '2019-02-03', '03/02/2019', '2019-02-03', '2019-02-03'],
  ['3/2/19', '2019-02-03', '03/02/2019', '2019-02-03', '2019-02-03'],
  ['03/02/2019 23:10', '2019-02-03T23:10', '03/02/2019 23:10', '2019-02-03', '2019-02-03'],
];

describe('approximate dates', () => {
  for (const [typed, stored, asWritten, first, last] of FORMS) {
    it(`reads "${typed}" as ${stored}, shows it as "${asWritten}" and spans ${first} to ${last}`, () => {
      const parsed = parseApproximateDateInput(typed);
      expect(parsed).toEqual({ ok: true, value: stored });
      expect(ApproximateDateTime.safeParse(stored).success).toBe(true);
      expect(formatDateAsWritten(stored)).toBe(asWritten);
      expect(periodOf(stored)).toEqual({ first, last });
      // What is shown reads back as the same value: the display is lossless.
      expect(parseApproximateDateInput(asWritten)).toEqual({ ok: true, value: stored });
    });
  }

  it.each([
    ['31/02/2021', /not a real date/],
    ['13/2019', /not a real month \(13\)/],
    ['Spring', /"Spring" is not a date: write a day \(dd\/mm\/yyyy\), a month \(Oct 2018/],
    ['Dec-Oct 2019', /ends before it starts/],
    ['c. Q3 2019', /cannot be marked approximate/],
    ['', /enter a date/],
  ])('refuses "%s" saying what is accepted', (typed, reason) => {
    const parsed = parseApproximateDateInput(typed);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });

  it('refuses stored text that is not the one spelling of a value we write', () => {
    for (const text of [
      '2019-13',
      '2021-02-31',
      '2019-02-29~',
      '2019-02-29/2019-03',
      '2016?',
      '2019-XX',
      '2019-25',
      '~2016',
      '2019-12/2019-10',
      '2019-02-03T23:10:00Z',
      'Oct 2018',
    ]) {
      expect(ApproximateDateTime.safeParse(text).success, text).toBe(false);
    }
  });

  it('keeps life events to days and approximate dates without a time', () => {
    expect(ApproximateDate.safeParse('2018-10').success).toBe(true);
    expect(ApproximateDate.safeParse('2019-02-03').success).toBe(true);
    expect(ApproximateDate.safeParse('2019-02-03T10:00').success).toBe(false);
  });

  it('puts a time only with an exact day', () => {
    expect(parseApproximateDateAndTime('03/02/2019', '23:10')).toEqual({
      ok: true,
      value: '2019-02-03T23:10',
    });
    const refused = parseApproximateDateAndTime('Oct 2018', '10:00');
    expect(refused.ok).toBe(false);
  });

  it('gives earliest and latest days, precision and what is known', () => {
    expect(earliestDay('2018-10')).toBe(toDayNumber('2018-10-01'));
    expect(latestDay('2018-10')).toBe(toDayNumber('2018-10-31'));
    expect(earliestDay('2019-02-03T23:10')).toBe(latestDay('2019-02-03T23:10'));
    expect(precisionOf('2018-10')).toBe('month');
    expect(precisionOf('2019-35')).toBe('quarter');
    expect(precisionOf('2019-21')).toBe('season');
    expect(precisionOf('2017')).toBe('year');
    expect(precisionOf('2019-10/2019-12')).toBe('range');
    expect(precisionOf('2019-02-03')).toBe('day');
    expect(precisionOf('2019-02-03T10:00')).toBe('time');
    expect(isMarkedApproximate('2016~')).toBe(true);
    expect(isMarkedApproximate('2016')).toBe(false);
    expect(whatIsKnown('2018-10')).toBe('month known, day not');
    expect(whatIsKnown('2016~')).toBe('year known, month not, and that only approximately');
    expect(midpointOf('2017')).toBe('2017-07-02');
  });

  describe('financial year: the one holding the whole period, else the one holding its midpoint', () => {
    it.each([
      ['2018-03', '2017/18', false],
      ['2018-04', '2018/19', false],
      ['2020-33', '2019/20', false],
      ['2020-34', '2020/21', false],
      ['2017', '2017/18', true],
      ['2019-03/2019-04', '2018/19', true],
      ['2019-03/2019-05', '2019/20', true],
      ['2019-04/2020-03', '2019/20', false],
      ['2018-03-31', '2017/18', false],
      ['2018-04-01', '2018/19', false],
    ])('%s is in %s', (date, year, spans) => {
      expect(financialYearOf(date)).toBe(year);
      expect(spansFinancialYears(date)).toBe(spans);
    });
  });

  it('lets contacts and life events carry approximate dates, with an end that may overlap the start', () => {
    const base = {
      id: 'c1',
      caseId: 'k1',
      agencyId: 'a1',
      contactType: 'Stay',
      createdAt: '2020-01-01T00:00:00.000Z',
      updatedAt: '2020-01-01T00:00:00.000Z',
    };
    expect(Contact.safeParse({ ...base, start: '2018-10', end: '2018-10-20' }).success).toBe(true);
    expect(Contact.safeParse({ ...base, start: '2018-10', end: '2018-09' }).success).toBe(false);
    expect(
      LifeEvent.safeParse({ id: 'e1', caseId: 'k1', date: '2017', kind: 'release from prison' }).success,
    ).toBe(true);
  });
});

describe('anonymisation shifts an approximate date and keeps its precision', () => {
  it.each([
    ['2018-10', 28, '2018-11'],
    ['2018-10', -28, '2018-09'],
    ['2018-10', 7, '2018-10'],
    ['2016~', 189, '2017~'],
    ['2016', -7 * 13, '2016'],
    ['2019-35', 91, '2019-36'],
    ['2019-21', -91, '2018-24'],
    ['2019-24', 91, '2020-21'],
    ['2019-10/2019-12', 35, '2019-11/2020-01'],
    ['2016-05-03~', 7, '2016-05-10~'],
    ['2019-10/2019-11', 137, '2020-03'],
  ])('%s moved %i days is %s', (value, offset, shifted) => {
    expect(shiftApproximateDate(value, offset)).toBe(shifted);
    expect(precisionOf(shifted)).toBe(value === '2019-10/2019-11' ? 'month' : precisionOf(value));
  });
});
