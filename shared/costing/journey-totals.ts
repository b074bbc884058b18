import {
  type Agency,
  type Contact,
  type FinancialYear,
  type LocalDateTime,
  earliestDay,
  spansFinancialYears,
} from '../model';
import type { CostingBasis } from './costing-basis';
import { ASSUMED_QUANTITY_SOURCES, costContact, type ContactCost } from './contact-cost';
import { costsAfter, roundCostAfter } from './cost-after';
import { ZERO, roundToPenny, type Pence } from './money';

export interface Share {
  /** Rounded pence. */
  pence: number;
  /** Fraction of the total, 0..1 (0 when the total is 0). */
  share: number;
}

export interface MissedOpportunityCost {
  contactId: string;
  date: LocalDateTime;
  category: string;
  /** Every contact starting strictly later (see cost-after.ts), to the end of the journey. */
  costAfterPence: number;
  /** The same, up to and including the same calendar date twelve months later. */
  costAfter12MonthsPence: number;
  /** Contacts whose order against this one cannot be known from approximate dates: in neither figure above. */
  costAfterUncertainPence: number;
}

export interface JourneyTotals {
  priceBase: FinancialYear;
  totalPence: number;
  byCostBearer: Record<string, number>;
  byFinancialYear: Record<string, number>;
  byContactType: Record<string, number>;
  byAgency: Record<string, number>;
  cumulative: Array<{ date: LocalDateTime; day: number; cumulativePence: number }>;
  costedContacts: number;
  uncostedContacts: number;
  uncostedContactIds: string[];
  /** Contacts costed on an assumed quantity of 1 (a duration unit with no end date or no times). */
  assumedQuantityContactIds: string[];
  unknownPriceYear: Share;
  /** Costs of approximate contacts whose period spans financial years, assigned to the year of its midpoint. */
  approximateFinancialYear: Share;
  lowConfidence: Share;
  overridden: Share;
  missedOpportunities: MissedOpportunityCost[];
  contactCosts: Map<string, ContactCost>;
}

export interface JourneyCostingInput {
  contacts: readonly Contact[];
  agencies: readonly Agency[];
  basis: CostingBasis;
}

function addTo(groups: Map<string, Pence>, key: string, amount: Pence): void {
  groups.set(key, (groups.get(key) ?? ZERO).plus(amount));
}

function rounded(groups: Map<string, Pence>): Record<string, number> {
  return Object.fromEntries(
    [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, roundToPenny(v)]),
  );
}

function share(part: Pence, total: Pence): Share {
  return { pence: roundToPenny(part), share: total.eq(0) ? 0 : Number(part.div(total).toFixed(6)) };
}

/**
 * Every total a journey is reported by. Each is summed exactly from unrounded contact costs and
 * rounded once (ROUNDING_RULE), so a breakdown's parts may differ from its total by a penny.
 */
export function journeyTotals(input: JourneyCostingInput): JourneyTotals {
  const unitCosts = new Map(input.basis.unitCosts.map((u) => [u.id, u]));
  const agencies = new Map(input.agencies.map((a) => [a.id, a]));
  // Day numbers worked out once, not in every comparison: sorting 100,000 contacts re-parsed dates millions of times.
  // An approximate contact is placed at its earliest day.
  const day = new Map(input.contacts.map((c) => [c, earliestDay(c.start)]));
  const contacts = [...input.contacts].sort(
    (a, b) => (day.get(a) as number) - (day.get(b) as number) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const costs = new Map<string, ContactCost>();
  const byCostBearer = new Map<string, Pence>();
  const byFinancialYear = new Map<string, Pence>();
  const byContactType = new Map<string, Pence>();
  const byAgency = new Map<string, Pence>();
  let total = ZERO;
  let unknownYear = ZERO;
  let approximateYear = ZERO;
  let lowConfidence = ZERO;
  let overridden = ZERO;
  const uncostedContactIds: string[] = [];
  const assumedQuantityContactIds: string[] = [];
  const cumulative: JourneyTotals['cumulative'] = [];

  for (const contact of contacts) {
    const cost = costContact(
      contact,
      contact.unitCostId === null ? undefined : unitCosts.get(contact.unitCostId),
      input.basis,
    );
    costs.set(contact.id, cost);
    if (cost.status === 'uncosted') {
      uncostedContactIds.push(contact.id);
      continue;
    }
    const agencyName = agencies.get(contact.agencyId)?.name ?? 'Unknown agency';
    total = total.plus(cost.amount);
    addTo(byCostBearer, cost.unitCost?.costBearer ?? agencyName, cost.amount);
    for (const part of cost.byFinancialYear) addTo(byFinancialYear, part.financialYear, part.value);
    addTo(byContactType, contact.contactType, cost.amount);
    addTo(byAgency, agencyName, cost.amount);
    if (cost.unknownPriceYear) unknownYear = unknownYear.plus(cost.amount);
    if (spansFinancialYears(contact.start)) approximateYear = approximateYear.plus(cost.amount);
    if (cost.lowConfidence) lowConfidence = lowConfidence.plus(cost.amount);
    if (cost.quantitySource !== null && ASSUMED_QUANTITY_SOURCES.includes(cost.quantitySource))
      assumedQuantityContactIds.push(contact.id);
    if (cost.status === 'overridden') overridden = overridden.plus(cost.amount);
    cumulative.push({
      date: contact.start,
      day: day.get(contact) as number,
      cumulativePence: roundToPenny(total),
    });
  }

  const flagged = contacts.filter((c) => c.missedOpportunity !== null);
  const after = costsAfter(contacts, (c) => costs.get(c.id)?.amount ?? ZERO, flagged);
  const missedOpportunities = flagged.map((c, i) => ({
    contactId: c.id,
    date: c.start,
    category: c.missedOpportunity?.category ?? '',
    ...roundCostAfter(after[i]),
  }));

  return {
    priceBase: input.basis.priceBase,
    totalPence: roundToPenny(total),
    byCostBearer: rounded(byCostBearer),
    byFinancialYear: rounded(byFinancialYear),
    byContactType: rounded(byContactType),
    byAgency: rounded(byAgency),
    cumulative,
    costedContacts: contacts.length - uncostedContactIds.length,
    uncostedContacts: uncostedContactIds.length,
    uncostedContactIds,
    assumedQuantityContactIds,
    unknownPriceYear: share(unknownYear, total),
    approximateFinancialYear: share(approximateYear, total),
    lowConfidence: share(lowConfidence, total),
    overridden: share(overridden, total),
    missedOpportunities,
    contactCosts: costs,
  };
}
