import { describe, expect, it } from 'vitest';
import { findAgencyGaps, findGaps } from '../../../shared/chronology/gaps';

const at = (start: string, agency = 'Police', end: string | null = null) => ({ start, end, agency });

describe('gaps in contact', () => {
  it('lists a gap of 91 days but not one of exactly 90', () => {
    expect(findGaps([at('2019-01-01'), at('2019-04-01')])).toEqual([]); // 90 days
    expect(findGaps([at('2019-01-01'), at('2019-04-02T09:00')])).toEqual([
      { from: '2019-01-01', to: '2019-04-02', days: 91 },
    ]);
  });

  it('measures from the last day a stay covered, not the day it began, and takes contacts in any order', () => {
    // 151 days from the stay's start, 83 from its last night.
    expect(findGaps([at('2019-06-01'), at('2019-01-01', 'Housing', '2019-03-10')])).toEqual([]);
    expect(findGaps([at('2019-08-01'), at('2019-01-01', 'Housing', '2019-03-10'), at('2019-02-01')])).toEqual(
      [{ from: '2019-03-10', to: '2019-08-01', days: 144 }],
    );
  });

  it('takes a chosen length, and a gap covered by another agency is no gap', () => {
    expect(findGaps([at('2019-01-01'), at('2019-01-31')], 29)).toEqual([
      { from: '2019-01-01', to: '2019-01-31', days: 30 },
    ]);
    expect(findGaps([at('2019-01-01'), at('2019-03-01', 'GP'), at('2019-05-01')])).toEqual([]);
  });

  it("lists each agency's own gaps between its first and last contact", () => {
    const contacts = [at('2019-01-01'), at('2019-03-01', 'GP'), at('2019-05-01'), at('2019-05-02', 'GP')];
    expect(findAgencyGaps(contacts)).toEqual([
      { agency: 'Police', from: '2019-01-01', to: '2019-05-01', days: 120 },
    ]);
  });

  it('finds nothing in no contacts or one', () => {
    expect(findGaps([])).toEqual([]);
    expect(findGaps([at('2019-01-01')])).toEqual([]);
  });
});
