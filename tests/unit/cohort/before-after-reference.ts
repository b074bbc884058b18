import Big from 'big.js';
import type {
  BeforeAfterComparison,
  BeforeAfterInput,
  BeforeAfterLine,
  BeforeAfterResult,
  WindowFigures,
} from '../../../shared/cohort/before-after/before-after';
import { journeyTotals } from '../../../shared/costing/journey-totals';
import { roundToPenny } from '../../../shared/costing/money';
import { formatUkDate, isLocalDate, type LocalDate } from '../../../shared/model';

/**
 * Before/after worked out from its definition, contact by contact and day by day, sharing no
 * code with shared/cohort/before-after: for each person, the "before" window is the months up to
 * the day before the intervention, the "after" window the months from the intervention day, each
 * cut to the dates the records cover (by default the first to the last contact's start); a
 * contact falls wholly on its start date; rates are per person-year of 365.25 observed days;
 * the change is after minus before, and the attributed share of a fall is a saving, of a rise a
 * cost increase. Contacts are costed by the journey engine (journeyTotals), case by case.
 */
const DAY_MS = 86_400_000;
const YEAR_DAYS = new Big(365.25);

function utc(date: LocalDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function isoDay(ms: number): LocalDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The same day of the month `months` away, or the month's last day when it is shorter. */
function monthsAway(date: LocalDate, months: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const daysInMonth = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return isoDay(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, daysInMonth)));
}

/** Days from `from` (included) to `to` (excluded) that the records cover, counted one by one. */
function observedDays(
  from: LocalDate,
  to: LocalDate,
  recordsFrom: LocalDate,
  recordsUntil: LocalDate,
): number {
  let days = 0;
  for (let t = utc(from); t < utc(to); t += DAY_MS) {
    const day = isoDay(t);
    if (day >= recordsFrom && day <= recordsUntil) days += 1;
  }
  return days;
}

interface Side {
  contacts: number;
  cost: Big;
}

function figures(side: Side, days: number): { shown: WindowFigures; rate: Big } {
  const rate = side.cost.times(YEAR_DAYS).div(days);
  return {
    shown: {
      contacts: side.contacts,
      costPence: roundToPenny(side.cost),
      contactsPerPersonYear: Number(new Big(side.contacts).times(YEAR_DAYS).div(days).toFixed(2)),
      costPerPersonYearPence: roundToPenny(rate),
    },
    rate,
  };
}

function lineOf(
  costBearer: string,
  before: Side,
  after: Side,
  daysBefore: number,
  daysAfter: number,
  percent: Big,
): BeforeAfterLine {
  const b = figures(before, daysBefore);
  const a = figures(after, daysAfter);
  const change = a.rate.minus(b.rate);
  const attributed = change.times(percent).div(100);
  return {
    costBearer,
    before: b.shown,
    after: a.shown,
    changePerPersonYearPence: roundToPenny(change),
    savingPerPersonYearPence: attributed.lt(0) ? roundToPenny(attributed.abs()) : 0,
    costIncreasePerPersonYearPence: attributed.gt(0) ? roundToPenny(attributed) : 0,
    exactChangePerPersonYear: change,
  };
}

export function referenceBeforeAfter(input: BeforeAfterInput): BeforeAfterResult {
  let percent: Big;
  try {
    percent = new Big(input.attributionPercent);
  } catch {
    return { ok: false, reason: 'the attribution must be a percentage from 0 to 100' };
  }
  if (percent.lt(0) || percent.gt(100))
    return { ok: false, reason: 'the attribution must be a percentage from 0 to 100' };
  if (!Number.isInteger(input.windowMonths) || input.windowMonths < 1)
    return { ok: false, reason: 'the window must be a whole number of months, at least 1' };
  if (input.interventionDate !== null && !isLocalDate(input.interventionDate))
    return { ok: false, reason: `"${input.interventionDate}" is not a date` };
  const startDays = input.contacts.map((c) => c.start.slice(0, 10));
  const recordsFrom =
    input.recordsFrom ??
    startDays.reduce<LocalDate | undefined>((min, d) => (min === undefined || d < min ? d : min), undefined);
  const recordsUntil =
    input.recordsUntil ??
    startDays.reduce<LocalDate | undefined>((max, d) => (max === undefined || d > max ? d : max), undefined);
  if (recordsFrom === undefined || recordsUntil === undefined)
    return {
      ok: false,
      reason: 'there are no contacts to show which dates the records cover; give the dates',
    };

  const agencyName = new Map(input.agencies.map((a) => [a.id, a.name]));
  const sides = new Map<string, { before: Side; after: Side }>();
  const total = { before: { contacts: 0, cost: new Big(0) }, after: { contacts: 0, cost: new Big(0) } };
  const uncostedContacts = { before: 0, after: 0 };
  const leftOut: BeforeAfterComparison['leftOut'] = [];
  let people = 0;
  let daysBefore = 0;
  let daysAfter = 0;

  for (const person of input.cases) {
    const intervention = input.interventionDate ?? person.interventionDate;
    if (intervention === null) {
      leftOut.push({ caseId: person.id, pseudonym: person.pseudonym, reason: 'no intervention date' });
      continue;
    }
    people += 1;
    const beforeFrom = monthsAway(intervention, -input.windowMonths);
    const afterUntil = monthsAway(intervention, input.windowMonths);
    daysBefore += observedDays(beforeFrom, intervention, recordsFrom, recordsUntil);
    daysAfter += observedDays(intervention, afterUntil, recordsFrom, recordsUntil);
    const contacts = input.contacts.filter((c) => c.caseId === person.id);
    const costs = journeyTotals({ contacts, agencies: input.agencies, basis: input.basis }).contactCosts;
    for (const contact of contacts) {
      const day = contact.start.slice(0, 10);
      if (day < recordsFrom || day > recordsUntil) continue;
      const side =
        day >= beforeFrom && day < intervention
          ? 'before'
          : day >= intervention && day < afterUntil
            ? 'after'
            : null;
      if (side === null) continue;
      const cost = costs.get(contact.id);
      if (cost === undefined || cost.status === 'uncosted') {
        uncostedContacts[side] += 1;
        continue;
      }
      const bearer = cost.unitCost?.costBearer ?? agencyName.get(contact.agencyId) ?? 'Unknown agency';
      const line = sides.get(bearer) ?? {
        before: { contacts: 0, cost: new Big(0) },
        after: { contacts: 0, cost: new Big(0) },
      };
      sides.set(bearer, line);
      for (const tally of [line[side], total[side]]) {
        tally.contacts += 1;
        tally.cost = tally.cost.plus(cost.amount);
      }
    }
  }
  if (people === 0) return { ok: false, reason: 'no case has an intervention date' };
  const unseen = (side: string) =>
    `no time ${side} the intervention dates falls within the records (${formatUkDate(recordsFrom)} to ${formatUkDate(recordsUntil)})`;
  if (daysBefore === 0) return { ok: false, reason: unseen('before') };
  if (daysAfter === 0) return { ok: false, reason: unseen('after') };

  return {
    ok: true,
    priceBase: input.basis.priceBase,
    windowMonths: input.windowMonths,
    attributionPercent: percent,
    recordsFrom,
    recordsUntil,
    people,
    personYearsBefore: new Big(daysBefore).div(YEAR_DAYS),
    personYearsAfter: new Big(daysAfter).div(YEAR_DAYS),
    lines: [...sides]
      .map(([bearer, s]) => lineOf(bearer, s.before, s.after, daysBefore, daysAfter, percent))
      .sort((a, b) => b.before.costPence - a.before.costPence || a.costBearer.localeCompare(b.costBearer)),
    total: lineOf('All cost bearers', total.before, total.after, daysBefore, daysAfter, percent),
    uncostedContacts,
    leftOut,
  };
}
