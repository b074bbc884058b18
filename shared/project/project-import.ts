import { insertRow, type ChangeSet } from '../editing/change-set';
import {
  newId,
  type Agency,
  type Contact,
  type LifeEvent,
  type Link,
  type MissedOpportunityCategory,
  type OutcomeMeasure,
  type OutcomeMeasurement,
  type UnitCost,
} from '../model';
import { valueKey } from '../contact-sheet/contact-import';
import type { ProjectFile } from './project-file';

/** What the store holds that an opened project file may overlap. */
export interface StoreContents {
  caseIds: Set<string>;
  agencies: Agency[];
  unitCosts: UnitCost[];
  categories: MissedOpportunityCategory[];
  /** The analyst's own outcome measures; a store without any may leave it out. */
  outcomeMeasures?: OutcomeMeasure[];
}

export interface ProjectImportSummary {
  cases: string[];
  /** The file's cases were already in the store, so they came in as copies with new ids. */
  asCopies: boolean;
  newAgencies: string[];
  newUnitCosts: string[];
}

const sameUnitCost = (a: UnitCost, b: UnitCost) =>
  JSON.stringify({ ...a, retired: false }) === JSON.stringify({ ...b, retired: false });

/**
 * Adds a project file's cases to the store as one undoable change. Nothing the user already has
 * is overwritten: an agency or category of the same name is reused; a unit cost with the same id
 * but different figures comes in under a new id, so no existing total moves; and cases already in
 * the store are imported as copies rather than merged.
 */
export function projectImportChangeSet(
  project: ProjectFile,
  store: StoreContents,
  makeId: () => string = newId,
): { changeSet: ChangeSet; summary: ProjectImportSummary } {
  const changes: ChangeSet['changes'] = [];
  const asCopies = project.cases.some((c) => store.caseIds.has(c.id));
  const ids = new Map<string, string>();
  const idFor = (id: string) => {
    if (!asCopies) return id;
    if (!ids.has(id)) ids.set(id, makeId());
    return ids.get(id) as string;
  };

  const agencyIds = new Map<string, string>();
  const newAgencies: string[] = [];
  const byName = new Map(store.agencies.map((a) => [valueKey(a.name), a]));
  const byId = new Map(store.agencies.map((a) => [a.id, a]));
  let nextLane = Math.max(-1, ...store.agencies.map((a) => a.laneOrder)) + 1;
  for (const agency of project.agencies) {
    const existing = byId.get(agency.id) ?? byName.get(valueKey(agency.name));
    if (existing !== undefined) {
      agencyIds.set(agency.id, existing.id);
      continue;
    }
    const row: Agency = { ...agency, laneOrder: nextLane++ };
    changes.push(insertRow('agencies', row));
    agencyIds.set(agency.id, agency.id);
    newAgencies.push(agency.name);
  }

  const unitCostIds = new Map<string, string>();
  const newUnitCosts: string[] = [];
  const storeCosts = new Map(store.unitCosts.map((u) => [u.id, u]));
  for (const unitCost of project.unitCosts) {
    const existing = storeCosts.get(unitCost.id);
    if (existing !== undefined && sameUnitCost(existing, unitCost)) {
      unitCostIds.set(unitCost.id, unitCost.id);
      continue;
    }
    const row = existing === undefined ? unitCost : { ...unitCost, id: makeId() };
    changes.push(insertRow('unitCosts', row));
    unitCostIds.set(unitCost.id, row.id);
    newUnitCosts.push(unitCost.name);
  }

  const categoryNames = new Set(store.categories.map((c) => valueKey(c.name)));
  for (const category of project.missedOpportunityCategories) {
    if (categoryNames.has(valueKey(category.name))) continue;
    changes.push(insertRow('categories', { ...category, id: makeId() }));
    categoryNames.add(valueKey(category.name));
  }

  for (const c of project.cases) {
    // Added lanes follow their agencies into the store; one the file does not carry is dropped.
    const addedLaneIds = c.addedLaneIds?.flatMap((id) => {
      const mapped = agencyIds.get(id);
      return mapped === undefined ? [] : [mapped];
    });
    changes.push(
      insertRow('cases', { ...c, id: idFor(c.id), ...(addedLaneIds === undefined ? {} : { addedLaneIds }) }),
    );
  }
  for (const c of project.contacts) {
    const unitCostId = c.unitCostId === null ? null : (unitCostIds.get(c.unitCostId) ?? c.unitCostId);
    const row: Contact = {
      ...c,
      id: idFor(c.id),
      caseId: idFor(c.caseId),
      agencyId: agencyIds.get(c.agencyId) ?? c.agencyId,
      unitCostId,
    };
    changes.push(insertRow('contacts', row));
  }
  for (const l of project.links) {
    const row: Link = {
      ...l,
      id: idFor(l.id),
      caseId: idFor(l.caseId),
      fromContactId: idFor(l.fromContactId),
      toContactId: idFor(l.toContactId),
    };
    changes.push(insertRow('links', row));
  }
  for (const e of project.lifeEvents) {
    const row: LifeEvent = { ...e, id: idFor(e.id), caseId: idFor(e.caseId) };
    changes.push(insertRow('lifeEvents', row));
  }
  // An own measure the store has under the same id and figures is reused; one that differs comes in under a new id.
  const storeMeasures = new Map((store.outcomeMeasures ?? []).map((m) => [m.id, m]));
  const measureIds = new Map<string, string>();
  for (const measure of project.outcomeMeasures ?? []) {
    const existing = storeMeasures.get(measure.id);
    if (existing !== undefined && JSON.stringify(existing) === JSON.stringify(measure)) continue;
    const row = existing === undefined ? measure : { ...measure, id: makeId() };
    changes.push(insertRow('outcomeMeasures', row));
    measureIds.set(measure.id, row.id);
  }
  for (const m of project.outcomes ?? []) {
    const row: OutcomeMeasurement = {
      ...m,
      id: idFor(m.id),
      caseId: idFor(m.caseId),
      measureId: measureIds.get(m.measureId) ?? m.measureId,
    };
    changes.push(insertRow('outcomes', row));
  }

  const names = project.cases.map((c) => c.pseudonym);
  return {
    changeSet: {
      label: `open ${names.length === 1 ? names[0] : `${names.length} cases`} from a project file`,
      changes,
    },
    summary: { cases: names, asCopies, newAgencies, newUnitCosts },
  };
}
