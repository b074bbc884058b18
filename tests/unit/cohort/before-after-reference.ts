import Big from 'big.js';
import type { BeforeAfterComparison, BeforeAfterInput, BeforeAfterLine, BeforeAfterResult, WindowFigures } from '../../../shared/cohort/before-after/before-after';
import { ALL_COST_BEARERS } from '../../../shared/cohort/before-after/before-after';
import { contactsByCase } from '../../../shared/cohort/by-case';
import { contains, lengthInDays, observedWindows, recordsRange } from '../../../shared/cohort/before-after/before-after-windows';
import { costBearerOf } from '../../../shared/cohort/cohort-costing';
import { costContact } from '../../../shared/costing/contact-cost';
import { ZERO, roundToPenny, type Pence } from '../../../shared/costing/money';
import { datePart, formatUkDate, isLocalDate, toDayNumber, type LocalDate } from '../../../shared/model';

/**
 * Before/after as it was computed until it was indexed for the cohort worker: every contact
 * costed with costContact and added up one by one. Kept as the plain reference the indexed
 * implementation must match to the last digit.
 */
const DAYS_PER_YEAR = new Big(365.25);

interface Tally {
  contacts: number;
  cost: Pence;
}
type Tallies = { before: Tally; after: Tally };
const emptyTallies = (): Tallies => ({ before: { contacts: 0, cost: ZERO }, after: { contacts: 0, cost: ZERO } });

function window(tally: Tally, days: number): WindowFigures & { exactPerPersonYear: Pence } {
  // × 365.25 before ÷ days: one division, so the rate carries a single 20-decimal-place rounding.
  const exactPerPersonYear = tally.cost.times(DAYS_PER_YEAR).div(days);
  return {
    contacts: tally.contacts,
    costPence: roundToPenny(tally.cost),
    contactsPerPersonYear: Number(new Big(tally.contacts).times(DAYS_PER_YEAR).div(days).toFixed(2)),
    costPerPersonYearPence: roundToPenny(exactPerPersonYear),
    exactPerPersonYear,
  };
}

function line(costBearer: string, t: Tallies, daysBefore: number, daysAfter: number, attribution: Big): BeforeAfterLine {
  const { exactPerPersonYear: beforeRate, ...before } = window(t.before, daysBefore);
  const { exactPerPersonYear: afterRate, ...after } = window(t.after, daysAfter);
  const change = afterRate.minus(beforeRate);
  const attributed = change.times(attribution).div(100);
  return {
    costBearer,
    before,
    after,
    changePerPersonYearPence: roundToPenny(change),
    savingPerPersonYearPence: attributed.lt(0) ? roundToPenny(attributed.neg()) : 0,
    costIncreasePerPersonYearPence: attributed.gt(0) ? roundToPenny(attributed) : 0,
    exactChangePerPersonYear: change,
  };
}

function parseAttribution(value: Big | string | number): Big | null {
  try {
    const percent = new Big(value);
    return percent.lt(0) || percent.gt(100) ? null : percent;
  } catch {
    return null;
  }
}

function coverage(input: BeforeAfterInput): { from: LocalDate; until: LocalDate } | null {
  const starts = input.contacts.map((c) => datePart(c.start)).sort();
  const from = input.recordsFrom ?? starts[0];
  const until = input.recordsUntil ?? starts[starts.length - 1];
  return from === undefined || until === undefined ? null : { from, until };
}

export function referenceBeforeAfter(input: BeforeAfterInput): BeforeAfterResult {
  const attribution = parseAttribution(input.attributionPercent);
  if (attribution === null) return { ok: false, reason: 'the attribution must be a percentage from 0 to 100' };
  if (!Number.isInteger(input.windowMonths) || input.windowMonths < 1) return { ok: false, reason: 'the window must be a whole number of months, at least 1' };
  if (input.interventionDate !== null && !isLocalDate(input.interventionDate)) return { ok: false, reason: `"${input.interventionDate}" is not a date` };
  const covered = coverage(input);
  if (covered === null) return { ok: false, reason: 'there are no contacts to show which dates the records cover; give the dates' };
  const records = recordsRange(covered.from, covered.until);

  const unitCosts = new Map(input.unitCosts.map((u) => [u.id, u]));
  const agencyNames = new Map(input.agencies.map((a) => [a.id, a.name]));
  const byCase = contactsByCase(input.contacts);
  const byBearer = new Map<string, Tallies>();
  const all = emptyTallies();
  const uncostedContacts = { before: 0, after: 0 };
  const leftOut: BeforeAfterComparison['leftOut'] = [];
  let people = 0;
  let daysBefore = 0;
  let daysAfter = 0;

  for (const c of input.cases) {
    const intervention = input.interventionDate ?? c.interventionDate;
    if (intervention === null) {
      leftOut.push({ caseId: c.id, pseudonym: c.pseudonym, reason: 'no intervention date' });
      continue;
    }
    people += 1;
    const windows = observedWindows(intervention, input.windowMonths, records);
    daysBefore += lengthInDays(windows.before);
    daysAfter += lengthInDays(windows.after);
    for (const contact of byCase.get(c.id) ?? []) {
      const day = toDayNumber(datePart(contact.start));
      const side: keyof Tallies | null = contains(windows.before, day) ? 'before' : contains(windows.after, day) ? 'after' : null;
      if (side === null) continue;
      const cost = costContact(contact, contact.unitCostId === null ? undefined : unitCosts.get(contact.unitCostId), input.priceBase, input.series);
      if (cost.status === 'uncosted') {
        uncostedContacts[side] += 1;
        continue;
      }
      const bearer = costBearerOf(cost, agencyNames.get(contact.agencyId));
      const tallies = byBearer.get(bearer) ?? emptyTallies();
      byBearer.set(bearer, tallies);
      for (const t of [tallies[side], all[side]]) {
        t.contacts += 1;
        t.cost = t.cost.plus(cost.amount);
      }
    }
  }
  if (people === 0) return { ok: false, reason: 'no case has an intervention date' };
  const unseen = (side: string) => `no time ${side} the intervention dates falls within the records (${formatUkDate(covered.from)} to ${formatUkDate(covered.until)})`;
  if (daysBefore === 0) return { ok: false, reason: unseen('before') };
  if (daysAfter === 0) return { ok: false, reason: unseen('after') };

  return {
    ok: true,
    priceBase: input.priceBase,
    windowMonths: input.windowMonths,
    attributionPercent: attribution,
    recordsFrom: covered.from,
    recordsUntil: covered.until,
    people,
    personYearsBefore: new Big(daysBefore).div(DAYS_PER_YEAR),
    personYearsAfter: new Big(daysAfter).div(DAYS_PER_YEAR),
    lines: [...byBearer]
      .map(([bearer, t]) => line(bearer, t, daysBefore, daysAfter, attribution))
      .sort((a, b) => b.before.costPence - a.before.costPence || a.costBearer.localeCompare(b.costBearer)),
    total: line(ALL_COST_BEARERS, all, daysBefore, daysAfter, attribution),
    uncostedContacts,
    leftOut,
  };
}
