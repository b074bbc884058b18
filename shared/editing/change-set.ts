/**
 * Every edit is a change set: the before- and after-image of each row it touches. Applying the
 * inverse restores the store exactly, so undo/redo works the same for one field or a whole import,
 * and it survives being stored because it holds plain rows, not closures.
 */
export const JOURNEY_TABLES = ['cases', 'agencies', 'contacts', 'links', 'lifeEvents', 'unitCosts', 'categories', 'outcomes', 'outcomeMeasures'] as const;
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
    changes: [...changeSet.changes].reverse().map((c) => ({ table: c.table, key: c.key, before: c.after, after: c.before })),
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
