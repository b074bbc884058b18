import { z } from 'zod';
import type { StoreRows } from '../../shared/io/backups';

/** Messages between the app and the worker that makes and reads whole-store backups off the UI thread. */
export const ToBackupWorker = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('back up'), databaseName: z.string().min(1) }),
  z.object({ kind: z.literal('read'), name: z.string().min(1), bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes') }),
]);
export type ToBackupWorker = z.infer<typeof ToBackupWorker>;

export type FromBackupWorker =
  | { kind: 'backed up'; bytes: Uint8Array }
  | { kind: 'read'; rows: StoreRows }
  | { kind: 'failed'; message: string };
