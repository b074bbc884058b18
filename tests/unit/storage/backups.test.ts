import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createCase } from '../../../shared/editing/journey-edits';
import { restoreChangeSet, storeRowsOf } from '../../../shared/io/backups';
import { parseProjectFileText } from '../../../shared/io/project-file';
import { backUpIfDue } from '../../../renderer/backups/rolling-backups';
import type { BackupStore } from '../../../renderer/platform/platform';
import { applyChangeSet } from '../../../renderer/storage/apply-change-set';
import { JourneyDatabase } from '../../../renderer/storage/journey-database';
import { projectOfStore } from '../../../renderer/storage/project-export';
import { UndoHistory } from '../../../renderer/storage/undo-history';

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

let db: JourneyDatabase;
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('rolling backups of the store', () => {
  it('makes one backup a day, keeps fourteen, and restores one exactly, undoably', async () => {
    db = new JourneyDatabase(`backups-${Date.now()}`);
    const history = new UndoHistory((set) => applyChangeSet(db, set));
    const backups = memoryBackups();
    expect(await backUpIfDue(db, backups, '2026-11-01')).toBeNull();
    await history.perform(createCase({ pseudonym: 'Person A' }));
    for (let day = 1; day <= 16; day += 1) await backUpIfDue(db, backups, `2026-11-${String(day).padStart(2, '0')}`);
    expect(await backUpIfDue(db, backups, '2026-11-16')).toBeNull();
    expect([...backups.files.keys()].sort()[0]).toBe('journey-mapper-backup-2026-11-03.journey.json');
    expect(backups.files.size).toBe(14);

    const saved = await projectOfStore(db);
    await history.perform(createCase({ pseudonym: 'Person B' }));
    const read = parseProjectFileText(new TextDecoder().decode(await backups.read('journey-mapper-backup-2026-11-16.journey.json')));
    if (!read.ok) throw new Error(read.errors.join('; '));
    await history.perform(restoreChangeSet(storeRowsOf(await projectOfStore(db)), storeRowsOf(read.project), 'restore the backup of 16/11/2026'));
    expect((await db.cases.toArray()).map((c) => c.pseudonym)).toEqual(['Person A']);
    expect({ ...(await projectOfStore(db)), exportedAt: '' }).toEqual({ ...saved, exportedAt: '' });
    await history.undo();
    expect((await db.cases.toArray()).map((c) => c.pseudonym).sort()).toEqual(['Person A', 'Person B']);
  });
});
