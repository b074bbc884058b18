import type { CohortInput } from '../../../shared/cohort/cohort-costing';
import { UNKNOWN_AGENCY, costBearerOf } from '../../../shared/cohort/cohort-costing';
import {
  assembleAnalysis,
  countMissed,
  type CohortAnalysis,
  type CohortAnalysisOptions,
  type MissedGroups,
} from '../../../shared/cohort/aggregates/cohort-analysis';
import type { CaseSummaryRow } from '../../../shared/cohort/table/case-summary-row';
import type { CostingBasis } from '../../../shared/costing/costing-basis';
import { journeyTotals, type JourneyTotals } from '../../../shared/costing/journey-totals';
import { ZERO, type Pence } from '../../../shared/costing/money';
import type { Agency, Case, Contact, LocalDateTime } from '../../../shared/model';

/**
 * The cohort table and analysis worked out contact by contact with the journey engine
 * (journeyTotals), the way a careful analyst would in a spreadsheet. The app reads the cohort
 * from per-case aggregates instead (cohortFromAggregates); the tests hold it to these figures.
 */

/** One case with its own contacts and their costing. */
export interface CostedCase {
  case: Case;
  contacts: Contact[];
  totals: JourneyTotals;
}

export function costCohort(input: CohortInput): CostedCase[] {
  return input.cases.map((c) => {
    const contacts = input.contacts.filter((x) => x.caseId === c.id);
    return {
      case: c,
      contacts,
      totals: journeyTotals({ contacts, agencies: input.agencies, basis: input.basis }),
    };
  });
}

export function summaryRow({ case: c, contacts, totals }: CostedCase): CaseSummaryRow {
  let first: LocalDateTime | null = null;
  let last: LocalDateTime | null = null;
  for (const contact of contacts) {
    // ISO local strings sort as dates do; a date without a time sorts at the start of its day.
    if (first === null || contact.start < first) first = contact.start;
    if (last === null || contact.start > last) last = contact.start;
  }
  return {
    caseId: c.id,
    pseudonym: c.pseudonym,
    designatedLead: c.designatedLead,
    status: c.status,
    riskGrade: c.riskGrade,
    firstContact: first,
    lastContact: last,
    contacts: contacts.length,
    agencies: new Set(contacts.map((x) => x.agencyId)).size,
    totalPence: totals.totalPence,
    uncostedContacts: totals.uncostedContacts,
    missedOpportunities: totals.missedOpportunities.length,
    costAfterFirstMissedPence: totals.missedOpportunities[0]?.costAfterPence ?? null,
  };
}

/** One case's row; `contacts` are that case's own. */
export function caseSummaryRow(
  c: Case,
  contacts: Contact[],
  agencies: Agency[],
  basis: CostingBasis,
): CaseSummaryRow {
  return summaryRow({ case: c, contacts, totals: journeyTotals({ contacts, agencies, basis }) });
}

export function cohortSummary(input: CohortInput): CaseSummaryRow[] {
  return costCohort(input).map(summaryRow);
}

function add(groups: Map<string, Pence>, key: string, amount: Pence): void {
  groups.set(key, (groups.get(key) ?? ZERO).plus(amount));
}

/** Cohort totals summed exactly from every contact's cost and rounded once. */
export function analyseCohort(
  costed: CostedCase[],
  agencies: Agency[],
  options: CohortAnalysisOptions = {},
): CohortAnalysis {
  const agencyNames = new Map(agencies.map((a) => [a.id, a.name]));
  const byCostBearer = new Map<string, Pence>();
  const byFinancialYear = new Map<string, Pence>();
  const missedByCategory: MissedGroups = new Map();
  const missedByAgency: MissedGroups = new Map();
  let total = ZERO;
  for (const { case: c, contacts, totals } of costed) {
    for (const contact of contacts) {
      const agencyName = agencyNames.get(contact.agencyId);
      if (contact.missedOpportunity !== null) {
        countMissed(missedByCategory, contact.missedOpportunity.category, c.id);
        countMissed(missedByAgency, agencyName ?? UNKNOWN_AGENCY, c.id);
      }
      const cost = totals.contactCosts.get(contact.id);
      if (cost === undefined || cost.status === 'uncosted') continue;
      total = total.plus(cost.amount);
      add(byCostBearer, costBearerOf(cost, agencyName), cost.amount);
      for (const part of cost.byFinancialYear) add(byFinancialYear, part.financialYear, part.value);
    }
  }
  const servicesTouched = costed.map(({ case: c, contacts }) => ({
    caseId: c.id,
    pseudonym: c.pseudonym,
    agencies: new Set(contacts.map((x) => x.agencyId)).size,
  }));
  const costPerCasePence = costed.map(({ totals }) => totals.totalPence);
  return assembleAnalysis(
    {
      total,
      byCostBearer,
      byFinancialYear,
      costPerCasePence,
      servicesTouched,
      missedByCategory,
      missedByAgency,
    },
    options,
  );
}
