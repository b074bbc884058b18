import type { ContactCost } from '../costing/contact-cost';
import type { CostingBasis } from '../costing/costing-basis';
import type { Agency, Case, Contact } from '../model';

export interface CohortInput {
  cases: Case[];
  /** Contacts of any of the cases, in any order. */
  contacts: Contact[];
  agencies: Agency[];
  basis: CostingBasis;
}

export const UNKNOWN_AGENCY = 'Unknown agency';

/** Who bears a contact's cost, exactly as journeyTotals groups it: the unit cost's bearer, else the agency. */
export function costBearerOf(cost: ContactCost, agencyName: string | undefined): string {
  return cost.unitCost?.costBearer ?? agencyName ?? UNKNOWN_AGENCY;
}
