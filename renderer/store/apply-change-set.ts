import { auditEntriesOf, summaryEntry, type AuditStamp } from '../../shared/audit/audit-entries';
import type { AuditEntry } from '../../shared/audit/audit-entry';
import {
  JOURNEY_TABLES,
  rebaseChange,
  type ChangeSet,
  type RowChange,
} from '../../shared/editing/change-set';
import { nowTimestamp } from '../../shared/model';
import { AUDIT_TRAIL, entriesNotHeld } from './audit-trail';
import type { JourneyDatabase } from './journey-database';

/** The trail a change set adds: its own entries, then those its file carried that the store lacks, marked as imported. */
async function trailOf(
  db: JourneyDatabase,
  changeSet: ChangeSet,
  step: string,
  stamp: AuditStamp,
): Promise<AuditEntry[]> {
  const own =
    changeSet.auditAs === undefined
      ? auditEntriesOf(changeSet, step, stamp)
      : [summaryEntry(step, stamp, { ...changeSet.auditAs, entityId: changeSet.auditAs.caseId })];
  const carried = changeSet.carriedTrail?.entries ?? [];
  if (changeSet.carriedTrail === undefined || carried.length === 0) return own;
  const held = await db.auditTrail.bulkGet(carried.map((e) => e.id));
  const importedFrom = { file: changeSet.carriedTrail.file, at: stamp.at, by: stamp.who };
  return [...own, ...entriesNotHeld(carried, held).map((entry) => ({ ...entry, importedFrom }))];
}

/**
 * Writes a change set in one transaction: either every row lands or none does, so an error
 * half-way through an import or a bulk edit leaves the store exactly as it was. Each update is
 * carried onto its row as stored (rebaseChange); the audit trail entries of the change as written
 * are added in the same transaction, named by `step` ("undo edit contact" when undoing); and the
 * change set as written is handed back for undo and redo.
 */
export async function applyChangeSet(
  db: JourneyDatabase,
  changeSet: ChangeSet,
  step: string = changeSet.label,
): Promise<ChangeSet> {
  const stamp = { at: nowTimestamp(), who: db.analystName };
  return db.transaction(
    'rw',
    [...JOURNEY_TABLES, AUDIT_TRAIL].map((t) => db.table(t)),
    async () => {
      const written: ChangeSet = { ...changeSet, changes: await rebasedOnStore(db, changeSet.changes) };
      const byTable = new Map<string, Map<string, unknown>>();
      for (const change of written.changes) {
        let rows = byTable.get(change.table);
        if (rows === undefined) {
          rows = new Map();
          byTable.set(change.table, rows);
        }
        rows.set(change.key, change.after);
      }
      for (const [tableName, rows] of byTable) {
        const table = db.table(tableName);
        const deletions: string[] = [];
        const puts: unknown[] = [];
        for (const [key, after] of rows) {
          if (after === null) deletions.push(key);
          else puts.push(after);
        }
        if (deletions.length > 0) await table.bulkDelete(deletions);
        if (puts.length > 0) await table.bulkPut(puts);
      }
      const trail = await trailOf(db, written, step, stamp);
      if (trail.length > 0) await db.auditTrail.bulkAdd(trail);
      return written;
    },
  );
}

/** Only updates are read back: an import of new rows costs no extra reads. */
async function rebasedOnStore(db: JourneyDatabase, changes: readonly RowChange[]): Promise<RowChange[]> {
  const updateKeys = new Map<string, string[]>();
  for (const change of changes) {
    if (change.before === null || change.after === null) continue;
    updateKeys.set(change.table, [...(updateKeys.get(change.table) ?? []), change.key]);
  }
  if (updateKeys.size === 0) return [...changes];
  const stored = new Map<string, unknown>();
  for (const [table, keys] of updateKeys) {
    const rows = await db.table(table).bulkGet(keys);
    keys.forEach((key, i) => stored.set(`${table}\u0000${key}`, rows[i]));
  }
  return changes.map((change) => rebaseChange(change, stored.get(`${change.table}\u0000${change.key}`)));
}
