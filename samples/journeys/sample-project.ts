import { DEFAULT_PRICE_BASE, DEFAULT_UNIT_COST_LIBRARY } from '../shipped-data';
import type { ProjectFile } from '../../shared/project/project-file';
import type { CaseJourney } from '../generator/case-journey';
import { GENERATED_AT } from '../generator/case-plan';
import { cohortMissedOpportunityCategories } from '../generator/cohort-reference';
import { sampleAgencies } from './sample-kinds';
import { SAMPLE_ONLY_UNIT_COSTS } from './sample-unit-costs';

/**
 * One sample journey as a project file: only the lanes and unit costs it uses (default library
 * first, in library order, then the sample-only entries), so it costs the same in any store.
 * Lanes run in the order the person first met each service, so the journey reads top down.
 */
export function sampleProject(journey: CaseJourney): ProjectFile {
  const firstMet = new Map<string, number>();
  journey.contacts.forEach((c, i) => firstMet.set(c.agencyId, firstMet.get(c.agencyId) ?? i));
  const unitCostIds = new Set(journey.contacts.flatMap((c) => (c.unitCostId === null ? [] : [c.unitCostId])));
  const library = [...DEFAULT_UNIT_COST_LIBRARY.unitCosts, ...SAMPLE_ONLY_UNIT_COSTS];
  const unknown = [...unitCostIds].filter((id) => !library.some((u) => u.id === id));
  if (unknown.length > 0)
    throw new Error(`${journey.case.pseudonym}: no unit cost with id ${unknown.join(', ')}`);
  return {
    type: 'journey-mapper/project',
    version: 1,
    source: 'Journey Mapper',
    exportedAt: GENERATED_AT,
    priceBase: DEFAULT_PRICE_BASE,
    anonymised: true,
    cases: [journey.case],
    agencies: sampleAgencies()
      .filter((a) => firstMet.has(a.id))
      .sort((a, b) => firstMet.get(a.id)! - firstMet.get(b.id)!)
      .map((a, laneOrder) => ({ ...a, laneOrder })),
    contacts: journey.contacts,
    links: journey.links,
    lifeEvents: journey.lifeEvents,
    unitCosts: library.filter((u) => unitCostIds.has(u.id)),
    missedOpportunityCategories: cohortMissedOpportunityCategories(),
  };
}
