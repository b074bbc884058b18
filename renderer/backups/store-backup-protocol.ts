import { z } from 'zod';
import { JOURNEY_TABLES, type ChangeSet } from '../../shared/editing/change-set';

/** A restore as one undoable change, and how many cases the backup holds. */
export interface RestorePlan {
  changeSet: ChangeSet;
  cases: number;
}

/** The worker that makes backups and plans restores off the UI thread. */
export interface StoreBackupApi {
  /** The whole store as a gzipped backup. */
  backUp(databaseName: string): Promise<Uint8Array>;
  /** What restoring the backup would change in today's store, as one undoable change; or why it cannot be read. */
  planRestore(databaseName: string, name: string, bytes: Uint8Array, label: string): Promise<PlannedRestore>;
}

export type PlannedRestore = { ok: true; plan: RestorePlan } | { ok: false; message: string };

export const BackedUpReply = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'the backup bytes');

const RowChangeSchema = z.object({
  table: z.enum(JOURNEY_TABLES),
  key: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export const PlannedRestoreReply: z.ZodType<PlannedRestore> = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    plan: z.object({
      changeSet: z.object({ label: z.string(), changes: z.array(RowChangeSchema) }),
      cases: z.number().int().nonnegative(),
    }),
  }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);
