import { describe, expect, it } from 'vitest';
import { readUnitCostLibrary, writeUnitCostLibrary } from '../../../shared/costing/unit-cost-library';
import { addUnitCosts } from '../../../shared/editing/unit-cost-edits';
import type { UnitCost } from '../../../shared/model';

const arrest: UnitCost = {
  id: 'arrest',
  name: 'Arrest and detain',
  costBearer: 'Police',
  unit: 'contact',
  amountPence: 71_900,
  priceYear: 'unknown',
  source: 'Safe Space review, Appendix 2',
  confidence: 3,
  notes: '',
  retired: false,
};
const bnb: UnitCost = {
  ...arrest,
  id: 'bnb',
  name: 'B&B night',
  costBearer: 'Local authority housing',
  unit: 'night',
  amountPence: 3_500,
  priceYear: '2019/20',
};

describe('a unit-cost library file', () => {
  it('reads back exactly the unit costs it was written with, and says where it came from', () => {
    const text = writeUnitCostLibrary([arrest, bnb], 'Exported from Journey Mapper on 2026-12-07');
    const read = readUnitCostLibrary(text, 'library.json');
    if (!read.ok) throw new Error(read.errors.join('; '));
    expect(read.library.unitCosts).toEqual([arrest, bnb]);
    expect(JSON.parse(text)).toMatchObject({ source: 'Exported from Journey Mapper on 2026-12-07' });
  });

  it('is refused whole, naming the file and the entry and field that are wrong', () => {
    const file = JSON.parse(writeUnitCostLibrary([arrest, bnb], 'test'));
    file.unitCosts[1].unit = 'fortnight';
    const read = readUnitCostLibrary(JSON.stringify(file), 'shared.json');
    expect(read).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^shared\.json, unitCosts\.1\.unit: /)],
    });
    expect(readUnitCostLibrary('{"unitCosts": [', 'cut.json')).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^cut\.json is not JSON: /)],
    });
    expect(
      readUnitCostLibrary(writeUnitCostLibrary([arrest, { ...bnb, id: 'arrest' }], 'test'), 'twice.json'),
    ).toEqual({ ok: false, errors: ['twice.json: the id "arrest" is used by more than one entry'] });
  });

  it('adds only the entries the library does not have, leaving the others as they are', () => {
    const changeSet = addUnitCosts([arrest, bnb], new Set(['arrest']), 'import unit costs from shared.json');
    expect(changeSet.label).toBe('import unit costs from shared.json');
    expect(changeSet.changes).toHaveLength(1);
    expect(changeSet.changes[0]).toMatchObject({ table: 'unitCosts', after: bnb });
  });
});
