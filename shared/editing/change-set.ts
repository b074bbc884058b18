/**
 * Every edit is a change set: the before- and after-image of each row it touches. Applying the
 * inverse restores the store exactly, so undo/redo works the same for one field or a whole import,
 * and it survives being stored because it holds plain rows, not closures.
 */
export const JOURNEY_TABLES = [
  'cases',
  'agencies',
  'contacts',
  'links',
  'lifeEvents',
  'unitCosts',
  'categories',
  'outcomes',
  'outcomeMeasures',
] as const;
export type JourneyTable = (typeof JOURNEY_TABLES)[number];

export interface RowChange {
  table: JourneyTable;
  key: string;
  before: unknown;
  after: unknown;
}

export interface ChangeSet {
  /** In the users' words, shown as "Undo add contact". */
  label: string;
  changes: RowChange[];
}

export function invertChangeSet(changeSet: ChangeSet): ChangeSet {
  return {
    label: changeSet.label,
    changes: [...changeSet.changes]
      .reverse()
      .map((c) => ({ table: c.table, key: c.key, before: c.after, after: c.before })),
  };
}

export function isEmptyChangeSet(changeSet: ChangeSet): boolean {
  return changeSet.changes.length === 0;
}

export function insertRow(table: JourneyTable, row: { id: string }): RowChange {
  return { table, key: row.id, before: null, after: row };
}

export function updateRow<T extends { id: string }>(table: JourneyTable, before: T, after: T): RowChange {
  return { table, key: before.id, before, after };
}

export function deleteRow(table: JourneyTable, row: { id: string }): RowChange {
  return { table, key: row.id, before: row, after: null };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * An update is built from the row a screen showed, which may be older than the row as stored: a
 * second quick edit of one case can be built before the first has been written and shown. Written
 * whole, it would put back the fields the first edit changed. So an update carries onto the stored
 * row only the fields it changed, and its before-image becomes the stored row, so that undoing it
 * restores exactly what was there.
 */
export function rebaseChange(change: RowChange, stored: unknown): RowChange {
  if (change.before === null || change.after === null || stored === undefined || stored === null)
    return change;
  if (sameValue(stored, change.before)) return change;
  const before = change.before as Record<string, unknown>;
  const after = change.after as Record<string, unknown>;
  const rebased: Record<string, unknown> = { ...(stored as Record<string, unknown>) };
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (sameValue(before[field], after[field])) continue;
    if (field in after) rebased[field] = after[field];
    else delete rebased[field];
  }
  return { ...change, before: stored, after: rebased };
}
