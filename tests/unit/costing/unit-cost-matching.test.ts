import { describe, expect, it } from 'vitest';
import {
  emptyContactForm,
  withContactType,
  type ContactFormValues,
} from '../../../shared/editing/contact-form';
import { DEFAULT_UNIT_COST_LIBRARY } from '../../../samples/shipped-data';
import { unitCostCandidates, unitCostNamed } from '../../../shared/costing/unit-cost-library';
import type { UnitCost } from '../../../shared/model';

const library = DEFAULT_UNIT_COST_LIBRARY.unitCosts;
const VB11Z = 'A&E attendance, no investigation, no significant treatment (VB11Z)';

/** Types the text one character at a time, as the form receives it. */
function typeInto(
  values: ContactFormValues,
  text: string,
  unitCosts: readonly UnitCost[] = library,
): ContactFormValues {
  let current = values;
  for (let i = 1; i <= text.length; i += 1) current = withContactType(current, text.slice(0, i), unitCosts);
  return current;
}

function priceOf(values: ContactFormValues): number | null {
  return library.find((u) => u.id === values.unitCostId)?.amountPence ?? null;
}

describe('a typed contact type picks a unit cost only by its whole name', () => {
  it('typing the VB11Z name letter by letter ends on £123.75, not on "A&E attendance" at £300 that it passes through', () => {
    const typed = typeInto(emptyContactForm(), VB11Z);
    expect(priceOf(typed)).toBe(12375);
  });

  it('a name that only starts an entry prices nothing', () => {
    expect(priceOf(typeInto(emptyContactForm(), 'A&E attendance, no investigation'))).toBeNull();
    expect(priceOf(typeInto(emptyContactForm(), 'Arrest and det'))).toBeNull();
  });

  it('an entry passed through is dropped when more is typed', () => {
    const atShortName = typeInto(emptyContactForm(), 'A&E attendance');
    expect(priceOf(atShortName)).toBe(30000);
    expect(priceOf(withContactType(atShortName, 'A&E attendance,', library))).toBeNull();
  });

  it('ignores case and spacing', () => {
    expect(unitCostNamed(library, '  arrest   AND detain ')?.amountPence).toBe(71900);
  });

  it('two entries of one name are never guessed between', () => {
    expect(unitCostNamed(library, 'Adult social worker time (with qualification costs)')).toBeNull();
  });

  it('a unit cost chosen under another name stays while the contact type is edited', () => {
    const vb11z = library.find((u) => u.name === VB11Z);
    const chosen = { ...emptyContactForm(), contactType: 'A&E', unitCostId: vb11z?.id ?? '' };
    expect(priceOf(typeInto(chosen, 'A&E attendance'))).toBe(12375);
  });

  it('a retired entry is never picked by name', () => {
    const retired = library.map((u) => (u.name === 'Arrest and detain' ? { ...u, retired: true } : u));
    expect(typeInto(emptyContactForm(), 'Arrest and detain', retired).unitCostId).toBe('');
  });
});

describe('unit-cost candidates for a typed contact type', () => {
  it('lists every entry holding the typed words, the whole-name match first', () => {
    const names = unitCostCandidates(library, 'a&e att').map((u) => u.name);
    expect(names).toEqual([
      'A&E attendance',
      'A&E attendance (all scenarios)',
      'A&E attendance, category 1 investigation with category 1-2 treatment (VB09Z)',
      'A&E attendance, category 2 investigation with category 1-2 treatment (VB08Z)',
      VB11Z,
    ]);
    expect(unitCostCandidates(library, 'a&e attendance')[0].name).toBe('A&E attendance');
  });

  it('lists both entries of one name, to be told apart', () => {
    const both = unitCostCandidates(library, 'adult social worker time (with qualification costs)');
    expect(both.map((u) => [u.amountPence, u.priceYear])).toEqual(
      expect.arrayContaining([
        [5800, '2023/24'],
        [5878, '2015/16'],
      ]),
    );
    expect(both).toHaveLength(2);
  });

  it('falls back to entries sharing most of the longer words when none holds them all', () => {
    const names = unitCostCandidates(library, 'A&E attendance (unspecified)').map((u) => u.name);
    expect(names).toHaveLength(5);
    expect(names.every((n) => n.startsWith('A&E attendance'))).toBe(true);
  });

  it('offers nothing for nothing typed, and never a retired entry', () => {
    expect(unitCostCandidates(library, '  ')).toEqual([]);
    const retired = library.map((u) => ({ ...u, retired: true }));
    expect(unitCostCandidates(retired, 'arrest')).toEqual([]);
  });
});
