import { DEFAULT_UNIT_COST_LIBRARY } from '../shipped-data';
import { defaultAgencies } from '../../shared/editing/default-agencies';
import {
  Agency,
  DEFAULT_MISSED_OPPORTUNITY_CATEGORIES,
  paletteColour,
  type MissedOpportunityCategory,
  type UnitCost,
} from '../../shared/model';
import { COURTS, KINDS, PRISONS } from './contact-kinds';

/** The default lanes plus the two that custody journeys need, in the app's default colours. */
export function cohortAgencies(): Agency[] {
  const defaults = defaultAgencies();
  const extra = [
    { id: PRISONS, name: 'Prisons', sector: 'Prisons' },
    { id: COURTS, name: 'Courts', sector: 'Courts' },
  ] as const;
  return [
    ...defaults,
    ...extra.map((a, i) =>
      Agency.parse({
        ...a,
        colour: paletteColour(defaults.length + i),
        laneOrder: defaults.length + i,
        hidden: false,
      }),
    ),
  ];
}

/** The library entries the generator can use, in library order, so the file costs without the app's library. */
export function cohortUnitCosts(): UnitCost[] {
  const used = new Set<string>(
    Object.values(KINDS).flatMap((k) => (k.unitCostId === null ? [] : [k.unitCostId])),
  );
  return DEFAULT_UNIT_COST_LIBRARY.unitCosts.filter((u) => used.has(u.id));
}

/** The app's default categories, under the ids it gives them; an import reuses them by name. */
export function cohortMissedOpportunityCategories(): MissedOpportunityCategory[] {
  return DEFAULT_MISSED_OPPORTUNITY_CATEGORIES.map((name, index) => ({
    id: `category-${index + 1}`,
    name,
    description: '',
  }));
}
