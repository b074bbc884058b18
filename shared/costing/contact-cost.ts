import Big from 'big.js';
import { hasTime, toDayNumber, type Contact, type FinancialYear, type UnitCost } from '../model';
import { uplift, type DeflatorSeries } from './deflator';
import { ZERO, pence, type Pence } from './money';

export type QuantitySource = 'entered' | 'from the dates' | 'one per contact' | 'one (no end date)' | 'one (no times recorded)';

/** Quantities the engine had to assume: shown beside the cost so nobody mistakes them for recorded ones. */
export const ASSUMED_QUANTITY_SOURCES: readonly QuantitySource[] = ['one (no end date)', 'one (no times recorded)'];

export interface ContactCost {
  contactId: string;
  status: 'costed' | 'overridden' | 'uncosted';
  /** Exact pence at the price base; zero when uncosted (and then counted as uncosted, never as £0). */
  amount: Pence;
  quantity: Big | null;
  quantitySource: QuantitySource | null;
  unitCost: UnitCost | null;
  unknownPriceYear: boolean;
  lowConfidence: boolean;
  /** Why a contact could not be costed, in the users' words. */
  problem: string | null;
}

const DAYS_PER_MONTH = new Big(365.25).div(12);

function wholeDays(contact: Contact): number {
  // Calendar dates only: a B&B stay from the 3rd to the 5th is two nights whatever the check-in time.
  return Math.round(toDayNumber(contact.end!.slice(0, 10)) - toDayNumber(contact.start.slice(0, 10)));
}

/**
 * How many units a contact used. An entered quantity wins. Otherwise:
 * - per contact: 1;
 * - per hour: minutes from start to end / 60, which needs a time on both (else 1, flagged);
 * - per night: nights between the start date and the end date (end date − start date), at least 1;
 * - per day: calendar days inclusive (end date − start date + 1);
 * - per week: those days / 7; per month: those days / (365.25 / 12);
 * - any duration unit with no end date: 1, flagged.
 */
export function contactQuantity(contact: Contact, unitCost: Pick<UnitCost, 'unit'>): { quantity: Big; source: QuantitySource } {
  if (contact.quantity !== null) return { quantity: new Big(contact.quantity), source: 'entered' };
  if (unitCost.unit === 'contact') return { quantity: new Big(1), source: 'one per contact' };
  if (contact.end === null) return { quantity: new Big(1), source: 'one (no end date)' };
  switch (unitCost.unit) {
    case 'hour': {
      if (!hasTime(contact.start) || !hasTime(contact.end)) return { quantity: new Big(1), source: 'one (no times recorded)' };
      const minutes = Math.round((toDayNumber(contact.end) - toDayNumber(contact.start)) * 1440);
      return { quantity: new Big(Math.max(minutes, 0)).div(60), source: 'from the dates' };
    }
    case 'night':
      return { quantity: new Big(Math.max(wholeDays(contact), 1)), source: 'from the dates' };
    case 'day':
      return { quantity: new Big(wholeDays(contact) + 1), source: 'from the dates' };
    case 'week':
      return { quantity: new Big(wholeDays(contact) + 1).div(7), source: 'from the dates' };
    case 'month':
      return { quantity: new Big(wholeDays(contact) + 1).div(DAYS_PER_MONTH), source: 'from the dates' };
  }
}

/** Confidence 1-2 (GMCA red, or an assumption) is reported as a share of every total. */
export const LOW_CONFIDENCE = 2;

/**
 * The cost of one contact at the price base: its override if it has one (taken as stated, never
 * uplifted), else unit cost × quantity uplifted from the unit cost's price year by the deflator.
 */
export function costContact(contact: Contact, unitCost: UnitCost | undefined, priceBase: FinancialYear, series: DeflatorSeries): ContactCost {
  const base = { contactId: contact.id, quantity: null, quantitySource: null, unitCost: unitCost ?? null, unknownPriceYear: false, lowConfidence: false, problem: null };
  if (contact.costOverride !== null) {
    return { ...base, status: 'overridden', amount: pence(contact.costOverride.amountPence) };
  }
  if (contact.unitCostId === null) return { ...base, status: 'uncosted', amount: ZERO, problem: 'no unit cost chosen' };
  if (unitCost === undefined) return { ...base, status: 'uncosted', amount: ZERO, problem: `its unit cost (${contact.unitCostId}) is not in the library` };
  const { quantity, source } = contactQuantity(contact, unitCost);
  const uplifted = uplift(pence(unitCost.amountPence).times(quantity), unitCost.priceYear, priceBase, series);
  if (!uplifted.ok) return { ...base, status: 'uncosted', amount: ZERO, quantity, quantitySource: source, problem: uplifted.message };
  return {
    ...base,
    status: 'costed',
    amount: uplifted.amount,
    quantity,
    quantitySource: source,
    unknownPriceYear: uplifted.upliftedFrom === null,
    lowConfidence: unitCost.confidence <= LOW_CONFIDENCE,
  };
}
