import { useLiveQuery } from 'dexie-react-hooks';
import type {
  Agency,
  Case,
  Contact,
  LifeEvent,
  Link,
  MissedOpportunityCategory,
  OutcomeMeasure,
  OutcomeMeasurement,
  UnitCost,
} from '../../shared/model';
import { contactsByUnitCost } from '../../shared/cohort/aggregates/packed-aggregate';
import { storedCaseCounts } from './case-aggregates';
import { useAppServices } from './app-services';

/**
 * Live views of the store: components re-render when the rows they show change, from any edit.
 * The rows are the store's own, frozen and shared by every reader (the database's immutable
 * cache), so the lists are read-only: sort or change a copy.
 */

export interface CaseSummary {
  case: Case;
  contactCount: number;
  missedOpportunityCount: number;
}

/** The case list's counts come from the per-case summaries, so the start screen never reads a city-wide store's contacts. */
export function useCaseSummaries(): CaseSummary[] | undefined {
  const { db } = useAppServices();
  return useLiveQuery(async () => {
    const [cases, counts] = await Promise.all([
      db.cases.orderBy('pseudonym').toArray(),
      storedCaseCounts(db),
    ]);
    return cases.map((c) => {
      const count = counts.get(c.id);
      return {
        case: c,
        contactCount: count?.contacts ?? 0,
        missedOpportunityCount: count?.missedOpportunities ?? 0,
      };
    });
  }, [db]);
}

export function useCase(caseId: string): Case | null | undefined {
  const { db } = useAppServices();
  return useLiveQuery(async () => (await db.cases.get(caseId)) ?? null, [db, caseId]);
}

export interface CaseJourney {
  contacts: readonly Contact[];
  links: readonly Link[];
  lifeEvents: readonly LifeEvent[];
}

export function useCaseJourney(caseId: string): CaseJourney | undefined {
  const { db } = useAppServices();
  return useLiveQuery(async () => {
    const [contacts, links, lifeEvents] = await Promise.all([
      db.contacts.where('[caseId+start]').between([caseId, ''], [caseId, '\uffff']).toArray(),
      db.links.where('caseId').equals(caseId).toArray(),
      db.lifeEvents.where('caseId').equals(caseId).toArray(),
    ]);
    return { contacts, links, lifeEvents };
  }, [db, caseId]);
}

export function useAgencies(): readonly Agency[] | undefined {
  const { db } = useAppServices();
  return useLiveQuery(() => db.agencies.orderBy('laneOrder').toArray(), [db]);
}

export function useCategories(): readonly MissedOpportunityCategory[] | undefined {
  const { db } = useAppServices();
  return useLiveQuery(() => db.categories.orderBy('name').toArray(), [db]);
}

export function useUnitCosts(): readonly UnitCost[] | undefined {
  const { db } = useAppServices();
  return useLiveQuery(() => db.unitCosts.orderBy('name').toArray(), [db]);
}

/** One case's outcome scores, oldest first. */
export function useCaseOutcomes(caseId: string): readonly OutcomeMeasurement[] | undefined {
  const { db } = useAppServices();
  return useLiveQuery(
    async () =>
      [...(await db.outcomes.where('caseId').equals(caseId).toArray())].sort((a, b) =>
        a.date.localeCompare(b.date),
      ),
    [db, caseId],
  );
}

/** Every case's outcome scores with the cases and the analyst's own measures: for the cohort's before and after. */
export function useCohortOutcomes():
  { cases: Case[]; measurements: OutcomeMeasurement[]; ownMeasures: OutcomeMeasure[] } | undefined {
  const { db } = useAppServices();
  return useLiveQuery(async () => {
    const [cases, measurements, ownMeasures] = await Promise.all([
      db.cases.toArray(),
      db.outcomes.toArray(),
      db.outcomeMeasures.toArray(),
    ]);
    return { cases, measurements, ownMeasures };
  }, [db]);
}

/** The analyst's own outcome measures (the built-in ones are in shared/outcomes). */
export function useOwnOutcomeMeasures(): readonly OutcomeMeasure[] | undefined {
  const { db } = useAppServices();
  return useLiveQuery(() => db.outcomeMeasures.orderBy('name').toArray(), [db]);
}

export function useCases(): Case[] | undefined {
  const { db } = useAppServices();
  return useLiveQuery(() => db.cases.orderBy('pseudonym').toArray(), [db]);
}

/** Every contact type in use, from the index alone. */
export function useContactTypes(): string[] | undefined {
  const { db } = useAppServices();
  return useLiveQuery(async () => (await db.contacts.orderBy('contactType').uniqueKeys()).map(String), [db]);
}

/** How many contacts use each unit cost, counted from the case aggregates rather than the contacts. */
export function useUnitCostUsage(): Map<string, number> | undefined {
  const { db } = useAppServices();
  return useLiveQuery(async () => contactsByUnitCost(await db.caseAggregates.toArray()), [db]);
}
