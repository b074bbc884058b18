import { backupWithoutCase } from '../../shared/backup/backup-erasure';
import type { BackupStore } from '../platform/platform';

export interface ErasureResult {
  rewritten: number;
  unreadable: string[];
}

/**
 * Rewrites every rolling backup that holds the case without it. Each backup is replaced whole
 * (atomically on the desktop, in one IndexedDB write in a browser), so a failure part-way leaves
 * each backup either as it was or without the case, never half-written.
 */
export async function eraseFromBackups(backups: BackupStore, caseId: string): Promise<ErasureResult> {
  const result: ErasureResult = { rewritten: 0, unreadable: [] };
  for (const { name } of await backups.list()) {
    const erased = backupWithoutCase(await backups.read(name), caseId);
    if (erased.kind === 'rewritten') {
      await backups.write(name, erased.bytes);
      result.rewritten += 1;
    } else if (erased.kind === 'unreadable') result.unreadable.push(name);
  }
  return result;
}
