import Dexie, { type EntityTable } from 'dexie';
import type { BackupStore } from './platform';

interface BackupRow {
  name: string;
  bytes: Uint8Array;
}

/**
 * In a browser the backups sit in their own IndexedDB database beside the case store. They survive
 * a broken or wrongly restored store, but not the browser clearing the site's data: that is what
 * "Export everything" is for.
 */
class BackupDatabase extends Dexie {
  backups!: EntityTable<BackupRow, 'name'>;

  constructor() {
    super('journey-mapper-backups');
    this.version(1).stores({ backups: 'name' });
  }
}

export function createBrowserBackups(): BackupStore {
  const db = new BackupDatabase();
  return {
    where: async () => 'this browser’s storage for this site',
    list: async () => (await db.backups.toArray()).map((b) => ({ name: b.name, size: b.bytes.byteLength })),
    write: async (name, bytes) => {
      await db.backups.put({ name, bytes });
    },
    read: async (name) => {
      const row = await db.backups.get(name);
      if (row === undefined) throw new Error(`there is no backup called ${name}`);
      return row.bytes;
    },
    remove: (name) => db.backups.delete(name),
  };
}
