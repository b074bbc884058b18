/// <reference lib="webworker" />
import { storeBackupOf } from '../store/store-backup-of';
import { withStore } from '../store/worker-connections';
import { serveWorker, transferred } from '../worker-rpc/worker-rpc';
import type { StoreBackupApi } from './store-backup-protocol';
import { restorePlanOf } from './restore-plan';

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
    const plan = await withStore(databaseName, (db) => restorePlanOf(db, name, bytes, label));
    return typeof plan === 'string' ? { ok: false, message: plan } : { ok: true, plan };
  },
};

serveWorker(api);
