import { datePart, financialYearOf, hasTime, toDayNumber, type Agency, type Contact, type FinancialYear, type LocalDateTime, type UnitCost } from '../model';
import { costContact, type ContactCost } from './contact-cost';
import type { DeflatorSeries } from './deflator';
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
  /** Every contact starting strictly later, to the end of the journey. */
  costAfterPence: number;
  /** The same, up to and including the same calendar date twelve months later. */
  costAfter12MonthsPence: number;
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
  unknownPriceYear: Share;
  lowConfidence: Share;
  overridden: Share;
  missedOpportunities: MissedOpportunityCost[];
  contactCosts: Map<string, ContactCost>;
}

export interface JourneyCostingInput {
  contacts: Contact[];
  unitCosts: UnitCost[];
  agencies: Agency[];
  priceBase: FinancialYear;
  series: DeflatorSeries;
}

function addTo(groups: Map<string, Pence>, key: string, amount: Pence): void {
  groups.set(key, (groups.get(key) ?? ZERO).plus(amount));
}

function rounded(groups: Map<string, Pence>): Record<string, number> {
  return Object.fromEntries([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, roundToPenny(v)]));
}

/**
 * "Strictly later": when both contacts have a time, by time; when either has only a date, a
 * contact on the same calendar date is not later, because the order within that day is unknown.
 */
export function startsStrictlyLater(candidate: LocalDateTime, flagged: LocalDateTime): boolean {
  if (hasTime(candidate) && hasTime(flagged)) return toDayNumber(candidate) > toDayNumber(flagged);
  return datePart(candidate) > datePart(flagged);
}

/** The same calendar date twelve months on (29 February moves to 28 February). */
export function twelveMonthsAfter(date: LocalDateTime): string {
  const year = Number(date.slice(0, 4)) + 1;
  const monthDay = date.slice(5, 10) === '02-29' ? '02-28' : date.slice(5, 10);
  return `${year}-${monthDay}`;
}

function share(part: Pence, total: Pence): Share {
  return { pence: roundToPenny(part), share: total.eq(0) ? 0 : Number(part.div(total).toFixed(6)) };
}

/** Every total a journey is reported by, computed exactly and rounded once each. */
export function journeyTotals(input: JourneyCostingInput): JourneyTotals {
  const unitCosts = new Map(input.unitCosts.map((u) => [u.id, u]));
  const agencies = new Map(input.agencies.map((a) => [a.id, a]));
  const contacts = [...input.contacts].sort((a, b) => toDayNumber(a.start) - toDayNumber(b.start) || a.id.localeCompare(b.id));
  const costs = new Map<string, ContactCost>();
  const byCostBearer = new Map<string, Pence>();
  const byFinancialYear = new Map<string, Pence>();
  const byContactType = new Map<string, Pence>();
  const byAgency = new Map<string, Pence>();
  let total = ZERO;
  let unknownYear = ZERO;
  let lowConfidence = ZERO;
  let overridden = ZERO;
  const uncostedContactIds: string[] = [];
  const cumulative: JourneyTotals['cumulative'] = [];

  for (const contact of contacts) {
    const cost = costContact(contact, contact.unitCostId === null ? undefined : unitCosts.get(contact.unitCostId), input.priceBase, input.series);
    costs.set(contact.id, cost);
    if (cost.status === 'uncosted') {
      uncostedContactIds.push(contact.id);
      continue;
    }
    const agencyName = agencies.get(contact.agencyId)?.name ?? 'Unknown agency';
    total = total.plus(cost.amount);
    addTo(byCostBearer, cost.unitCost?.costBearer ?? agencyName, cost.amount);
    addTo(byFinancialYear, financialYearOf(contact.start), cost.amount);
    addTo(byContactType, contact.contactType, cost.amount);
    addTo(byAgency, agencyName, cost.amount);
    if (cost.unknownPriceYear) unknownYear = unknownYear.plus(cost.amount);
    if (cost.lowConfidence) lowConfidence = lowConfidence.plus(cost.amount);
    if (cost.status === 'overridden') overridden = overridden.plus(cost.amount);
    cumulative.push({ date: contact.start, day: toDayNumber(contact.start), cumulativePence: roundToPenny(total) });
  }

  const missedOpportunities = contacts
    .filter((c) => c.missedOpportunity !== null)
    .map((flagged) => {
      const limit = twelveMonthsAfter(datePart(flagged.start));
      let after = ZERO;
      let within = ZERO;
      for (const contact of contacts) {
        if (!startsStrictlyLater(contact.start, flagged.start)) continue;
        const amount = costs.get(contact.id)?.amount ?? ZERO;
        after = after.plus(amount);
        if (datePart(contact.start) <= limit) within = within.plus(amount);
      }
      return {
        contactId: flagged.id,
        date: flagged.start,
        category: flagged.missedOpportunity?.category ?? '',
        costAfterPence: roundToPenny(after),
        costAfter12MonthsPence: roundToPenny(within),
      };
    });

  return {
    priceBase: input.priceBase,
    totalPence: roundToPenny(total),
    byCostBearer: rounded(byCostBearer),
    byFinancialYear: rounded(byFinancialYear),
    byContactType: rounded(byContactType),
    byAgency: rounded(byAgency),
    cumulative,
    costedContacts: contacts.length - uncostedContactIds.length,
    uncostedContacts: uncostedContactIds.length,
    uncostedContactIds,
    unknownPriceYear: share(unknownYear, total),
    lowConfidence: share(lowConfidence, total),
    overridden: share(overridden, total),
    missedOpportunities,
    contactCosts: costs,
  };
}
