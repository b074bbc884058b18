import type { AuditAction, AuditEntry, AuditedEntity, FieldChange } from '../audit/audit-entry';
import { JOURNEY_TABLES, type JourneyTable } from './journey-tables';

export { JOURNEY_TABLES, type JourneyTable };

/**
 * Every edit is a change set: the before- and after-image of each row it touches. Applying the
 * inverse restores the store exactly, so undo/redo works the same for one field or a whole import,
 * and it survives being stored because it holds plain rows, not closures.
 */
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
