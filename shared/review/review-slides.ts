import { breakdownLines, type BreakdownLine } from '../costing/breakdown';
import type { JourneyTotals } from '../costing/journey-totals';
import { earliestDay, latestDay, type Agency, type Case, type Contact, type LocalDateTime } from '../model';

/** What a scrutiny panel sees, slide by slide: the journey, each missed opportunity in date order, then the summary. */
export interface ContextContact {
  contactId: string;
  start: LocalDateTime;
  agency: string;
  contactType: string;
  missed: boolean;
}

export interface MissedOpportunitySlide {
  contactId: string;
  start: LocalDateTime;
  agency: string;
  contactType: string;
  category: string;
  note: string;
  shouldHaveHappened: string;
  costAfterPence: number;
  costAfter12MonthsPence: number;
  /** Contacts whose order against this one approximate dates leave unknown: in neither figure. */
  costAfterUncertainPence: number;
  /** What happened in the window before and after it, nearest first. */
  before: ContextContact[];
  after: ContextContact[];
}

export interface ReviewSlides {
  pseudonym: string;
  first: LocalDateTime | null;
  last: LocalDateTime | null;
  contacts: number;
  agencies: string[];
  totalPence: number;
  uncostedContacts: number;
  missedOpportunities: MissedOpportunitySlide[];
  byCostBearer: Record<string, number>;
  /** The cost by bearer as the summary lists it: largest first, then a rounding line if the rounded parts miss the total. */
  costBearerLines: BreakdownLine[];
  missedByCategory: Array<{ category: string; count: number }>;
}

export const CONTEXT_DAYS = 90;

export function reviewSlides(
  theCase: Case,
  contacts: readonly Contact[],
  agencies: readonly Agency[],
  totals: JourneyTotals,
  contextDays = CONTEXT_DAYS,
): ReviewSlides {
  const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
  const ordered = [...contacts].sort(
    (a, b) => earliestDay(a.start) - earliestDay(b.start) || a.id.localeCompare(b.id),
  );
  const context = (c: Contact): ContextContact => ({
    contactId: c.id,
    start: c.start,
    agency: agencyName.get(c.agencyId) ?? '',
    contactType: c.contactType,
    missed: c.missedOpportunity !== null,
  });
  const byId = new Map(ordered.map((c, i) => [c.id, i]));
  const missedOpportunities = totals.missedOpportunities.map((m): MissedOpportunitySlide => {
    const index = byId.get(m.contactId) ?? 0;
    const flagged = ordered[index];
    // Approximate dates: a contact is context when any day it may fall on is within the window
    // around any day the flagged contact may fall on.
    const from = earliestDay(flagged.start) - contextDays;
    const until = latestDay(flagged.start) + contextDays;
    return {
      contactId: flagged.id,
      start: flagged.start,
      agency: agencyName.get(flagged.agencyId) ?? '',
      contactType: flagged.contactType,
      category: m.category,
      note: flagged.missedOpportunity?.note ?? '',
      shouldHaveHappened: flagged.missedOpportunity?.shouldHaveHappened ?? '',
      costAfterPence: m.costAfterPence,
      costAfter12MonthsPence: m.costAfter12MonthsPence,
      costAfterUncertainPence: m.costAfterUncertainPence,
      before: ordered
        .slice(0, index)
        .filter((c) => latestDay(c.start) >= from)
        .reverse()
        .map(context),
      after: ordered
        .slice(index + 1)
        .filter((c) => earliestDay(c.start) <= until)
        .map(context),
    };
  });
  const categories = new Map<string, number>();
  for (const m of missedOpportunities) categories.set(m.category, (categories.get(m.category) ?? 0) + 1);
  return {
    pseudonym: theCase.pseudonym,
    first: ordered[0]?.start ?? null,
    last: ordered.at(-1)?.start ?? null,
    contacts: ordered.length,
    agencies: [...new Set(ordered.map((c) => agencyName.get(c.agencyId) ?? ''))].sort(),
    totalPence: totals.totalPence,
    uncostedContacts: totals.uncostedContacts,
    missedOpportunities,
    byCostBearer: totals.byCostBearer,
    costBearerLines: breakdownLines(totals.byCostBearer, totals.totalPence, 'largest first'),
    missedByCategory: [...categories]
      .map(([category, count]) => ({ category, count }))
      .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
  };
}
