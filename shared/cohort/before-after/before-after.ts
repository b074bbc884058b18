import Big from 'big.js';
import { ZERO, roundToPenny, type Pence } from '../../costing/money';
import { formatUkDate, isLocalDate, type Case, type FinancialYear, type LocalDate } from '../../model';
import { BeforeAfterIndex, UNCOSTED } from './before-after-index';
import { contactsByCase } from '../by-case';
import { contains, lengthInDays, observedWindows, recordsRange } from './before-after-windows';
import type { CohortInput } from '../cohort-costing';

/** The question the user asks: everything but the cohort's own records. */
export interface BeforeAfterQuestion {
  /** One intervention date for every case; null to use each case's own (cases without one are left out). */
  interventionDate: LocalDate | null;
  windowMonths: number;
  /** Share of a change put down to the intervention, 0 to 100, kept exact ("62.5" stays 62.5). */
  attributionPercent: Big | string | number;
  /** First and last dates the records cover; by default the earliest and latest contact start. */
  recordsFrom?: LocalDate;
  recordsUntil?: LocalDate;
}

export interface BeforeAfterInput extends CohortInput, BeforeAfterQuestion {}

export interface WindowFigures {
  contacts: number;
  costPence: number;
  contactsPerPersonYear: number;
  costPerPersonYearPence: number;
}

export interface BeforeAfterLine {
  costBearer: string;
  before: WindowFigures;
  after: WindowFigures;
  /** After minus before, per person-year: negative is a fall. */
  changePerPersonYearPence: number;
  /** A fall per person-year × attribution; 0 when costs rose. */
  savingPerPersonYearPence: number;
  /** A rise per person-year × attribution; 0 when costs fell. */
  costIncreasePerPersonYearPence: number;
  /** The change unrounded, for the scenario sheet. */
  exactChangePerPersonYear: Pence;
}

export interface BeforeAfterComparison {
  ok: true;
  priceBase: FinancialYear;
  windowMonths: number;
  attributionPercent: Big;
  recordsFrom: LocalDate;
  recordsUntil: LocalDate;
  /** Cases compared: those with an intervention date. */
  people: number;
  personYearsBefore: Big;
  personYearsAfter: Big;
  /** One line per cost bearer, largest cost before first. */
  lines: BeforeAfterLine[];
  total: BeforeAfterLine;
  /** Contacts in the windows with no cost: counted here, in no line. */
  uncostedContacts: { before: number; after: number };
  leftOut: Array<{ caseId: string; pseudonym: string; reason: string }>;
}

export type BeforeAfterResult = BeforeAfterComparison | { ok: false; reason: string };

export const ALL_COST_BEARERS = 'All cost bearers';
const DAYS_PER_YEAR = new Big(365.25);

interface Tally {
  contacts: number;
  cost: Pence;
}
type Tallies = { before: Tally; after: Tally };
const emptyTallies = (): Tallies => ({
  before: { contacts: 0, cost: ZERO },
  after: { contacts: 0, cost: ZERO },
});

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

function line(
  costBearer: string,
  t: Tallies,
  daysBefore: number,
  daysAfter: number,
  attribution: Big,
): BeforeAfterLine {
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

function coverage(
  index: BeforeAfterIndex,
  question: BeforeAfterQuestion,
): { from: LocalDate; until: LocalDate } | null {
  const from = question.recordsFrom ?? index.firstDate;
  const until = question.recordsUntil ?? index.lastDate;
  return from === null || until === null ? null : { from, until };
}

/**
 * Recorded activity and cost in the months before and after an intervention, per person-year
 * observed, by cost bearer. Each contact's whole cost falls on its start date. This is a
 * before/after on recorded data, not an evaluation: there is no comparison group.
 */
export function beforeAfter(input: BeforeAfterInput): BeforeAfterResult {
  const index = new BeforeAfterIndex(input);
  for (const [caseId, contacts] of contactsByCase(input.contacts)) index.addCase(caseId, contacts);
  return compareBeforeAfter(index, input.cases, input);
}

/** beforeAfter over a cohort whose contacts were indexed case by case (see BeforeAfterIndex). */
export function compareBeforeAfter(
  index: BeforeAfterIndex,
  cases: readonly Case[],
  question: BeforeAfterQuestion,
): BeforeAfterResult {
  const attribution = parseAttribution(question.attributionPercent);
  if (attribution === null)
    return { ok: false, reason: 'the attribution must be a percentage from 0 to 100' };
  if (!Number.isInteger(question.windowMonths) || question.windowMonths < 1)
    return { ok: false, reason: 'the window must be a whole number of months, at least 1' };
  if (question.interventionDate !== null && !isLocalDate(question.interventionDate))
    return { ok: false, reason: `"${question.interventionDate}" is not a date` };
  const covered = coverage(index, question);
  if (covered === null)
    return {
      ok: false,
      reason: 'there are no contacts to show which dates the records cover; give the dates',
    };
  const records = recordsRange(covered.from, covered.until);

  // Contacts counted per priced cost on each side; the costs are multiplied out once at the end.
  const counted = {
    before: new Float64Array(index.costs.length),
    after: new Float64Array(index.costs.length),
  };
  const uncostedContacts = { before: 0, after: 0 };
  const leftOut: BeforeAfterComparison['leftOut'] = [];
  let people = 0;
  let daysBefore = 0;
  let daysAfter = 0;

  for (const c of cases) {
    const intervention = question.interventionDate ?? c.interventionDate;
    if (intervention === null) {
      leftOut.push({ caseId: c.id, pseudonym: c.pseudonym, reason: 'no intervention date' });
      continue;
    }
    people += 1;
    const windows = observedWindows(intervention, question.windowMonths, records);
    daysBefore += lengthInDays(windows.before);
    daysAfter += lengthInDays(windows.after);
    const contacts = index.contactsOf(c.id);
    if (contacts === undefined) continue;
    contacts.days.forEach((day, i) => {
      const side: keyof Tallies | null = contains(windows.before, day)
        ? 'before'
        : contains(windows.after, day)
          ? 'after'
          : null;
      if (side === null) return;
      const cost = contacts.costs[i];
      if (cost === UNCOSTED) uncostedContacts[side] += 1;
      else counted[side][cost] += 1;
    });
  }
  if (people === 0) return { ok: false, reason: 'no case has an intervention date' };
  const unseen = (side: string) =>
    `no time ${side} the intervention dates falls within the records (${formatUkDate(covered.from)} to ${formatUkDate(covered.until)})`;
  if (daysBefore === 0) return { ok: false, reason: unseen('before') };
  if (daysAfter === 0) return { ok: false, reason: unseen('after') };

  const byBearer = new Map<string, Tallies>();
  const all = emptyTallies();
  index.costs.forEach(({ bearer, amount }, cost) => {
    for (const side of ['before', 'after'] as const) {
      const times = counted[side][cost];
      if (times === 0) continue;
      const tallies = byBearer.get(bearer) ?? emptyTallies();
      byBearer.set(bearer, tallies);
      for (const t of [tallies[side], all[side]]) {
        t.contacts += times;
        t.cost = t.cost.plus(amount.times(times));
      }
    }
  });

  return {
    ok: true,
    priceBase: index.priceBase,
    windowMonths: question.windowMonths,
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
