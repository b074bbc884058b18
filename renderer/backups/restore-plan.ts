import { restoreChangeSet, storeRowsOf } from '../../shared/backup/backups';
import { readBackupFile } from '../../shared/backup/store-backup';
import type { JourneyDatabase } from '../store/journey-database';
import { projectOfStore } from '../store/project-export';
import type { RestorePlan } from './store-backup-protocol';

/**
 * What restoring a backup (or a project file) over today's store changes, as one undoable change
 * set; or why the file cannot be restored. The backup's audit trail comes back only where this
 * store lacks an entry, so every entry made since the backup stays as it is.
 */
export async function restorePlanOf(
  db: JourneyDatabase,
  name: string,
  bytes: Uint8Array,
  label: string,
): Promise<RestorePlan | string> {
  const backup = readBackupFile(bytes);
  if (!backup.ok) return `${name} cannot be read: ${backup.errors.slice(0, 3).join('; ')}`;
  const today = await projectOfStore(db);
  const changeSet = {
    ...restoreChangeSet(storeRowsOf(today), backup.rows, label),
    carriedTrail: { file: name, entries: backup.auditTrail },
  };
  return { changeSet, cases: backup.rows.cases.length };
}
