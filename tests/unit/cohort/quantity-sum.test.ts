import Big from 'big.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuantitySum } from '../../../shared/cohort/aggregates/quantity-sum';

describe('an exact sum of quantities', () => {
  it('equals big.js adding every quantity, whole or not, however large the sum grows', () => {
    const quantity = fc.oneof(
      fc.integer({ min: 0, max: 400 }).map(String),
      fc.constantFrom(
        '0.5',
        '1.25',
        '0.14285714285714285714',
        '3.28542094455852156057',
        '9007199254740991',
        '9007199254740993',
        '4503599627370496',
      ),
    );
    fc.assert(
      fc.property(fc.array(quantity, { maxLength: 60 }), (texts) => {
        const sum = new QuantitySum();
        for (const text of texts) sum.add(text);
        expect(sum.value().eq(texts.reduce((total, text) => total.plus(text), new Big(0)))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a whole-number sum past 2^53 exact', () => {
    const sum = new QuantitySum();
    for (const text of ['9007199254740991', '1', '1', '0.5']) sum.add(text);
    expect(sum.value().toFixed()).toBe('9007199254740993.5');
  });
});
