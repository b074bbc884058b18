import { backupFileName, backupsToDelete, isBackupDue } from '../../shared/io/backups';
import { serialiseProjectFile } from '../../shared/io/project-file';
import type { BackupStore } from '../platform/platform';
import type { JourneyDatabase } from '../storage/journey-database';
import { projectOfStore } from '../storage/project-export';

/** Today's local calendar date: a backup belongs to the user's day, not to UTC's. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Writes today's backup of the whole store (replacing one already made today) and prunes old ones. */
export async function backUpNow(db: JourneyDatabase, backups: BackupStore, today = localToday()): Promise<string> {
  const name = backupFileName(today);
  await backups.write(name, new TextEncoder().encode(serialiseProjectFile(await projectOfStore(db))));
  for (const old of backupsToDelete((await backups.list()).map((b) => b.name))) await backups.remove(old);
  return name;
}

/** The daily backup, made when the app starts or runs past midnight and none exists for today. */
export async function backUpIfDue(db: JourneyDatabase, backups: BackupStore, today = localToday()): Promise<string | null> {
  if (!isBackupDue((await backups.list()).map((b) => b.name), today)) return null;
  if ((await db.cases.count()) === 0) return null;
  return backUpNow(db, backups, today);
}
