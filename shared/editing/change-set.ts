import type { AuditAction, AuditEntry, AuditedEntity, FieldChange } from '../audit/audit-entry';

/**
 * Every edit is a change set: the before- and after-image of each row it touches. Applying the
 * inverse restores the store exactly, so undo/redo works the same for one field or a whole import,
 * and it survives being stored because it holds plain rows, not closures.
 */
export const JOURNEY_TABLES = ['cases', 'agencies', 'contacts', 'links', 'lifeEvents', 'unitCosts', 'categories'] as const;
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
  /**
   * How the audit trail records it: row by row with each field before and after (the default),
   * or, for a restore or an opened file that may hold a whole store, as one entry of counts.
   */
  auditAs?: ChangeSetSummary;
  /** Audit entries that came with the file this change set reads: added if the store lacks them, never replacing one, and marked as imported from `file`. */
  carriedTrail?: { file: string; entries: AuditEntry[] };
}

/** One audit entry standing for the whole change set. */
export interface ChangeSetSummary {
  action: AuditAction;
  caseId: string | null;
  entity: AuditedEntity;
  changes: FieldChange[];
}

export function invertChangeSet(changeSet: ChangeSet): ChangeSet {
  return {
    label: changeSet.label,
    ...(changeSet.auditAs === undefined ? {} : { auditAs: changeSet.auditAs }),
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
