import { readFileSync } from 'node:fs';
import { gunzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { backupWithoutCase } from '../../../shared/backup/backup-erasure';
import { storeRowsOf } from '../../../shared/backup/backups';
import { parseProjectFileText } from '../../../shared/project/project-file';
import { readStoreBackup, storeBackupBytes } from '../../../shared/backup/store-backup';

const read = parseProjectFileText(readFileSync('samples/projects/cohort-30.journey.json', 'utf8'));
if (!read.ok) throw new Error('sample unreadable');
const rows = storeRowsOf(read.project);
const backup = storeBackupBytes(rows, '2026-12-01T06:00:00.000Z');

describe('erasing a case from a backup', () => {
  it('drops the case and every row of it, keeps everything else exactly, and the backup stays valid', () => {
    const gone = read.project.cases[3];
    const result = backupWithoutCase(backup, gone.id);
    if (result.kind !== 'rewritten') throw new Error(result.kind);
    const text = new TextDecoder().decode(gunzipSync(result.bytes));
    expect(text).not.toContain(gone.id);
    expect(text).not.toContain(`"${gone.pseudonym}"`);
    const back = readStoreBackup(result.bytes);
    if (!back.ok) throw new Error(back.errors.join('; '));
    expect(back.exportedAt).toBe('2026-12-01T06:00:00.000Z');
    expect(back.rows.cases).toEqual(rows.cases.filter((c) => c.id !== gone.id));
    const ofCase = (list: Array<{ id: string }>) =>
      list.filter((r) => (r as unknown as { caseId: string }).caseId === gone.id).length;
    expect(ofCase(rows.contacts)).toBeGreaterThan(0);
    expect(result.rows).toBe(1 + ofCase(rows.contacts) + ofCase(rows.links) + ofCase(rows.lifeEvents));
    expect(back.rows.contacts).toHaveLength(rows.contacts.length - ofCase(rows.contacts));
    expect(back.rows.unitCosts).toEqual(rows.unitCosts);
  });

  it('leaves a backup without the case alone, and reports one it cannot read', () => {
    expect(backupWithoutCase(backup, 'no-such-case')).toEqual({ kind: 'not in it' });
    expect(backupWithoutCase(new TextEncoder().encode('not a backup'), 'x').kind).toBe('unreadable');
  });
});
