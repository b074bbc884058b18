import { JOURNEY_TABLES } from '../editing/change-set';
import type { StoreRows } from './backups';
import { readBackupFile, storeBackupBytes } from './store-backup';

/** What erasing a case from one backup found. */
export type BackupErasure =
  | { kind: 'rewritten'; bytes: Uint8Array; rows: number }
  | { kind: 'not in it' }
  | { kind: 'unreadable'; error: string };

/** The tables whose rows belong to one case (through caseId); the case row itself goes by its id. */
const belongsTo = (caseId: string) => (row: { id: string }) =>
  (row as { caseId?: unknown }).caseId === caseId;

/**
 * A backup without one case: its row and every contact, link and life event of it. The rest
 * (agencies, unit costs, categories, other cases) is kept exactly; the backup keeps its date.
 * Rewritten only when the case is in it, so an erasure never touches backups it need not.
 */
export function backupWithoutCase(bytes: Uint8Array, caseId: string): BackupErasure {
  const read = readBackupFile(bytes);
  if (!read.ok) return { kind: 'unreadable', error: read.errors.slice(0, 3).join('; ') };
  const inCase = belongsTo(caseId);
  const kept = Object.fromEntries(
    JOURNEY_TABLES.map((table) => [
      table,
      read.rows[table].filter((row) => !(table === 'cases' ? row.id === caseId : inCase(row))),
    ]),
  ) as StoreRows;
  const removed = JOURNEY_TABLES.reduce((sum, t) => sum + read.rows[t].length - kept[t].length, 0);
  if (removed === 0) return { kind: 'not in it' };
  return { kind: 'rewritten', bytes: storeBackupBytes(kept, read.exportedAt), rows: removed };
}
