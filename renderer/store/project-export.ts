import type { ProjectFile } from '../../shared/project/project-file';
import type { JourneyDatabase } from './journey-database';

/**
 * Everything about the chosen cases, read in one transaction so an export never mixes two states
 * of the store: their contacts, links and life events, and the agencies, unit costs and
 * missed-opportunity categories those use.
 */
export async function projectForCases(
  db: JourneyDatabase,
  caseIds: string[],
  anonymised = false,
): Promise<ProjectFile> {
  return db.transaction(
    'r',
    [
      db.cases,
      db.contacts,
      db.links,
      db.lifeEvents,
      db.agencies,
      db.unitCosts,
      db.categories,
      db.outcomes,
      db.outcomeMeasures,
    ],
    async () => {
      const cases = (await db.cases.bulkGet(caseIds)).filter((c) => c !== undefined);
      const [contacts, links, lifeEvents, outcomes] = await Promise.all([
        db.contacts.where('caseId').anyOf(caseIds).toArray(),
        db.links.where('caseId').anyOf(caseIds).toArray(),
        db.lifeEvents.where('caseId').anyOf(caseIds).toArray(),
        db.outcomes.where('caseId').anyOf(caseIds).toArray(),
      ]);
      const measureIds = new Set(outcomes.map((o) => o.measureId));
      const agencyIds = [...new Set(contacts.map((c) => c.agencyId))];
      const unitCostIds = [
        ...new Set(contacts.flatMap((c) => (c.unitCostId === null ? [] : [c.unitCostId]))),
      ];
      const categoryNames = new Set(
        contacts.flatMap((c) => (c.missedOpportunity === null ? [] : [c.missedOpportunity.category])),
      );
      const [agencies, unitCosts, categories] = await Promise.all([
        db.agencies.bulkGet(agencyIds),
        db.unitCosts.bulkGet(unitCostIds),
        db.categories.toArray(),
      ]);
      return {
        type: 'journey-mapper/project',
        version: 1,
        source: 'Journey Mapper',
        exportedAt: new Date().toISOString(),
        anonymised,
        cases,
        agencies: agencies.filter((a) => a !== undefined),
        contacts,
        links,
        lifeEvents,
        unitCosts: unitCosts.filter((u) => u !== undefined),
        missedOpportunityCategories: categories.filter((c) => categoryNames.has(c.name)),
        outcomes,
        outcomeMeasures: (await db.outcomeMeasures.toArray()).filter((m) => measureIds.has(m.id)),
      };
    },
  );
}

/** The whole store as one project file: every case, and every agency, unit cost and category, used or not. */
export async function projectOfStore(db: JourneyDatabase): Promise<ProjectFile> {
  return db.transaction(
    'r',
    [
      db.cases,
      db.contacts,
      db.links,
      db.lifeEvents,
      db.agencies,
      db.unitCosts,
      db.categories,
      db.outcomes,
      db.outcomeMeasures,
    ],
    async () => ({
      type: 'journey-mapper/project' as const,
      version: 1 as const,
      source: 'Journey Mapper',
      exportedAt: new Date().toISOString(),
      anonymised: false,
      cases: await db.cases.toArray(),
      agencies: await db.agencies.toArray(),
      contacts: await db.contacts.toArray(),
      links: await db.links.toArray(),
      lifeEvents: await db.lifeEvents.toArray(),
      unitCosts: await db.unitCosts.toArray(),
      missedOpportunityCategories: await db.categories.toArray(),
      outcomes: await db.outcomes.toArray(),
      outcomeMeasures: await db.outcomeMeasures.toArray(),
    }),
  );
}
