import { ZERO, roundToPenny } from '../costing/money';
import { sourceWithAttribution } from '../costing/unit-cost-library';
import {
  financialYearOf,
  type CostUnit,
  type LocalDateTime,
  type PriceYear,
  earliestDay,
  periodOf,
  type LocalDate,
} from '../model';
import type { CostedCases, JourneyExportInput } from './journey-export-input';

/** One contact as the Journey sheet and the CSV show it: the canonical template's fields plus its cost. */
export interface JourneyRow {
  caseName: string;
  start: LocalDateTime;
  end: LocalDateTime | null;
  agency: string;
  contactType: string;
  quantity: number | null;
  outcome: string;
  description: string;
  missed: boolean;
  category: string;
  note: string;
  unitCostPence: number | null;
  unit: CostUnit | null;
  priceYear: PriceYear | null;
  costBearer: string;
  source: string;
  shouldHaveHappened: string;
  overridePence: number | null;
  overrideReason: string;
  financialYear: string;
  /** Null when the contact could not be costed: shown blank, never as £0. */
  costPence: number | null;
  cumulativePence: number;
  /** The first and last day the start date can mean (approximate-date.ts). */
  earliest: LocalDate;
  latest: LocalDate;
}

/** Every contact of every case, case by case in order of earliest day, with cumulative cost summed exactly. */
export function journeyRows(input: JourneyExportInput, cases: CostedCases): JourneyRow[] {
  const agencies = new Map(input.project.agencies.map((a) => [a.id, a.name]));
  const unitCosts = new Map(input.basis.unitCosts.map((u) => [u.id, u]));
  return cases.flatMap(({ case: theCase, totals }) => {
    const contacts = input.project.contacts
      .filter((c) => c.caseId === theCase.id)
      .sort((a, b) => earliestDay(a.start) - earliestDay(b.start) || a.id.localeCompare(b.id));
    let running = ZERO;
    return contacts.map((c): JourneyRow => {
      const cost = totals.contactCosts.get(c.id);
      const costed = cost !== undefined && cost.status !== 'uncosted';
      if (costed) running = running.plus(cost.amount);
      const unitCost = c.unitCostId === null ? undefined : unitCosts.get(c.unitCostId);
      return {
        caseName: theCase.pseudonym,
        start: c.start,
        end: c.end,
        agency: agencies.get(c.agencyId) ?? '',
        contactType: c.contactType,
        quantity: c.quantity,
        outcome: c.outcome,
        description: c.description,
        missed: c.missedOpportunity !== null,
        category: c.missedOpportunity?.category ?? '',
        note: c.missedOpportunity?.note ?? '',
        unitCostPence: unitCost?.amountPence ?? null,
        unit: unitCost?.unit ?? null,
        priceYear: unitCost?.priceYear ?? null,
        costBearer: unitCost?.costBearer ?? '',
        source: unitCost === undefined ? '' : sourceWithAttribution(unitCost),
        shouldHaveHappened: c.missedOpportunity?.shouldHaveHappened ?? '',
        overridePence: c.costOverride?.amountPence ?? null,
        overrideReason: c.costOverride?.reason ?? '',
        financialYear: financialYearOf(c.start),
        costPence: costed ? roundToPenny(cost.amount) : null,
        cumulativePence: roundToPenny(running),
        earliest: periodOf(c.start).first,
        latest: periodOf(c.start).last,
      };
    });
  });
}
