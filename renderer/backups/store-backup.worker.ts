/// <reference lib="webworker" />
import { restoreChangeSet, storeRowsOf } from '../../shared/backup/backups';
import { readBackupFile } from '../../shared/backup/store-backup';
import { projectOfStore } from '../store/project-export';
import { storeBackupOf } from '../store/store-backup-of';
import { withStore } from '../store/worker-connections';
import { serveWorker, transferred } from '../worker-rpc/worker-rpc';
import type { StoreBackupApi } from './store-backup-protocol';

const api: StoreBackupApi = {
  async backUp(databaseName) {
    const bytes = await withStore(databaseName, (db) => storeBackupOf(db));
    return transferred(bytes, [bytes.buffer]);
  },

  /**
   * Reading a backup, reading today's store and comparing the two are the slow parts of a restore,
   * growing with the store: all done here, so the screen only applies what differs.
   */
  async planRestore(databaseName, name, bytes, label) {
    const backup = readBackupFile(bytes);
    if (!backup.ok)
      return { ok: false, message: `${name} cannot be read: ${backup.errors.slice(0, 3).join('; ')}` };
    const today = await withStore(databaseName, projectOfStore);
    return {
      ok: true,
      plan: {
        changeSet: restoreChangeSet(storeRowsOf(today), backup.rows, label),
        cases: backup.rows.cases.length,
      },
    };
  },
};

serveWorker(api);
