import { UnitCost, newId } from '../model';
import { deleteRow, insertRow, updateRow, type ChangeSet } from './change-set';

export type UnitCostFields = Omit<UnitCost, 'id' | 'retired'>;

export function addUnitCost(fields: UnitCostFields): ChangeSet {
  const row = UnitCost.parse({ ...fields, id: newId(), retired: false });
  return { label: `add unit cost ${row.name}`, changes: [insertRow('unitCosts', row)] };
}

export function updateUnitCost(before: UnitCost, fields: Partial<UnitCostFields>): ChangeSet {
  const after = UnitCost.parse({ ...before, ...fields, id: before.id });
  return { label: `edit unit cost ${after.name}`, changes: [updateRow('unitCosts', before, after)] };
}

/** Retiring hides an entry from new contacts while the contacts already priced by it keep their cost. */
export function setUnitCostRetired(before: UnitCost, retired: boolean): ChangeSet {
  return {
    label: `${retired ? 'retire' : 'restore'} unit cost ${before.name}`,
    changes: [updateRow('unitCosts', before, { ...before, retired })],
  };
}

/** Only for entries no contact uses; the caller checks, and the screen offers "retire" instead. */
export function deleteUnitCost(row: UnitCost): ChangeSet {
  return { label: `delete unit cost ${row.name}`, changes: [deleteRow('unitCosts', row)] };
}

/** Adds library entries not already present (by id) in one undoable step, e.g. an imported library. */
export function addUnitCosts(rows: UnitCost[], existingIds: Set<string>, label: string): ChangeSet {
  return {
    label,
    changes: rows.filter((r) => !existingIds.has(r.id)).map((r) => insertRow('unitCosts', UnitCost.parse(r))),
  };
}
