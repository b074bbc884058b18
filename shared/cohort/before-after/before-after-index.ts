import { costContact } from '../../costing/contact-cost';
import type { CostingBasis } from '../../costing/costing-basis';
import type { Pence } from '../../costing/money';
import {
  COST_UNITS,
  datePart,
  toDayNumber,
  type Agency,
  type Contact,
  type FinancialYear,
  type LocalDate,
  type UnitCost,
  isExactDate,
  midpointOf,
} from '../../model';
import { quantityTexts } from '../aggregates/case-aggregate';
import { costBearerOf } from '../cohort-costing';

/** An exact contact cost and who bears it; contacts with the same unit cost and quantity (or the same own cost) share one. */
export interface PricedCost {
  bearer: string;
  amount: Pence;
}

/** One case's contacts as before/after sees them: the day each started and its priced cost (UNCOSTED when it has none). */
export interface IndexedContacts {
  days: Int32Array;
  costs: Int32Array;
}

export const UNCOSTED = -1;

export interface CostingContext {
  agencies: readonly Agency[];
  basis: CostingBasis;
}

/**
 * What before/after needs of every contact, without the contacts: 8 bytes a contact instead of a
 * whole record, so a million contacts can be compared again for each new intervention date,
 * window or attribution without reading the store again. Built one case at a time. Each
 * distinct cost is priced once with costContact, so every figure is the engine's own, exactly.
 */
export class BeforeAfterIndex {
  readonly costs: PricedCost[] = [];
  private readonly costIds = new Map<string, number>();
  private readonly byCase = new Map<string, IndexedContacts>();
  private readonly unitCosts: Map<string, UnitCost>;
  private readonly agencyNames: Map<string, string>;
  /** The first and last date any contact started: by default, the dates the records cover. */
  firstDate: LocalDate | null = null;
  lastDate: LocalDate | null = null;

  constructor(private readonly context: CostingContext) {
    this.unitCosts = new Map(context.basis.unitCosts.map((u) => [u.id, u]));
    this.agencyNames = new Map(context.agencies.map((a) => [a.id, a.name]));
  }

  get priceBase(): FinancialYear {
    return this.context.basis.priceBase;
  }

  contactsOf(caseId: string): IndexedContacts | undefined {
    return this.byCase.get(caseId);
  }

  /** One case's contacts, in any order; each case is added once. */
  addCase(caseId: string, contacts: readonly Contact[]): void {
    const days = new Int32Array(contacts.length);
    const costs = new Int32Array(contacts.length);
    contacts.forEach((contact, i) => {
      // An approximate contact counts at the middle of its period (midpointOf): before or after an
      // intervention by where most of its period lies, and the records' span by the same day.
      const date = isExactDate(contact.start) ? datePart(contact.start) : midpointOf(contact.start);
      if (this.firstDate === null || date < this.firstDate) this.firstDate = date;
      if (this.lastDate === null || date > this.lastDate) this.lastDate = date;
      days[i] = toDayNumber(date);
      costs[i] = this.costOf(contact);
    });
    this.byCase.set(caseId, { days, costs });
  }

  /** What a contact's cost depends on, besides the library and price base the index was built with. */
  private costKey(contact: Contact, unitCost: UnitCost | undefined): string | null {
    if (contact.costOverride !== null)
      return `own\u0000${contact.costOverride.amountPence}\u0000${contact.unitCostId ?? ''}\u0000${contact.agencyId}`;
    if (unitCost === undefined) return null;
    return `unit\u0000${unitCost.id}\u0000${quantityTexts(contact)[COST_UNITS.indexOf(unitCost.unit)]}`;
  }

  private costOf(contact: Contact): number {
    const unitCost = contact.unitCostId === null ? undefined : this.unitCosts.get(contact.unitCostId);
    const key = this.costKey(contact, unitCost);
    if (key === null) return UNCOSTED;
    let id = this.costIds.get(key);
    if (id === undefined) {
      const cost = costContact(contact, unitCost, this.context.basis);
      id =
        cost.status === 'uncosted'
          ? UNCOSTED
          : this.costs.push({
              bearer: costBearerOf(cost, this.agencyNames.get(contact.agencyId)),
              amount: cost.amount,
            }) - 1;
      this.costIds.set(key, id);
    }
    return id;
  }
}
