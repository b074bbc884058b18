import { auditEntriesOf, summaryEntry, type AuditStamp } from '../../shared/audit/audit-entries';
import type { AuditEntry } from '../../shared/audit/audit-entry';
import { JOURNEY_TABLES, type ChangeSet } from '../../shared/editing/change-set';
import { nowTimestamp } from '../../shared/model';
import { AUDIT_TRAIL, entriesNotHeld } from './audit-trail';
import type { JourneyDatabase } from './journey-database';

/** The trail a change set adds: its own entries, then those its file carried that the store lacks, marked as imported. */
async function trailOf(db: JourneyDatabase, changeSet: ChangeSet, step: string, stamp: AuditStamp): Promise<AuditEntry[]> {
  const own = changeSet.auditAs === undefined ? auditEntriesOf(changeSet, step, stamp) : [summaryEntry(step, stamp, { ...changeSet.auditAs, entityId: changeSet.auditAs.caseId })];
  const carried = changeSet.carriedTrail?.entries ?? [];
  if (changeSet.carriedTrail === undefined || carried.length === 0) return own;
  const held = await db.auditTrail.bulkGet(carried.map((e) => e.id));
  const importedFrom = { file: changeSet.carriedTrail.file, at: stamp.at, by: stamp.who };
  return [...own, ...entriesNotHeld(carried, held).map((entry) => ({ ...entry, importedFrom }))];
}

/**
 * Writes a change set in one transaction: either every row lands or none does, so an error
 * half-way through an import or a bulk edit leaves the store exactly as it was. Its audit trail
 * entries are added in the same transaction, named by `step` ("undo edit contact" when undoing).
 */
export async function applyChangeSet(db: JourneyDatabase, changeSet: ChangeSet, step: string = changeSet.label): Promise<void> {
  const byTable = new Map<string, Map<string, unknown>>();
  for (const change of changeSet.changes) {
    let rows = byTable.get(change.table);
    if (rows === undefined) {
      rows = new Map();
      byTable.set(change.table, rows);
    }
    rows.set(change.key, change.after);
  }
  const stamp = { at: nowTimestamp(), who: db.analystName };
  await db.transaction('rw', [...JOURNEY_TABLES, AUDIT_TRAIL].map((t) => db.table(t)), async () => {
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
    const trail = await trailOf(db, changeSet, step, stamp);
    if (trail.length > 0) await db.auditTrail.bulkAdd(trail);
  });
}
