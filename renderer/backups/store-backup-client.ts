import { WorkerClient } from '../worker-rpc/worker-rpc';
import {
  BackedUpReply,
  PlannedRestoreReply,
  type RestorePlan,
  type StoreBackupApi,
} from './store-backup-protocol';

/**
 * One worker per backup or restore, ended when it answers: a backup's reading and compressing,
 * and a restore's reading and comparing, grow with the store and must never hold up the screen.
 */
async function inWorker<T>(ask: (client: WorkerClient<StoreBackupApi>) => Promise<T>): Promise<T> {
  const client = new WorkerClient<StoreBackupApi>(
    'backup',
    () => new Worker(new URL('./store-backup.worker.ts', import.meta.url), { type: 'module' }),
  );
  try {
    return await ask(client);
  } finally {
    client.end(new Error('the backup worker was ended'));
  }
}

export function backUpInWorker(databaseName: string): Promise<Uint8Array> {
  return inWorker((client) => client.call(BackedUpReply, (api) => api.backUp(databaseName)));
}

export async function planRestoreInWorker(
  databaseName: string,
  name: string,
  bytes: Uint8Array,
  label: string,
): Promise<RestorePlan> {
  const planned = await inWorker((client) =>
    client.call(PlannedRestoreReply, (api) => api.planRestore(databaseName, name, bytes, label)),
  );
  if (!planned.ok) throw new Error(planned.message);
  return planned.plan;
}
