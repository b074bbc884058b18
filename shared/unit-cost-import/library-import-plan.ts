import type { UnitCost } from '../model';
import { insertRow, updateRow, type ChangeSet } from '../editing/change-set';

/** What an import of published costs will do to the library, shown before anything is written. */
export interface LibraryImportPlan {
  added: UnitCost[];
  updated: Array<{ before: UnitCost; after: UnitCost }>;
  unchanged: UnitCost[];
}

/**
 * What an update takes from the publisher. The entry's name and whether it is retired are the
 * analyst's own (the default library gives "Arrest, no further action" where GMCA writes the whole
 * line), so an update keeps them.
 */
const PUBLISHED_FIELDS = [
  'costBearer',
  'costBearerDetail',
  'unit',
  'publishedUnit',
  'amountPence',
  'priceYear',
  'source',
  'confidence',
  'notes',
  'code',
  'attribution',
] as const;

function samePublishedFacts(a: UnitCost, b: UnitCost): boolean {
  return PUBLISHED_FIELDS.every((field) => a[field] === b[field]);
}

/**
 * Matches incoming entries to the library by cost code (or, for an entry stored before codes were
 * kept, by the id the code gives), so importing the same database twice adds nothing.
 */
export function planLibraryImport(
  library: readonly UnitCost[],
  incoming: readonly UnitCost[],
): LibraryImportPlan {
  const byCode = new Map(library.filter((u) => u.code !== undefined).map((u) => [u.code as string, u]));
  const byId = new Map(library.map((u) => [u.id, u]));
  const plan: LibraryImportPlan = { added: [], updated: [], unchanged: [] };
  for (const entry of incoming) {
    const existing = (entry.code === undefined ? undefined : byCode.get(entry.code)) ?? byId.get(entry.id);
    if (existing === undefined) plan.added.push(entry);
    else if (samePublishedFacts(existing, entry)) plan.unchanged.push(existing);
    else
      plan.updated.push({
        before: existing,
        after: { ...entry, id: existing.id, name: existing.name, retired: existing.retired },
      });
  }
  return plan;
}

/** The whole import as one change set: one undo takes it all back, and the store takes all of it or none. */
export function libraryImportChangeSet(plan: LibraryImportPlan, label: string): ChangeSet {
  return {
    label,
    changes: [
      ...plan.added.map((u) => insertRow('unitCosts', u)),
      ...plan.updated.map(({ before, after }) => updateRow('unitCosts', before, after)),
    ],
  };
}

/** The library after the import, in its order with new entries at the end: what the command line writes. */
export function libraryAfterImport(library: readonly UnitCost[], plan: LibraryImportPlan): UnitCost[] {
  const updated = new Map(plan.updated.map(({ after }) => [after.id, after]));
  return [...library.map((u) => updated.get(u.id) ?? u), ...plan.added];
}
