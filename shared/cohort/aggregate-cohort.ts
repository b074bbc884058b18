import Big from 'big.js';
import { upliftFactor, type DeflatorSeries } from '../costing/deflator';
import { ZERO, pence, roundToPenny, type Pence } from '../costing/money';
import type { Agency, Case, FinancialYear, UnitCost } from '../model';
import { emptyAggregate, type AggregateRow, type CaseAggregate } from './case-aggregate';
import { assembleAnalysis, countMissed, type CohortAnalysis, type CohortAnalysisOptions, type MissedGroups } from './cohort-analysis';
import { UNKNOWN_AGENCY } from './cohort-costing';
import type { CaseSummaryRow } from './cohort-summary';

export interface AggregateCohortInput {
  cases: Case[];
  /** By case id; a case with none has no contacts. */
  aggregates: ReadonlyMap<string, CaseAggregate>;
  agencies: Agency[];
  unitCosts: UnitCost[];
  priceBase: FinancialYear;
  series: DeflatorSeries;
}

export interface AggregateCohort {
  rows: CaseSummaryRow[];
  analysis: CohortAnalysis;
}

interface RowCost {
  /** The row's contacts that are costed (own costs included), exactly, and who bears them. */
  costed: Array<{ costBearer: string; amount: Pence }>;
  uncosted: number;
}

/**
 * A row's cost at the price base, as costContact would give its contacts one by one: own costs
 * as stated, borne by the unit cost's bearer or else the agency; the rest unit cost × summed
 * quantity × uplift, which is exactly the sum of their costs because big.js multiplies exactly.
 * No unit cost, one missing from the library, or a price year the series does not cover: uncosted.
 */
function costRow(row: AggregateRow, unitCosts: ReadonlyMap<string, UnitCost>, agencyName: string, priceBase: FinancialYear, series: DeflatorSeries): RowCost {
  const unitCost = row.unitCostId === null ? undefined : unitCosts.get(row.unitCostId);
  const costBearer = unitCost?.costBearer ?? agencyName;
  const costed: RowCost['costed'] = row.overridden > 0 ? [{ costBearer, amount: pence(row.overridePence) }] : [];
  const others = row.contacts - row.overridden;
  if (others === 0) return { costed, uncosted: 0 };
  if (unitCost === undefined) return { costed, uncosted: others };
  const factor = upliftFactor(series, unitCost.priceYear, priceBase);
  if (factor.kind === 'no index') return { costed, uncosted: others };
  const atPriceYear = pence(unitCost.amountPence).times(new Big(row.quantity[unitCost.unit]));
  costed.push({ costBearer, amount: factor.kind === 'uplifted' ? atPriceYear.times(factor.factor) : atPriceYear });
  return { costed, uncosted: 0 };
}

function add(groups: Map<string, Pence>, key: string, amount: Pence): void {
  groups.set(key, (groups.get(key) ?? ZERO).plus(amount));
}

/**
 * The cohort table and analysis from the cases' aggregates: the same figures cohortSummary and
 * analyseCohort give from every contact (each sum exact, rounded once), without reading a contact.
 */
export function cohortFromAggregates(input: AggregateCohortInput, options: CohortAnalysisOptions = {}): AggregateCohort {
  const unitCosts = new Map(input.unitCosts.map((u) => [u.id, u]));
  const agencyNames = new Map(input.agencies.map((a) => [a.id, a.name]));
  const byCostBearer = new Map<string, Pence>();
  const byFinancialYear = new Map<string, Pence>();
  const missedByCategory: MissedGroups = new Map();
  const missedByAgency: MissedGroups = new Map();
  let total = ZERO;
  const rows = input.cases.map((c): CaseSummaryRow => {
    const aggregate = input.aggregates.get(c.id) ?? emptyAggregate(c.id);
    let caseTotal = ZERO;
    let after = ZERO;
    let uncosted = 0;
    for (const row of aggregate.rows) {
      const agencyName = agencyNames.get(row.agencyId) ?? UNKNOWN_AGENCY;
      if (row.missedOpportunities > 0) countMissed(missedByAgency, agencyName, c.id, row.missedOpportunities);
      const cost = costRow(row, unitCosts, agencyName, input.priceBase, input.series);
      uncosted += cost.uncosted;
      for (const { costBearer, amount } of cost.costed) {
        caseTotal = caseTotal.plus(amount);
        if (row.afterFirstMissed) after = after.plus(amount);
        add(byCostBearer, costBearer, amount);
        add(byFinancialYear, row.financialYear, amount);
      }
    }
    for (const [category, flags] of Object.entries(aggregate.missedByCategory)) countMissed(missedByCategory, category, c.id, flags);
    total = total.plus(caseTotal);
    const missedOpportunities = Object.values(aggregate.missedByCategory).reduce((sum, n) => sum + n, 0);
    return {
      caseId: c.id,
      pseudonym: c.pseudonym,
      designatedLead: c.designatedLead,
      status: c.status,
      riskGrade: c.riskGrade,
      firstContact: aggregate.firstContact,
      lastContact: aggregate.lastContact,
      contacts: aggregate.contacts,
      agencies: new Set(aggregate.rows.map((r) => r.agencyId)).size,
      totalPence: roundToPenny(caseTotal),
      uncostedContacts: uncosted,
      missedOpportunities,
      costAfterFirstMissedPence: aggregate.firstMissed === null ? null : roundToPenny(after),
    };
  });
  const servicesTouched = rows.map((r) => ({ caseId: r.caseId, pseudonym: r.pseudonym, agencies: r.agencies }));
  const analysis = assembleAnalysis({ total, byCostBearer, byFinancialYear, costPerCasePence: rows.map((r) => r.totalPence), servicesTouched, missedByCategory, missedByAgency }, options);
  return { rows, analysis };
}
