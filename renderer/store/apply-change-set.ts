import { JOURNEY_TABLES, type ChangeSet } from '../../shared/editing/change-set';
import type { JourneyDatabase } from './journey-database';

/**
 * Writes a change set in one transaction: either every row lands or none does, so an error
 * half-way through an import or a bulk edit leaves the store exactly as it was.
 */
export async function applyChangeSet(db: JourneyDatabase, changeSet: ChangeSet): Promise<void> {
  const byTable = new Map<string, Map<string, unknown>>();
  for (const change of changeSet.changes) {
    let rows = byTable.get(change.table);
    if (rows === undefined) {
      rows = new Map();
      byTable.set(change.table, rows);
    }
    rows.set(change.key, change.after);
  }
  await db.transaction('rw', JOURNEY_TABLES.map((t) => db.table(t)), async () => {
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
  });
}
