/// <reference lib="webworker" />
import { JourneyDatabase } from '../storage/journey-database';
import { restorePlanOf } from './restore-plan';
import { storeBackupOf } from './store-backup-of';
import { ToBackupWorker, type FromBackupWorker } from './store-backup-protocol';

const reply = (message: FromBackupWorker, transfer: Transferable[] = []) => self.postMessage(message, transfer);

async function withStore<T>(databaseName: string, work: (db: JourneyDatabase) => Promise<T>): Promise<T> {
  const db = new JourneyDatabase(databaseName);
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

/**
 * Reading a backup, reading today's store and comparing the two are the slow parts of a restore
 * (seconds at a million contacts): all done here, so the screen only applies what differs.
 */
async function planRestore(message: Extract<ToBackupWorker, { kind: 'plan restore' }>): Promise<FromBackupWorker> {
  const plan = await withStore(message.databaseName, (db) => restorePlanOf(db, message.name, message.bytes, message.label));
  return typeof plan === 'string' ? { kind: 'failed', message: plan } : { kind: 'restore planned', plan };
}

self.onmessage = async (event: MessageEvent<unknown>) => {
  const request = ToBackupWorker.safeParse(event.data);
  if (!request.success) return reply({ kind: 'failed', message: 'the backup worker was sent a request it does not know' });
  const message = request.data;
  try {
    if (message.kind === 'plan restore') return reply(await planRestore(message));
    const bytes = await withStore(message.databaseName, (db) => storeBackupOf(db));
    reply({ kind: 'backed up', bytes }, [bytes.buffer]);
  } catch (error) {
    reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
