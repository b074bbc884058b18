import { describe, expect, it } from 'vitest';
import { unitPrice } from '../../../shared/costing/costing-basis';
import type { DeflatorSeries } from '../../../shared/costing/deflator';
import type { UnitCost } from '../../../shared/model';

const series: DeflatorSeries = {
  type: 'journey-mapper/deflator-series',
  version: 1,
  name: 'Test deflator',
  source: 'Made for this test',
  baseYear: '2023/24',
  latestOutturnYear: '2023/24',
  values: { '2019/20': 80, '2023/24': 100 },
  yearSources: {},
  notes: '',
};
const basis = { priceBase: '2023/24', series };
const arrest: UnitCost = {
  id: 'arrest',
  name: 'Arrest',
  costBearer: 'Police',
  unit: 'contact',
  amountPence: 71_900,
  priceYear: '2019/20',
  source: 'test',
  confidence: 3,
  notes: '',
  retired: false,
};

describe('the price of one unit at a costing basis', () => {
  it('is the amount uplifted from its price year to the price base, exactly', () => {
    // 71,900p × 100 / 80 = 89,875p.
    const price = unitPrice('arrest', arrest, basis);
    expect(price.ok && price.perUnit.toString()).toBe('89875');
    expect(price).toMatchObject({ ok: true, unitCost: arrest, unknownPriceYear: false });
  });

  it('takes an unknown price year as stated, and says so', () => {
    expect(unitPrice('arrest', { ...arrest, priceYear: 'unknown' }, basis)).toMatchObject({
      ok: true,
      unknownPriceYear: true,
    });
    const price = unitPrice('arrest', { ...arrest, priceYear: 'unknown' }, basis);
    expect(price.ok && price.perUnit.toString()).toBe('71900');
  });

  it('cannot price no unit cost, one missing from the library, or a year the series lacks, and says which', () => {
    expect(unitPrice(null, undefined, basis)).toEqual({ ok: false, problem: 'no unit cost chosen' });
    expect(unitPrice('gone', undefined, basis)).toEqual({
      ok: false,
      problem: 'its unit cost (gone) is not in the library',
    });
    expect(unitPrice('arrest', { ...arrest, priceYear: '2001/02' }, basis)).toEqual({
      ok: false,
      problem: 'the deflator series "Test deflator" has no index for 2001/02',
    });
  });
});
