import {
  datePart,
  formatDateAsWritten,
  type Agency,
  type Case,
  type Contact,
  type FinancialYear,
} from '../model';
import type { CostingBasis } from './costing-basis';
import { journeyTotals, type JourneyTotals } from './journey-totals';
import { poundsForJson, pence } from './money';

/** The machine-readable costing of a set of cases: money in pounds to 2 decimal places, dates ISO. */
export interface CostReport {
  priceYear: FinancialYear;
  cases: Array<{
    case: string;
    total: number;
    byCostBearer: Record<string, number>;
    byFinancialYear: Record<string, number>;
    byContactType: Record<string, number>;
    uncostedContacts: number;
    unknownPriceYearShare: number;
    /** Share of the total from approximate contacts whose period spans financial years (financialYearOf). */
    approximateFinancialYearShare: number;
    /** `date` is ISO for an exact day and EDTF for an approximate one; `dateAsWritten` as the analyst writes it. */
    missedOpportunities: Array<{
      date: string;
      dateAsWritten: string;
      category: string;
      costAfter: number;
      costAfter12Months: number;
      costAfterUncertain: number;
    }>;
  }>;
  total: number;
}

function pounds(values: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, poundsForJson(pence(v))]));
}

export interface CostReportInput {
  cases: Case[];
  contacts: readonly Contact[];
  agencies: Agency[];
  basis: CostingBasis;
}

export function costCases(input: CostReportInput): Array<{ case: Case; totals: JourneyTotals }> {
  return input.cases.map((c) => ({
    case: c,
    totals: journeyTotals({
      contacts: input.contacts.filter((x) => x.caseId === c.id),
      agencies: input.agencies,
      basis: input.basis,
    }),
  }));
}

export function costReport(input: CostReportInput): CostReport {
  const costed = costCases(input);
  return {
    priceYear: input.basis.priceBase,
    cases: costed.map(({ case: c, totals }) => ({
      case: c.pseudonym,
      total: poundsForJson(pence(totals.totalPence)),
      byCostBearer: pounds(totals.byCostBearer),
      byFinancialYear: pounds(totals.byFinancialYear),
      byContactType: pounds(totals.byContactType),
      uncostedContacts: totals.uncostedContacts,
      unknownPriceYearShare: totals.unknownPriceYear.share,
      approximateFinancialYearShare: totals.approximateFinancialYear.share,
      missedOpportunities: totals.missedOpportunities.map((m) => ({
        date: datePart(m.date),
        dateAsWritten: formatDateAsWritten(m.date),
        category: m.category,
        costAfter: poundsForJson(pence(m.costAfterPence)),
        costAfter12Months: poundsForJson(pence(m.costAfter12MonthsPence)),
        costAfterUncertain: poundsForJson(pence(m.costAfterUncertainPence)),
      })),
    })),
    // Rounded once over every contact, as the app's cohort total is, not summed from rounded case totals.
    total: poundsForJson(pence(cohortTotalPence(input))),
  };
}

function cohortTotalPence(input: CostReportInput): number {
  const caseIds = new Set(input.cases.map((c) => c.id));
  const contacts = input.contacts.filter((x) => caseIds.has(x.caseId));
  return journeyTotals({ contacts, agencies: input.agencies, basis: input.basis }).totalPence;
}
