import type { FinancialYear, UnitCost } from '../model';
import { uplift, type DeflatorSeries } from './deflator';
import { pence, type Pence } from './money';

/**
 * What every cost is stated at: the price base, the deflator series that takes each unit cost
 * from its price year to that base, and the unit-cost library contacts are costed from. One
 * value, so a total can never be worked out with one library or series and labelled with another.
 */
export interface CostingBasis {
  priceBase: FinancialYear;
  series: DeflatorSeries;
  unitCosts: readonly UnitCost[];
}

export type UnitPrice =
  | { ok: true; unitCost: UnitCost; perUnit: Pence; unknownPriceYear: boolean }
  | { ok: false; problem: string };

/**
 * One unit of the unit cost a contact names, at the price base: amount × uplift, exact (an
 * unknown price year is taken as stated, and says so). No unit cost chosen, one missing from the
 * library, or a price year the series does not cover cannot be priced. Contact costing and the
 * cohort aggregates both ask here, so they cannot disagree on which contacts are costed or at what.
 */
export function unitPrice(
  unitCostId: string | null,
  unitCost: UnitCost | undefined,
  basis: Pick<CostingBasis, 'priceBase' | 'series'>,
): UnitPrice {
  if (unitCostId === null) return { ok: false, problem: 'no unit cost chosen' };
  if (unitCost === undefined)
    return { ok: false, problem: `its unit cost (${unitCostId}) is not in the library` };
  const uplifted = uplift(pence(unitCost.amountPence), unitCost.priceYear, basis.priceBase, basis.series);
  if (!uplifted.ok) return { ok: false, problem: uplifted.message };
  return { ok: true, unitCost, perUnit: uplifted.amount, unknownPriceYear: uplifted.upliftedFrom === null };
}
