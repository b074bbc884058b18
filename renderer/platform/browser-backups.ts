import Dexie, { type EntityTable } from 'dexie';
import type { BackupStore } from './platform';

interface BackupRow {
  name: string;
  bytes: Uint8Array;
}

interface BackupSize {
  name: string;
  size: number;
}

const BACKUP_DATABASE_NAME = 'journey-mapper-backups';

/**
 * In a browser the backups sit in their own IndexedDB database beside the case store. They survive
 * a broken or wrongly restored store, but not the browser clearing the site's data: that is what
 * "Export everything" is for.
 */
export class BackupDatabase extends Dexie {
  backups!: EntityTable<BackupRow, 'name'>;
  sizes!: EntityTable<BackupSize, 'name'>;

  constructor(name = BACKUP_DATABASE_NAME) {
    super(name);
    this.version(1).stores({ backups: 'name' });
    // Each backup's size beside it, so listing the backups never reads fourteen whole stores.
    this.version(2)
      .stores({ sizes: 'name' })
      .upgrade(async (tx) => {
        const sizes: BackupSize[] = [];
        await tx
          .table<BackupRow>('backups')
          .each((b) => sizes.push({ name: b.name, size: b.bytes.byteLength }));
        await tx.table('sizes').bulkPut(sizes);
      });
  }
}

export function createBrowserBackups(db = new BackupDatabase()): BackupStore {
  return {
    where: async () => 'this browser’s storage for this site',
    list: () => db.sizes.toArray(),
    write: (name, bytes) =>
      db.transaction('rw', db.backups, db.sizes, async () => {
        await db.backups.put({ name, bytes });
        await db.sizes.put({ name, size: bytes.byteLength });
      }),
    read: async (name) => {
      const row = await db.backups.get(name);
      if (row === undefined) throw new Error(`there is no backup called ${name}`);
      return row.bytes;
    },
    remove: (name) =>
      db.transaction('rw', db.backups, db.sizes, async () => {
        await db.backups.delete(name);
        await db.sizes.delete(name);
      }),
  };
}
