import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createCase } from '../../../shared/editing/journey-edits';
import { restoreChangeSet, storeRowsOf } from '../../../shared/backup/backups';
import { serialiseProjectFile } from '../../../shared/project/project-file';
import { readBackupFile } from '../../../shared/backup/store-backup';
import { backUpIfDue, type BackupMaker } from '../../../renderer/backups/rolling-backups';
import { storeBackupOf } from '../../../renderer/store/store-backup-of';
import type { BackupStore } from '../../../renderer/platform/platform';
import { BackupDatabase, createBrowserBackups } from '../../../renderer/platform/browser-backups';
import { applyChangeSet } from '../../../renderer/store/apply-change-set';
import { JourneyDatabase } from '../../../renderer/store/journey-database';
import { projectOfStore } from '../../../renderer/store/project-export';
import { UndoHistory } from '../../../renderer/store/undo-history';

function memoryBackups(): BackupStore & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    where: async () => 'memory',
    list: async () => [...files].map(([name, bytes]) => ({ name, size: bytes.byteLength })),
    write: async (name, bytes) => void files.set(name, bytes),
    read: async (name) => files.get(name) ?? Promise.reject(new Error('missing')),
    remove: async (name) => void files.delete(name),
  };
}

/** Pages of three rows, so even a small store is read across several pages, one ending exactly on a page. */
const smallPages: BackupMaker = (db) => storeBackupOf(db, '2026-11-16T06:00:00.000Z', 3);

let db: JourneyDatabase;
afterEach(async () => {
  db.close();
  await db.delete();
});

function restored(bytes: Uint8Array | undefined) {
  if (bytes === undefined) throw new Error('no such backup');
  const read = readBackupFile(bytes);
  if (!read.ok) throw new Error(read.errors.join('; '));
  return read.rows;
}

describe('rolling backups of the store', () => {
  it('makes one backup a day, keeps fourteen, and restores one exactly, undoably', async () => {
    db = new JourneyDatabase(`backups-${Date.now()}`);
    const history = new UndoHistory((set) => applyChangeSet(db, set));
    const backups = memoryBackups();
    expect(await backUpIfDue(db, backups, '2026-11-01', smallPages)).toBeNull();
    await history.perform(createCase({ pseudonym: 'Person A' }));
    for (let day = 1; day <= 16; day += 1)
      await backUpIfDue(db, backups, `2026-11-${String(day).padStart(2, '0')}`, smallPages);
    expect(await backUpIfDue(db, backups, '2026-11-16', smallPages)).toBeNull();
    expect([...backups.files.keys()].sort()[0]).toBe('journey-mapper-backup-2026-11-03.journey-backup.gz');
    expect(backups.files.size).toBe(14);

    const saved = await projectOfStore(db);
    await history.perform(createCase({ pseudonym: 'Person B' }));
    const name = 'journey-mapper-backup-2026-11-16.journey-backup.gz';
    await history.perform(
      restoreChangeSet(
        storeRowsOf(await projectOfStore(db)),
        restored(backups.files.get(name)),
        'restore the backup of 16/11/2026',
      ),
    );
    expect((await db.cases.toArray()).map((c) => c.pseudonym)).toEqual(['Person A']);
    expect({ ...(await projectOfStore(db)), exportedAt: '' }).toEqual({ ...saved, exportedAt: '' });
    await history.undo();
    expect((await db.cases.toArray()).map((c) => c.pseudonym).sort()).toEqual(['Person A', 'Person B']);
  });

  it('reads every row of every table across pages, and still restores a backup made as a project file', async () => {
    db = new JourneyDatabase(`backups-pages-${Date.now()}`);
    const history = new UndoHistory((set) => applyChangeSet(db, set));
    for (const pseudonym of ['A', 'B', 'C', 'D', 'E', 'F']) await history.perform(createCase({ pseudonym }));
    const everything = storeRowsOf(await projectOfStore(db));
    expect(everything.cases.length % 3).toBe(0);
    expect(everything.agencies.length % 3).not.toBe(0);
    expect(restored(await smallPages(db))).toEqual(everything);
    const older = new TextEncoder().encode(serialiseProjectFile(await projectOfStore(db)));
    expect(restored(older)).toEqual(everything);
  });
});

describe('browser backups', () => {
  it('upgrades backups stored by version 1, listing their sizes without reading them', async () => {
    const name = `backup-store-${Date.now()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ backups: 'name' });
    await v1.table('backups').bulkPut([
      { name: 'journey-mapper-backup-2026-11-15.journey.json', bytes: new Uint8Array(1_234) },
      { name: 'journey-mapper-backup-2026-11-16.journey.json', bytes: new Uint8Array(56) },
    ]);
    v1.close();
    const upgraded = new BackupDatabase(name);
    const backups = createBrowserBackups(upgraded);
    expect((await backups.list()).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'journey-mapper-backup-2026-11-15.journey.json', size: 1_234 },
      { name: 'journey-mapper-backup-2026-11-16.journey.json', size: 56 },
    ]);
    await backups.write('journey-mapper-backup-2026-11-17.journey-backup.gz', new Uint8Array(7));
    await backups.remove('journey-mapper-backup-2026-11-15.journey.json');
    expect((await backups.list()).map((b) => `${b.name} ${b.size}`).sort()).toEqual([
      'journey-mapper-backup-2026-11-16.journey.json 56',
      'journey-mapper-backup-2026-11-17.journey-backup.gz 7',
    ]);
    expect(await backups.read('journey-mapper-backup-2026-11-17.journey-backup.gz')).toEqual(
      new Uint8Array(7),
    );
    upgraded.close();
    await Dexie.delete(name);
  });
});
