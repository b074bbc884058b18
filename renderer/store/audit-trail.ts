import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';
import type { AuditEntry } from '../../shared/audit/audit-entry';
import { JOURNEY_TABLES } from '../../shared/editing/change-set';

export const AUDIT_TRAIL = 'auditTrail';
export const DISMISSED_SUGGESTIONS = 'dismissedSuggestions';

/** The tables whose every write is a change to a case, and so must be in the audit trail. */
const AUDITED_TABLES = new Set<string>([...JOURNEY_TABLES, DISMISSED_SUGGESTIONS]);

export class AuditTrailRefusal extends Error {}

/**
 * Guards the audit trail at the lowest level Dexie has (DBCore), so no screen, worker or path
 * added later can get round it:
 * - the trail only grows: an entry is added (IndexedDB refuses a key that exists), never put over
 *   another, and never deleted;
 * - a write to a case's tables is refused unless its transaction also holds the trail, so the
 *   entries for it are written with it or not at all.
 * Schema upgrades and the seeding of a new store run in IndexedDB's own upgrade transaction,
 * which Dexie opens without asking this layer, and are let through.
 */
export const auditTrailMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'AuditTrail',
  create: (down) => {
    const scopes = new WeakMap<DBCoreTransaction, readonly string[]>();
    const guarded = down.schema.tables.some((t) => t.name === AUDIT_TRAIL);
    return {
      ...down,
      transaction: (stores, mode, options) => {
        const trans = down.transaction(stores, mode, options);
        if (mode === 'readwrite') scopes.set(trans, stores);
        return trans;
      },
      table: (name) => {
        const table = down.table(name);
        if (!guarded) return table;
        if (name === AUDIT_TRAIL) {
          return {
            ...table,
            mutate: (req) =>
              req.type === 'add'
                ? table.mutate(req)
                : Promise.reject(
                    new AuditTrailRefusal(
                      'the audit trail is append-only: no entry in it can be changed or deleted',
                    ),
                  ),
          };
        }
        if (!AUDITED_TABLES.has(name)) return table;
        return {
          ...table,
          mutate: (req) => {
            const scope = scopes.get(req.trans);
            if (scope !== undefined && !scope.includes(AUDIT_TRAIL))
              return Promise.reject(
                new AuditTrailRefusal(
                  `a change to ${name} must be written with its audit trail entries, in the same transaction`,
                ),
              );
            return table.mutate(req);
          },
        };
      },
    };
  },
};

/** Entries that came with a file, those the trail does not hold yet; none of them replaces one it has. */
export function entriesNotHeld(
  carried: readonly AuditEntry[],
  held: ReadonlyArray<AuditEntry | undefined>,
): AuditEntry[] {
  return carried.filter((_, i) => held[i] === undefined);
}
