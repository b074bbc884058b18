import {
  JOURNEY_TABLES,
  deleteRow,
  insertRow,
  updateRow,
  type ChangeSet,
  type JourneyTable,
} from '../editing/change-set';
import type { ProjectFile } from '../project/project-file';

/**
 * Rolling backups: one whole-store backup a day, the newest fourteen kept. Backups are gzipped
 * store backups (store-backup.ts); those made before were project files (.journey.json) and are
 * still listed, restored and pruned.
 */
export const BACKUPS_KEPT = 14;
export const BACKUP_NAME = /^journey-mapper-backup-(\d{4}-\d{2}-\d{2})\.(journey-backup\.gz|journey\.json)$/;

export const backupFileName = (day: string): string => `journey-mapper-backup-${day}.journey-backup.gz`;
export const backupDay = (name: string): string | null => BACKUP_NAME.exec(name)?.[1] ?? null;

/** A backup is due when there is none for today (the local calendar date, yyyy-mm-dd). */
export function isBackupDue(existing: string[], today: string): boolean {
  return !existing.some((name) => backupDay(name) === today);
}

/**
 * What to delete once `written` is saved: another backup of its day (an older format's), and
 * the days beyond the newest BACKUPS_KEPT, oldest first. Names that are not backups are never touched.
 */
export function backupsToDelete(existing: string[], written: string, kept = BACKUPS_KEPT): string[] {
  const day = backupDay(written);
  const sameDay = existing.filter((name) => name !== written && backupDay(name) === day);
  const backups = existing.filter((name) => backupDay(name) !== null && !sameDay.includes(name)).sort();
  return [...sameDay, ...backups.slice(0, Math.max(0, backups.length - kept))];
}

/** Every row the store holds, by table, as a backup or a restore sees it. */
export type StoreRows = Record<JourneyTable, Array<{ id: string }>>;

export function storeRowsOf(project: ProjectFile): StoreRows {
  return {
    cases: project.cases,
    agencies: project.agencies,
    contacts: project.contacts,
    links: project.links,
    lifeEvents: project.lifeEvents,
    unitCosts: project.unitCosts,
    categories: project.missedOpportunityCategories,
    outcomes: project.outcomes ?? [],
    outcomeMeasures: project.outcomeMeasures ?? [],
  };
}

/**
 * Turns the store into exactly the backup, as one undoable change: rows the backup lacks are
 * deleted, rows it changes are updated, rows it adds are inserted. Undo brings today's store back.
 */
export function restoreChangeSet(current: StoreRows, backup: StoreRows, label: string): ChangeSet {
  const changes: ChangeSet['changes'] = [];
  for (const table of JOURNEY_TABLES) {
    const wanted = new Map(backup[table].map((row) => [row.id, row]));
    const now = new Map(current[table].map((row) => [row.id, row]));
    for (const [id, row] of now) if (!wanted.has(id)) changes.push(deleteRow(table, row));
    for (const [id, row] of wanted) {
      const existing = now.get(id);
      if (existing === undefined) changes.push(insertRow(table, row));
      else if (JSON.stringify(existing) !== JSON.stringify(row))
        changes.push(updateRow(table, existing, row));
    }
  }
  return { label, changes };
}
