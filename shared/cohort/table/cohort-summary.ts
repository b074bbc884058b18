import type { DeflatorSeries } from '../../costing/deflator';
import { journeyTotals } from '../../costing/journey-totals';
import type { Agency, Case, CaseStatus, Contact, FinancialYear, LocalDateTime, RiskGrade, UnitCost } from '../../model';
import { costCohort, type CohortInput, type CostedCase } from '../cohort-costing';

/** One line of the cohort table: a person, their journey's reach and its cost. */
export interface CaseSummaryRow {
  caseId: string;
  pseudonym: string;
  designatedLead: string;
  status: CaseStatus;
  riskGrade: RiskGrade;
  /** Start of the earliest and of the latest contact; null when the case has none. */
  firstContact: LocalDateTime | null;
  lastContact: LocalDateTime | null;
  contacts: number;
  /** Distinct agencies the person had contact with. */
  agencies: number;
  totalPence: number;
  /** Not in the total: a total with uncosted contacts is a floor, and the table must say so. */
  uncostedContacts: number;
  missedOpportunities: number;
  /** Cost of everything after the earliest missed opportunity; null when none is flagged. */
  costAfterFirstMissedPence: number | null;
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

/** One case's row; `contacts` are that case's own. For a whole cohort use cohortSummary, which groups contacts once. */
export function caseSummaryRow(c: Case, contacts: Contact[], agencies: Agency[], unitCosts: UnitCost[], priceBase: FinancialYear, series: DeflatorSeries): CaseSummaryRow {
  return summaryRow({ case: c, contacts, totals: journeyTotals({ contacts, unitCosts, agencies, priceBase, series }) });
}

export function cohortSummary(input: CohortInput): CaseSummaryRow[] {
  return costCohort(input).map(summaryRow);
}
