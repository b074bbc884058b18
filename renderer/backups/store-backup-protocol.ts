import { z } from 'zod';
import type { ChangeSet } from '../../shared/editing/change-set';

/** Messages between the app and the worker that makes backups and plans restores off the UI thread. */
export const ToBackupWorker = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('back up'), databaseName: z.string().min(1) }),
  z.object({ kind: z.literal('plan restore'), databaseName: z.string().min(1), name: z.string().min(1), bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes'), label: z.string() }),
]);
export type ToBackupWorker = z.infer<typeof ToBackupWorker>;

/** A restore as one undoable change, and how many cases the backup holds. */
export interface RestorePlan {
  changeSet: ChangeSet;
  cases: number;
}

export type FromBackupWorker = { kind: 'backed up'; bytes: Uint8Array } | { kind: 'restore planned'; plan: RestorePlan } | { kind: 'failed'; message: string };
