import Big from 'big.js';
import { toDayNumber, type Contact, type FinancialYear, type UnitCost } from '../model';
import { upliftFactor, type DeflatorSeries } from './deflator';
import { ZERO, pence, type Pence } from './money';

export type QuantitySource = 'entered' | 'from the dates' | 'one per contact' | 'one (no end date)';

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
 * How many units a contact used. An entered quantity wins. Otherwise per-contact units count 1;
 * per-night units count the nights between the dates (at least 1); per-day, -week and -month
 * units count calendar days inclusive (days/7, days/(365.25/12)); per-hour units need both times.
 */
export function contactQuantity(contact: Contact, unitCost: UnitCost): { quantity: Big; source: QuantitySource } {
  if (contact.quantity !== null) return { quantity: new Big(contact.quantity), source: 'entered' };
  if (unitCost.unit === 'contact') return { quantity: new Big(1), source: 'one per contact' };
  if (contact.end === null) return { quantity: new Big(1), source: 'one (no end date)' };
  switch (unitCost.unit) {
    case 'hour': {
      if (contact.start.length <= 10 || contact.end.length <= 10) return { quantity: new Big(1), source: 'one (no end date)' };
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

const LOW_CONFIDENCE = 2;

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
  const uplift = upliftFactor(series, unitCost.priceYear, priceBase);
  if (uplift.kind === 'no index') {
    return { ...base, status: 'uncosted', amount: ZERO, quantity, quantitySource: source, problem: `the deflator series has no index for ${uplift.missingYear}` };
  }
  const factor = uplift.kind === 'uplifted' ? uplift.factor : new Big(1);
  return {
    ...base,
    status: 'costed',
    amount: pence(unitCost.amountPence).times(quantity).times(factor),
    quantity,
    quantitySource: source,
    unknownPriceYear: uplift.kind === 'unknown price year',
    lowConfidence: unitCost.confidence <= LOW_CONFIDENCE,
  };
}
