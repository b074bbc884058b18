import { unitPrice, type CostingBasis, type UnitPrice } from '../../costing/costing-basis';
import { ZERO, pence, roundToPenny, type Pence } from '../../costing/money';
import type { Agency, Case } from '../../model';
import { emptyAggregate } from './case-aggregate';
import {
  assembleAnalysis,
  countMissed,
  type CohortAnalysis,
  type CohortAnalysisOptions,
  type MissedGroups,
} from './cohort-analysis';
import { UNKNOWN_AGENCY } from '../cohort-costing';
import { PackedRows, packAggregate, type PackedCaseAggregate } from './packed-aggregate';
import { QuantitySum } from './quantity-sum';
import type { CaseSummaryRow } from '../table/case-summary-row';

export interface AggregateCohortInput {
  cases: Case[];
  /** By case id; a case with none has no contacts. */
  aggregates: ReadonlyMap<string, PackedCaseAggregate>;
  agencies: Agency[];
  basis: CostingBasis;
}

export interface AggregateCohort {
  rows: CaseSummaryRow[];
  analysis: CohortAnalysis;
}

type Rate = Extract<UnitPrice, { ok: true }> | null;

/**
 * Each library entry's price per unit at the basis, asked of unitPrice once per entry: the same
 * decision costContact makes contact by contact. Because big.js multiplies exactly, price ×
 * summed quantity is exactly the sum of the contacts' costs, so each case needs one
 * multiplication per unit cost, not per contact.
 */
function rates(basis: CostingBasis): (unitCostId: string | null) => Rate {
  const byId = new Map(basis.unitCosts.map((u) => [u.id, u]));
  const known = new Map<string, Rate>();
  return (unitCostId) => {
    if (unitCostId === null) return null;
    let rate = known.get(unitCostId);
    if (rate === undefined) {
      const price = unitPrice(unitCostId, byId.get(unitCostId), basis);
      rate = price.ok ? price : null;
      known.set(unitCostId, rate);
    }
    return rate;
  };
}

function add(groups: Map<string, Pence>, key: string, amount: Pence): void {
  groups.set(key, (groups.get(key) ?? ZERO).plus(amount));
}

/**
 * The cohort table and analysis from the cases' aggregates: the same figures journeyTotals gives
 * contact by contact (each sum exact, rounded once), without reading a contact.
 */
export function cohortFromAggregates(
  input: AggregateCohortInput,
  options: CohortAnalysisOptions = {},
): AggregateCohort {
  const rateOf = rates(input.basis);
  const unitCosts = new Map(input.basis.unitCosts.map((u) => [u.id, u]));
  const agencyNames = new Map(input.agencies.map((a) => [a.id, a.name]));
  const byCostBearer = new Map<string, Pence>();
  const byFinancialYear = new Map<string, Pence>();
  // Quantities by unit cost and financial year over the whole cohort, priced once at the end.
  const cohortQuantities = new Map<string, { rate: NonNullable<Rate>; byYear: Map<string, QuantitySum> }>();
  const missedByCategory: MissedGroups = new Map();
  const missedByAgency: MissedGroups = new Map();
  let total = ZERO;
  const rows = input.cases.map((c): CaseSummaryRow => {
    const aggregate = input.aggregates.get(c.id) ?? packAggregate(emptyAggregate(c.id));
    const agenciesSeen = new Set<string>();
    const quantities = new Map<string, { rate: NonNullable<Rate>; all: QuantitySum; after: QuantitySum }>();
    let caseTotal = ZERO;
    let after = ZERO;
    let uncosted = 0;
    const row = new PackedRows(aggregate);
    while (row.next()) {
      agenciesSeen.add(row.agencyId);
      if (row.missedOpportunities > 0)
        countMissed(
          missedByAgency,
          agencyNames.get(row.agencyId) ?? UNKNOWN_AGENCY,
          c.id,
          row.missedOpportunities,
        );
      if (row.overridden > 0) {
        // Own costs are borne by the unit cost's bearer if the library has it, else by the agency, as in journeyTotals.
        const own = pence(row.overridePence);
        caseTotal = caseTotal.plus(own);
        if (row.afterFirstMissed) after = after.plus(own);
        add(
          byCostBearer,
          (row.unitCostId === null ? undefined : unitCosts.get(row.unitCostId))?.costBearer ??
            agencyNames.get(row.agencyId) ??
            UNKNOWN_AGENCY,
          own,
        );
        add(byFinancialYear, row.financialYear, own);
      }
      const rate = rateOf(row.unitCostId);
      if (rate === null) {
        uncosted += row.contacts - row.overridden;
        continue;
      }
      // A row may hold the later years' parts of contacts counted in another row (quantityParts).
      const quantity = row.quantity(rate.unitCost.unit);
      if (quantity === '0') continue;
      let forCase = quantities.get(rate.unitCost.id);
      if (forCase === undefined) {
        forCase = { rate, all: new QuantitySum(), after: new QuantitySum() };
        quantities.set(rate.unitCost.id, forCase);
      }
      forCase.all.add(quantity);
      if (row.afterFirstMissed) forCase.after.add(quantity);
      let forCohort = cohortQuantities.get(rate.unitCost.id);
      if (forCohort === undefined) {
        forCohort = { rate, byYear: new Map() };
        cohortQuantities.set(rate.unitCost.id, forCohort);
      }
      let forYear = forCohort.byYear.get(row.financialYear);
      if (forYear === undefined) {
        forYear = new QuantitySum();
        forCohort.byYear.set(row.financialYear, forYear);
      }
      forYear.add(quantity);
    }
    for (const q of quantities.values()) {
      caseTotal = caseTotal.plus(q.rate.perUnit.times(q.all.value()));
      if (!q.after.isZero()) after = after.plus(q.rate.perUnit.times(q.after.value()));
    }
    for (const [category, flags] of Object.entries(aggregate.missedByCategory))
      countMissed(missedByCategory, category, c.id, flags);
    total = total.plus(caseTotal);
    return {
      caseId: c.id,
      pseudonym: c.pseudonym,
      designatedLead: c.designatedLead,
      status: c.status,
      riskGrade: c.riskGrade,
      firstContact: aggregate.firstContact,
      lastContact: aggregate.lastContact,
      contacts: aggregate.contacts,
      agencies: agenciesSeen.size,
      totalPence: roundToPenny(caseTotal),
      uncostedContacts: uncosted,
      missedOpportunities: aggregate.missedOpportunities,
      costAfterFirstMissedPence: aggregate.firstMissed === null ? null : roundToPenny(after),
    };
  });
  for (const { rate, byYear } of cohortQuantities.values()) {
    for (const [financialYear, quantity] of byYear) {
      const amount = rate.perUnit.times(quantity.value());
      add(byCostBearer, rate.unitCost.costBearer, amount);
      add(byFinancialYear, financialYear, amount);
    }
  }
  const servicesTouched = rows.map((r) => ({
    caseId: r.caseId,
    pseudonym: r.pseudonym,
    agencies: r.agencies,
  }));
  const analysis = assembleAnalysis(
    {
      total,
      byCostBearer,
      byFinancialYear,
      costPerCasePence: rows.map((r) => r.totalPence),
      servicesTouched,
      missedByCategory,
      missedByAgency,
    },
    options,
  );
  return { rows, analysis };
}
