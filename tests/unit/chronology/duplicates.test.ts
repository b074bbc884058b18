import { describe, expect, it } from 'vitest';
import { findDuplicateCandidates, type ComparedContact } from '../../../shared/chronology/duplicates';
import { wordSet, wordingSimilarity } from '../../../shared/chronology/wording';
import { seededReturns } from './seeded-returns';

const contact = (
  id: string,
  returnId: string,
  start: string,
  agency: string,
  text: string,
  end: string | null = null,
): ComparedContact => ({ contactId: id, returnId, start, end, agency, text });

describe('wording similarity', () => {
  it('is 1 for the same words in any order and case, 0 for none in common, and ignores common words and endings', () => {
    expect(
      wordingSimilarity(wordSet('Arrested for theft from a shop'), wordSet('THEFT from SHOP: arrested')),
    ).toBe(1);
    expect(wordingSimilarity(wordSet('Arrested for theft'), wordSet('GP appointment missed'))).toBe(0);
    expect(wordingSimilarity(wordSet(''), wordSet('anything'))).toBe(0);
  });

  it('scores a short account contained in a longer one between Dice and full overlap', () => {
    // 3 shared of 3 and 6: Dice 2*3/9 = 0.667, overlap 1; the mean is 0.833.
    expect(
      wordingSimilarity(
        wordSet('PPN concerns welfare'),
        wordSet('PPN submitted concerns welfare, shouting, neighbours'),
      ),
    ).toBeCloseTo(0.833, 3);
  });
});

describe('duplicate candidates', () => {
  it('pairs a police notice sent with adult social care recording it from police the next day', () => {
    const found = findDuplicateCandidates([
      contact(
        'p1',
        'police',
        '2019-02-03T23:10',
        'Police',
        'PPN submitted: concerns for welfare after a domestic incident',
      ),
      contact(
        'a1',
        'asc',
        '2019-02-04',
        'Adult social care',
        'PPN received from Police: concerns for welfare, domestic incident',
      ),
      contact('a2', 'asc', '2019-02-04', 'Adult social care', 'Care package review'),
    ]);
    expect(found).toEqual([
      {
        a: 'p1',
        b: 'a1',
        score: expect.any(Number),
        reason: expect.stringMatching(
          /^1 day apart; Adult social care records Police's act; wording \d+% alike$/,
        ),
      },
    ]);
  });

  it('never pairs contacts of one return, more than two days apart, or of unrelated agencies', () => {
    const text = 'Head injury after a fall, wound glued, sent home';
    expect(
      findDuplicateCandidates([
        contact('a', 'r1', '2019-01-01', 'A&E', text),
        contact('b', 'r1', '2019-01-01', 'A&E', text),
      ]),
    ).toEqual([]);
    expect(
      findDuplicateCandidates([
        contact('a', 'r1', '2019-01-01', 'A&E', text),
        contact('b', 'r2', '2019-01-04', 'A&E', text),
      ]),
    ).toEqual([]);
    expect(
      findDuplicateCandidates([
        contact('a', 'r1', '2019-01-01', 'A&E', text),
        contact('b', 'r2', '2019-01-01', 'GP', text),
      ]),
    ).toEqual([]);
    expect(
      findDuplicateCandidates([
        contact('a', 'r1', '2019-01-01', 'A&E', text),
        contact('b', 'r2', '2019-01-03', 'A&E', text),
      ]).map((c) => c.score),
    ).toEqual([0.8]);
  });

  it('pairs overlapping periods however far apart they start', () => {
    const found = findDuplicateCandidates([
      contact(
        'h1',
        'housing',
        '2019-03-01',
        'Housing',
        'B&B placement under the homelessness duty',
        '2019-03-20',
      ),
      contact('h2', 'housing-2', '2019-03-15', 'Housing', 'B&B placement, homelessness duty', '2019-03-25'),
    ]);
    expect(found.map((c) => c.reason)).toEqual([expect.stringMatching(/^overlapping periods; both Housing/)]);
  });

  // The issue's bar: on the shipped samples split into per-agency returns with planted
  // duplicates, at least 90% found and under one false candidate per 50 contacts.
  for (const seed of [1, 2, 3]) {
    it(`finds at least 90% of planted duplicates with under 1 false candidate per 50 contacts (seed ${seed})`, () => {
      const set = seededReturns(seed);
      const candidates = set.cases.flatMap((contacts) => findDuplicateCandidates(contacts));
      const isPlanted = (c: { a: string; b: string }) =>
        set.planted.has(`${c.a}|${c.b}`) || set.planted.has(`${c.b}|${c.a}`);
      const found = candidates.filter(isPlanted).length;
      const falseCandidates = candidates.length - found;
      const contacts = set.cases.flat().length;
      expect(set.planted.size).toBeGreaterThan(50);
      expect(found / set.planted.size).toBeGreaterThanOrEqual(0.9);
      expect((falseCandidates / contacts) * 50).toBeLessThan(1);
    });
  }
});
