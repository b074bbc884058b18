import type { FromBackupWorker, RestorePlan, ToBackupWorker } from './store-backup-protocol';

/**
 * One worker per backup or restore, ended when it answers: a backup's reading and compressing,
 * and a restore's reading and comparing, grow with the store and must never hold up the screen.
 */
function ask(message: ToBackupWorker, transfer: Transferable[] = []): Promise<FromBackupWorker> {
  const worker = new Worker(new URL('./store-backup.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<FromBackupWorker>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FromBackupWorker>) => {
      worker.terminate();
      if (event.data.kind === 'failed') reject(new Error(event.data.message));
      else resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the backup worker stopped'));
    };
    worker.postMessage(message, transfer);
  });
}

export async function backUpInWorker(databaseName: string): Promise<Uint8Array> {
  const answer = await ask({ kind: 'back up', databaseName });
  if (answer.kind !== 'backed up') throw new Error(`unexpected answer from the backup worker: ${answer.kind}`);
  return answer.bytes;
}

export async function planRestoreInWorker(databaseName: string, name: string, bytes: Uint8Array, label: string): Promise<RestorePlan> {
  const answer = await ask({ kind: 'plan restore', databaseName, name, bytes, label });
  if (answer.kind !== 'restore planned') throw new Error(`unexpected answer from the backup worker: ${answer.kind}`);
  return answer.plan;
}
