import {
  JOURNEY_TABLES,
  rebaseChange,
  type ChangeSet,
  type RowChange,
} from '../../shared/editing/change-set';
import type { JourneyDatabase } from './journey-database';

/**
 * Writes a change set in one transaction: either every row lands or none does, so an error
 * half-way through an import or a bulk edit leaves the store exactly as it was. Each update is
 * carried onto its row as stored (rebaseChange), and the change set as written is handed back for
 * undo and redo.
 */
export async function applyChangeSet(db: JourneyDatabase, changeSet: ChangeSet): Promise<ChangeSet> {
  return db.transaction(
    'rw',
    JOURNEY_TABLES.map((t) => db.table(t)),
    async () => {
      const changes = await rebasedOnStore(db, changeSet.changes);
      const byTable = new Map<string, Map<string, unknown>>();
      for (const change of changes) {
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
      return { ...changeSet, changes };
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
