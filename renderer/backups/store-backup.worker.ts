/// <reference lib="webworker" />
import { readBackupFile } from '../../shared/io/store-backup';
import { JourneyDatabase } from '../storage/journey-database';
import { storeBackupOf } from './store-backup-of';
import { ToBackupWorker, type FromBackupWorker } from './store-backup-protocol';

const reply = (message: FromBackupWorker, transfer: Transferable[] = []) => self.postMessage(message, transfer);

function readBackup(name: string, bytes: Uint8Array): FromBackupWorker {
  const read = readBackupFile(name, bytes);
  return read.ok ? { kind: 'read', rows: read.rows } : { kind: 'failed', message: `the backup ${name} cannot be read: ${read.errors.slice(0, 3).join('; ')}` };
}

self.onmessage = async (event: MessageEvent<unknown>) => {
  const request = ToBackupWorker.safeParse(event.data);
  if (!request.success) return reply({ kind: 'failed', message: 'the backup worker was sent a request it does not know' });
  const message = request.data;
  try {
    if (message.kind === 'read') return reply(readBackup(message.name, message.bytes));
    const db = new JourneyDatabase(message.databaseName);
    try {
      const bytes = await storeBackupOf(db);
      reply({ kind: 'backed up', bytes }, [bytes.buffer]);
    } finally {
      db.close();
    }
  } catch (error) {
    reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
