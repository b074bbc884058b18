import { backupFileName, backupsToDelete, isBackupDue } from '../../shared/backup/backups';
import type { BackupStore } from '../platform/platform';
import { countCases } from '../store/case-repository';
import type { JourneyDatabase } from '../store/journey-database';
import { databaseNameOf } from '../store/worker-connections';
import { backUpInWorker } from './store-backup-client';

/** Today's local calendar date: a backup belongs to the user's day, not to UTC's. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Makes the backup's bytes: in a worker in the app; tests hand in storeBackupOf, which Node runs as it is. */
export type BackupMaker = (db: JourneyDatabase) => Promise<Uint8Array>;

const inWorker: BackupMaker = (db) => backUpInWorker(databaseNameOf(db));

/** Writes today's backup of the whole store (replacing one already made today) and prunes old ones. */
export async function backUpNow(
  db: JourneyDatabase,
  backups: BackupStore,
  today = localToday(),
  makeBackup = inWorker,
): Promise<string> {
  const name = backupFileName(today);
  await backups.write(name, await makeBackup(db));
  for (const old of backupsToDelete(
    (await backups.list()).map((b) => b.name),
    name,
  ))
    await backups.remove(old);
  return name;
}

/** The daily backup, made when the app starts or runs past midnight and none exists for today. */
export async function backUpIfDue(
  db: JourneyDatabase,
  backups: BackupStore,
  today = localToday(),
  makeBackup = inWorker,
): Promise<string | null> {
  if (
    !isBackupDue(
      (await backups.list()).map((b) => b.name),
      today,
    )
  )
    return null;
  if ((await countCases(db)) === 0) return null;
  return backUpNow(db, backups, today, makeBackup);
}
