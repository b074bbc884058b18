import Dexie, { type ObservabilitySet } from 'dexie';

/** Tables whose changes change what the cohort screen shows. */
const COHORT_TABLES = new Set(['cases', 'agencies', 'unitCosts', 'contacts', 'caseAggregates']);

/** Changes seen to each store's cohort tables since watching began: a worker keeps what it read under this number. */
const storeVersions = new Map<string, number>();
const subscribers = new Set<() => void>();

/** Dexie names each changed part `idb://<database>/<table>/<index>`, for writes in this window, other windows and workers alike. */
function countChanges(parts: ObservabilitySet): void {
  const changed = new Set<string>();
  for (const part of Object.keys(parts)) {
    const [database, table] = part.replace(/^idb:\/\//, '').split('/');
    if (database !== undefined && table !== undefined && COHORT_TABLES.has(table)) changed.add(database);
  }
  if (changed.size === 0) return;
  for (const database of changed) storeVersions.set(database, (storeVersions.get(database) ?? 0) + 1);
  for (const notify of subscribers) notify();
}

/** From now on, every change to the cohort's tables is counted. */
export function watchCohortChanges(): void {
  Dexie.on('storagemutated', countChanges);
}

/** Stops counting and forgets the counts: whatever was read under them is stale. */
export function stopWatchingCohortChanges(): void {
  Dexie.on('storagemutated').unsubscribe(countChanges);
  storeVersions.clear();
}

export function storeVersion(database: string): number {
  return storeVersions.get(database) ?? 0;
}

export function subscribeToStoreChanges(notify: () => void): () => void {
  subscribers.add(notify);
  return () => subscribers.delete(notify);
}
