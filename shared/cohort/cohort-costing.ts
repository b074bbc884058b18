import type { ContactCost } from '../costing/contact-cost';
import type { DeflatorSeries } from '../costing/deflator';
import { journeyTotals, type JourneyTotals } from '../costing/journey-totals';
import type { Agency, Case, Contact, FinancialYear, UnitCost } from '../model';
import { contactsByCase } from './by-case';

export interface CohortInput {
  cases: Case[];
  /** Contacts of any of the cases, in any order. */
  contacts: Contact[];
  agencies: Agency[];
  unitCosts: UnitCost[];
  priceBase: FinancialYear;
  series: DeflatorSeries;
}

/** One case with its own contacts and their costing, computed once and shared by every cohort view. */
export interface CostedCase {
  case: Case;
  contacts: Contact[];
  totals: JourneyTotals;
}

export function costCohort(input: CohortInput): CostedCase[] {
  const byCase = contactsByCase(input.contacts);
  return input.cases.map((c) => {
    const contacts = byCase.get(c.id) ?? [];
    return { case: c, contacts, totals: journeyTotals({ contacts, unitCosts: input.unitCosts, agencies: input.agencies, priceBase: input.priceBase, series: input.series }) };
  });
}

export const UNKNOWN_AGENCY = 'Unknown agency';

/** Who bears a contact's cost, exactly as journeyTotals groups it: the unit cost's bearer, else the agency. */
export function costBearerOf(cost: ContactCost, agencyName: string | undefined): string {
  return cost.unitCost?.costBearer ?? agencyName ?? UNKNOWN_AGENCY;
}
