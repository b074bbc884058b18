import Big from 'big.js';
import {
  financialYearOf,
  hasTime,
  toDayNumber,
  type Contact,
  type UnitCost,
  isExactDate,
  type CostUnit,
} from '../model';
import { apportion, calendarMonths, unitsByFinancialYear, type YearPart } from './apportion';
import { unitPrice, type CostingBasis } from './costing-basis';
import { ZERO, pence, type Pence } from './money';

export type QuantitySource =
  | 'entered'
  | 'from the dates'
  | 'one per contact'
  | 'one (no end date)'
  | 'one (no times recorded)'
  | 'one (approximate dates)';

/** Quantities the engine had to assume: shown beside the cost so nobody mistakes them for recorded ones. */
export const ASSUMED_QUANTITY_SOURCES: readonly QuantitySource[] = [
  'one (no end date)',
  'one (no times recorded)',
  'one (approximate dates)',
];

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
  /**
   * The amount split over the financial years its units fall in (apportion.ts), in year order;
   * the parts add up to exactly `amount`. An own cost stays in the year the contact started;
   * empty when uncosted.
   */
  byFinancialYear: Array<YearPart<Pence>>;
}

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
 * - per week: those days / 7; per month: calendar months from the start date to the end date
 *   (calendarMonths: 15/01 to 15/04 is 3, part months pro rata by the days of that month);
 * - any duration unit with no end date: 1, flagged;
 * - any duration unit with an approximate start or end (lengthUnknown): 1, flagged. The form and
 *   every import refuse such a contact without a quantity, so only a hand-made project file has one.
 */
export function contactQuantity(
  contact: Contact,
  unitCost: Pick<UnitCost, 'unit'>,
): { quantity: Big; source: QuantitySource } {
  if (contact.quantity !== null) return { quantity: new Big(contact.quantity), source: 'entered' };
  if (unitCost.unit === 'contact') return { quantity: new Big(1), source: 'one per contact' };
  if (contact.end === null) return { quantity: new Big(1), source: 'one (no end date)' };
  if (lengthUnknown(contact, unitCost.unit))
    return { quantity: new Big(1), source: 'one (approximate dates)' };
  switch (unitCost.unit) {
    case 'hour': {
      if (!hasTime(contact.start) || !hasTime(contact.end))
        return { quantity: new Big(1), source: 'one (no times recorded)' };
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
      return {
        quantity: calendarMonths(contact.start.slice(0, 10), contact.end.slice(0, 10)),
        source: 'from the dates',
      };
  }
}

/**
 * A per-hour cost needs the hours: an entered quantity, or a time at both ends. Without them the
 * hours cannot be known, so the form and every import refuse such a contact rather than cost it
 * as one hour.
 */
export function hoursUnknown(contact: Pick<Contact, 'start' | 'end' | 'quantity'>): boolean {
  return (
    contact.quantity === null && (contact.end === null || !hasTime(contact.start) || !hasTime(contact.end))
  );
}

/**
 * A per-night, per-day, per-week or per-month cost with an end date needs its length; when either
 * date is approximate ("Oct 2018" to "Dec 2018") the length cannot be known from the dates, so the
 * form and every import ask for an entered quantity rather than guess one. Per-hour costs are covered by hoursUnknown (an approximate date has no time).
 */
export function lengthUnknown(contact: Pick<Contact, 'start' | 'end' | 'quantity'>, unit: CostUnit): boolean {
  if (contact.quantity !== null || contact.end === null || unit === 'contact' || unit === 'hour')
    return false;
  return !isExactDate(contact.start) || !isExactDate(contact.end);
}

export const ENTER_THE_LENGTH =
  'has an approximate date, so its length cannot be known from the dates: enter the quantity (nights, days, weeks or months)';

export const ENTER_THE_HOURS =
  'has no start and end times and no quantity: enter the hours (a quantity, or a time on both dates)';

/** Confidence 1-2 (GMCA red, or an assumption) is reported as a share of every total. */
export const LOW_CONFIDENCE = 2;

/**
 * The cost of one contact at the price base: its override if it has one (taken as stated, never
 * uplifted), else quantity × the unit cost's price at the basis (unitPrice).
 */
export function costContact(
  contact: Contact,
  unitCost: UnitCost | undefined,
  basis: Pick<CostingBasis, 'priceBase' | 'series'>,
): ContactCost {
  const base = {
    contactId: contact.id,
    quantity: null,
    quantitySource: null,
    unitCost: unitCost ?? null,
    unknownPriceYear: false,
    lowConfidence: false,
    problem: null,
    byFinancialYear: [],
  };
  if (contact.costOverride !== null) {
    const amount = pence(contact.costOverride.amountPence);
    return {
      ...base,
      status: 'overridden',
      amount,
      byFinancialYear: [{ financialYear: financialYearOf(contact.start), value: amount }],
    };
  }
  const price = unitPrice(contact.unitCostId, unitCost, basis);
  if (!price.ok) {
    // A unit cost the series cannot price still shows how many units the contact used.
    const counted =
      contact.unitCostId !== null && unitCost !== undefined ? contactQuantity(contact, unitCost) : null;
    return {
      ...base,
      status: 'uncosted',
      amount: ZERO,
      quantity: counted?.quantity ?? null,
      quantitySource: counted?.source ?? null,
      problem: price.problem,
    };
  }
  const { quantity, source } = contactQuantity(contact, price.unitCost);
  // Each year's part is priced as the whole is (its quantity × the same unit price), and big.js
  // multiplies exactly, so the parts add up to exactly the contact's amount.
  const quantities = apportion(quantity, unitsByFinancialYear(contact, price.unitCost.unit));
  const amount = price.perUnit.times(quantity);
  const parts =
    quantities.length === 1
      ? [{ financialYear: quantities[0].financialYear, value: amount }]
      : quantities.map((part) => ({
          financialYear: part.financialYear,
          value: price.perUnit.times(part.value),
        }));
  return {
    ...base,
    status: 'costed',
    amount,
    quantity,
    quantitySource: source,
    unknownPriceYear: price.unknownPriceYear,
    lowConfidence: price.unitCost.confidence <= LOW_CONFIDENCE,
    byFinancialYear: parts,
  };
}
