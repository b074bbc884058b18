import Big from 'big.js';
import { startsStrictlyLater } from '../../costing/cost-after';
import { apportion, unitsByFinancialYear } from '../../costing/apportion';
import { contactQuantity } from '../../costing/contact-cost';
import {
  COST_UNITS,
  compareFinancialYears,
  financialYearOf,
  hasTime,
  toDayNumber,
  type Contact,
  type CostUnit,
  type FinancialYear,
  type LocalDateTime,
  earliestDay,
  isExactDate,
  latestDay,
} from '../../model';

/**
 * What a case's contacts add up to, kept in the store beside them so a cohort of a million
 * contacts is costed from a few thousand of these instead of from every contact. Nothing in it
 * depends on unit-cost amounts, price years or the price base: it holds quantities, never money
 * (apart from contacts' own costs, which are never uplifted), so editing the library or changing
 * the price base never makes it stale.
 */
export interface AggregateRow {
  unitCostId: string | null;
  financialYear: FinancialYear;
  agencyId: string;
  /** Whether these contacts start strictly later than the case's first missed opportunity (see cost-after.ts). */
  afterFirstMissed: boolean;
  contacts: number;
  missedOpportunities: number;
  /** Contacts with their own cost, and those costs summed in whole pence. */
  overridden: number;
  overridePence: number;
  /**
   * The other contacts' quantities summed under each unit a unit cost can have, as exact decimal
   * text: each contact's quantity is the engine's own (contactQuantity), so unit cost × this sum ×
   * uplift is exactly the sum of the contacts' costs. A contact whose units fall in more than one
   * financial year adds each year's part to that year's row (quantityParts), and is counted (in
   * `contacts` and the other counts) only in the row of the year it started: a row may hold
   * quantities and no contacts.
   */
  quantity: Record<CostUnit, string>;
}

export interface FirstMissed {
  start: LocalDateTime;
  contactId: string;
}

export interface CaseAggregate {
  caseId: string;
  contacts: number;
  /** Start of the earliest and latest contact, as the cohort table shows them. */
  firstContact: LocalDateTime | null;
  lastContact: LocalDateTime | null;
  /** The missed opportunity the journey costing treats as first: earliest start, then lowest id. */
  firstMissed: FirstMissed | null;
  missedByCategory: Record<string, number>;
  /** In key order, so two aggregates of the same contacts are equal however they were built. */
  rows: AggregateRow[];
}

/** A financial year's share of a contact's quantity under every unit, in COST_UNITS order, as exact decimal text. */
export interface QuantityPart {
  financialYear: FinancialYear;
  texts: readonly string[];
}

/** Each contact's whole quantity under every unit (in COST_UNITS order), memoised on what contactQuantity reads: a million contacts have a few thousand distinct shapes. */
const QUANTITY_TEXTS = new Map<string, readonly string[]>();

export function quantityTexts(contact: Contact): readonly string[] {
  let shape: string;
  if (contact.quantity !== null) shape = `q${contact.quantity}`;
  else if (contact.end === null) shape = 'open';
  // Every duration unit counts one when a date is approximate (lengthUnknown), whatever the dates.
  else if (!isExactDate(contact.start) || !isExactDate(contact.end)) shape = 'approximate';
  else {
    const minutes =
      hasTime(contact.start) && hasTime(contact.end)
        ? Math.round((toDayNumber(contact.end) - toDayNumber(contact.start)) * 1440)
        : 'untimed';
    // Calendar months depend on the start date itself, not only the length.
    shape = `${minutes}|${Math.round(toDayNumber(contact.end.slice(0, 10)) - toDayNumber(contact.start.slice(0, 10)))}|${contact.start.slice(0, 10)}`;
  }
  let texts = QUANTITY_TEXTS.get(shape);
  if (texts === undefined) {
    texts = COST_UNITS.map((unit) => contactQuantity(contact, { unit }).quantity.toFixed());
    QUANTITY_TEXTS.set(shape, texts);
  }
  return texts;
}

/**
 * A contact's quantity under every unit, split over the financial years its units fall in exactly
 * as the costing engine splits its cost (apportion.ts), in year order. The year it started comes
 * first, with the whole quantity when the contact ends in that year.
 */
export function quantityParts(contact: Contact): readonly QuantityPart[] {
  const startYear = financialYearOf(contact.start);
  if (contact.end === null || financialYearOf(contact.end) === startYear)
    return [{ financialYear: startYear, texts: quantityTexts(contact) }];
  const byYear = new Map<FinancialYear, string[]>([[startYear, COST_UNITS.map(() => '0')]]);
  COST_UNITS.forEach((unit, i) => {
    for (const part of apportion(
      contactQuantity(contact, { unit }).quantity,
      unitsByFinancialYear(contact, unit),
    )) {
      let texts = byYear.get(part.financialYear);
      if (texts === undefined) {
        texts = COST_UNITS.map(() => '0');
        byYear.set(part.financialYear, texts);
      }
      texts[i] = part.value.toFixed();
    }
  });
  return [...byYear]
    .sort(([a], [b]) => compareFinancialYears(a, b))
    .map(([financialYear, texts]) => ({ financialYear, texts }));
}

function isBefore(a: FirstMissed, b: FirstMissed): boolean {
  const dayA = earliestDay(a.start);
  const dayB = earliestDay(b.start);
  return dayA < dayB || (dayA === dayB && a.contactId < b.contactId);
}

function earliestMissed(contacts: Iterable<Contact>, from: FirstMissed | null = null): FirstMissed | null {
  let first = from;
  for (const c of contacts) {
    if (c.missedOpportunity === null) continue;
    const candidate = { start: c.start, contactId: c.id };
    if (first === null || isBefore(candidate, first)) first = candidate;
  }
  return first;
}

function rowKey(
  unitCostId: string | null,
  financialYear: string,
  agencyId: string,
  afterFirstMissed: boolean,
): string {
  return JSON.stringify([unitCostId, financialYear, agencyId, afterFirstMissed]);
}

/** A row being added to or taken from: quantities are counted by distinct value and multiplied out once, exactly. */
class RowTally {
  readonly quantityCounts = COST_UNITS.map(() => new Map<string, number>());

  constructor(readonly row: AggregateRow) {}

  count(contact: Contact, sign: 1 | -1): void {
    this.row.contacts += sign;
    if (contact.missedOpportunity !== null) this.row.missedOpportunities += sign;
    if (contact.costOverride !== null) {
      this.row.overridden += sign;
      this.row.overridePence += sign * contact.costOverride.amountPence;
    }
  }

  addQuantities(texts: readonly string[], sign: 1 | -1): void {
    this.quantityCounts.forEach((counts, i) => counts.set(texts[i], (counts.get(texts[i]) ?? 0) + sign));
  }

  finish(): AggregateRow {
    const quantity = { ...this.row.quantity };
    COST_UNITS.forEach((unit, i) => {
      let sum = new Big(quantity[unit]);
      for (const [text, times] of this.quantityCounts[i])
        if (times !== 0) sum = sum.plus(new Big(text).times(times));
      quantity[unit] = sum.toFixed();
    });
    return { ...this.row, quantity };
  }
}

const NO_QUANTITY = Object.fromEntries(COST_UNITS.map((u) => [u, '0'])) as Record<CostUnit, string>;

class CaseTally {
  private readonly tallies = new Map<string, RowTally>();

  constructor(
    private readonly firstMissed: FirstMissed | null,
    rows: readonly AggregateRow[] = [],
  ) {
    for (const row of rows)
      this.tallies.set(
        rowKey(row.unitCostId, row.financialYear, row.agencyId, row.afterFirstMissed),
        new RowTally({ ...row }),
      );
  }

  private tally(contact: Contact, financialYear: FinancialYear, after: boolean): RowTally {
    const key = rowKey(contact.unitCostId, financialYear, contact.agencyId, after);
    let tally = this.tallies.get(key);
    if (tally === undefined) {
      tally = new RowTally({
        unitCostId: contact.unitCostId,
        financialYear,
        agencyId: contact.agencyId,
        afterFirstMissed: after,
        contacts: 0,
        missedOpportunities: 0,
        overridden: 0,
        overridePence: 0,
        quantity: NO_QUANTITY,
      });
      this.tallies.set(key, tally);
    }
    return tally;
  }

  count(contact: Contact, sign: 1 | -1): void {
    const after = this.firstMissed !== null && startsStrictlyLater(contact.start, this.firstMissed.start);
    // An own cost stays whole in the year the contact started, with no quantities.
    if (contact.costOverride !== null) {
      this.tally(contact, financialYearOf(contact.start), after).count(contact, sign);
      return;
    }
    quantityParts(contact).forEach((part, i) => {
      const tally = this.tally(contact, part.financialYear, after);
      if (i === 0) tally.count(contact, sign);
      tally.addQuantities(part.texts, sign);
    });
  }

  rows(): AggregateRow[] {
    return [...this.tallies]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, t]) => t.finish())
      .filter((row) => row.contacts !== 0 || COST_UNITS.some((unit) => row.quantity[unit] !== '0'));
  }
}

function countCategories(
  categories: Record<string, number>,
  contacts: Iterable<Contact>,
  sign: 1 | -1,
): void {
  for (const c of contacts) {
    if (c.missedOpportunity === null) continue;
    const name = c.missedOpportunity.category;
    const next = (categories[name] ?? 0) + sign;
    if (next === 0) delete categories[name];
    else categories[name] = next;
  }
}

/** How many of the case's contacts are flagged as missed opportunities. */
export function missedOpportunityCount(aggregate: Pick<CaseAggregate, 'missedByCategory'>): number {
  return Object.values(aggregate.missedByCategory).reduce((sum, n) => sum + n, 0);
}

/** One case's aggregate from all its contacts. */
export function aggregateCase(caseId: string, contacts: readonly Contact[]): CaseAggregate {
  const firstMissed = earliestMissed(contacts);
  const tally = new CaseTally(firstMissed);
  let firstContact: LocalDateTime | null = null;
  let lastContact: LocalDateTime | null = null;
  for (const c of contacts) {
    tally.count(c, 1);
    // First: the contact that may have come earliest (earliest day); last: the one that may have
    // come latest (latest day). An approximate one is shown as written ("2016").
    if (firstContact === null || earliestDay(c.start) < earliestDay(firstContact)) firstContact = c.start;
    if (lastContact === null || latestDay(c.start) > latestDay(lastContact)) lastContact = c.start;
  }
  const missedByCategory: Record<string, number> = {};
  countCategories(missedByCategory, contacts, 1);
  return {
    caseId,
    contacts: contacts.length,
    firstContact,
    lastContact,
    firstMissed,
    missedByCategory,
    rows: tally.rows(),
  };
}

/** Every case's aggregate from contacts of any cases in any order. */
export function aggregateContacts(contacts: readonly Contact[]): Map<string, CaseAggregate> {
  const byCase = new Map<string, Contact[]>();
  for (const c of contacts) {
    const group = byCase.get(c.caseId);
    if (group === undefined) byCase.set(c.caseId, [c]);
    else group.push(c);
  }
  return new Map([...byCase].map(([caseId, group]) => [caseId, aggregateCase(caseId, group)]));
}

export function emptyAggregate(caseId: string): CaseAggregate {
  return aggregateCase(caseId, []);
}

/**
 * One case's aggregate after some of its contacts were removed and others added (an edit is
 * both: the row before and the row after). Returns null when the change moves something a delta
 * cannot know without the case's other contacts (the first or last contact, or which missed
 * opportunity is first): the caller then rebuilds the case from its contacts with aggregateCase.
 */
export function applyContactChanges(
  aggregate: CaseAggregate,
  removed: readonly Contact[],
  added: readonly Contact[],
): CaseAggregate | null {
  const contacts = aggregate.contacts - removed.length + added.length;
  if (contacts === 0) return emptyAggregate(aggregate.caseId);
  const first = aggregate.firstMissed;
  const removesFirstMissed = first !== null && removed.some((c) => c.id === first.contactId);
  const keepsFirstMissed = added.some(
    (c) => c.id === first?.contactId && c.start === first.start && c.missedOpportunity !== null,
  );
  if (removesFirstMissed && !keepsFirstMissed) return null;
  if (earliestMissed(added, first) !== first) return null;
  if (removed.some((c) => c.start === aggregate.firstContact || c.start === aggregate.lastContact))
    return null;

  const tally = new CaseTally(first, aggregate.rows);
  for (const c of removed) tally.count(c, -1);
  for (const c of added) tally.count(c, 1);
  let { firstContact, lastContact } = aggregate;
  for (const c of added) {
    if (firstContact === null || c.start < firstContact) firstContact = c.start;
    if (lastContact === null || c.start > lastContact) lastContact = c.start;
  }
  const missedByCategory = { ...aggregate.missedByCategory };
  countCategories(missedByCategory, removed, -1);
  countCategories(missedByCategory, added, 1);
  return {
    caseId: aggregate.caseId,
    contacts,
    firstContact,
    lastContact,
    firstMissed: first,
    missedByCategory,
    rows: tally.rows(),
  };
}
