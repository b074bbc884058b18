import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { invertChangeSet } from '../../../shared/editing/change-set';
import {
  backupDay,
  backupFileName,
  backupsToDelete,
  isBackupDue,
  restoreChangeSet,
  storeRowsOf,
  type StoreRows,
} from '../../../shared/backup/backups';
import { parseProjectFileText } from '../../../shared/project/project-file';

const read = parseProjectFileText(readFileSync('samples/projects/costing-demo.journey.json', 'utf8'));
if (!read.ok) throw new Error('sample unreadable');
const backup = storeRowsOf(read.project);

function apply(rows: StoreRows, changes: ReturnType<typeof restoreChangeSet>): StoreRows {
  const result = Object.fromEntries(
    Object.entries(rows).map(([t, list]) => [t, new Map(list.map((r) => [r.id, r]))]),
  ) as Record<string, Map<string, { id: string }>>;
  for (const c of changes.changes) {
    if (c.after === null) result[c.table].delete(c.key);
    else result[c.table].set(c.key, c.after as { id: string });
  }
  return Object.fromEntries(
    Object.entries(result).map(([t, m]) => [t, [...m.values()].sort((a, b) => a.id.localeCompare(b.id))]),
  ) as StoreRows;
}
const sorted = (rows: StoreRows) =>
  Object.fromEntries(
    Object.entries(rows).map(([t, list]) => [t, [...list].sort((a, b) => a.id.localeCompare(b.id))]),
  );

describe('rolling backups', () => {
  it('is due once a day and keeps the newest fourteen', () => {
    const names = Array.from({ length: 16 }, (_, i) =>
      backupFileName(`2026-11-${String(i + 1).padStart(2, '0')}`),
    );
    expect(isBackupDue(names, '2026-11-16')).toBe(false);
    expect(isBackupDue(names, '2026-11-17')).toBe(true);
    expect(backupsToDelete([...names, 'notes.txt'], names[15])).toEqual([
      backupFileName('2026-11-01'),
      backupFileName('2026-11-02'),
    ]);
  });

  it('lists backups of both formats by day, and today’s new backup replaces an older-format one of the same day', () => {
    const older = 'journey-mapper-backup-2026-11-16.journey.json';
    expect(backupDay(older)).toBe('2026-11-16');
    expect(backupDay('journey-mapper-backup-2026-11-16.journey-backup.gz.exe')).toBeNull();
    expect(
      backupsToDelete(
        [older, backupFileName('2026-11-16'), 'journey-mapper-backup-2026-11-15.journey.json'],
        backupFileName('2026-11-16'),
      ),
    ).toEqual([older]);
  });

  it('restores exactly the backup, and undoing the restore gives back today’s store', () => {
    const today: StoreRows = {
      ...backup,
      cases: [
        ...backup.cases,
        { ...backup.cases[0], id: 'new-case', pseudonym: 'Added since' } as StoreRows['cases'][number],
      ],
      contacts: backup.contacts.slice(1).map((c, i) => (i === 0 ? { ...c, description: 'edited since' } : c)),
    };
    const restore = restoreChangeSet(today, backup, 'restore the backup of 2026-11-24');
    expect(
      restore.changes
        .map((c) => `${c.table}:${c.before === null ? 'insert' : c.after === null ? 'delete' : 'update'}`)
        .sort(),
    ).toEqual(['cases:delete', 'contacts:insert', 'contacts:update']);
    expect(apply(today, restore)).toEqual(sorted(backup));
    expect(apply(apply(today, restore), invertChangeSet(restore))).toEqual(sorted(today));
  });
});
