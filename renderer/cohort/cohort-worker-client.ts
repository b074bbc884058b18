import Dexie, { type ObservabilitySet } from 'dexie';
import type { ToCohortWorker } from './cohort-worker-protocol';

/** Tables whose changes change what the cohort screen shows. */
const COHORT_TABLES = new Set(['cases', 'agencies', 'unitCosts', 'contacts', 'caseAggregates']);

let worker: Worker | null = null;
/** Readings and questions are numbered across visits: a reply to an earlier visit must never pass for one to this visit. */
let requests = 0;
/** Changes seen to each store's cohort tables since the worker started: the worker keeps what it read under this number. */
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

/**
 * The app's one cohort worker, started when the app is first idle (or on the first visit to the
 * cohort screen, if sooner) and kept for the app's life: it checks and reads the store's
 * summaries while nobody waits (about half a second for a million contacts' summaries here), and
 * keeps what it last read, so a visit costs only the costing. From the moment it starts, every
 * change to the cohort's tables is counted, so it never answers from a stale reading.
 */
export function cohortWorker(): Worker {
  if (worker === null) {
    Dexie.on('storagemutated', countChanges);
    worker = new Worker(new URL('./cohort.worker.ts', import.meta.url), { type: 'module' });
  }
  return worker;
}

/** Starts the worker and has it open the store and check its aggregates, so the first visit finds them ready. */
export function prepareCohortWorker(database: string): void {
  const message: ToCohortWorker = { kind: 'prepare', database, storeVersion: storeVersion(database) };
  cohortWorker().postMessage(message);
}

/** After the worker failed: the next visit starts a fresh one. */
export function stopCohortWorker(): void {
  worker?.terminate();
  worker = null;
  Dexie.on('storagemutated').unsubscribe(countChanges);
  storeVersions.clear();
}

export function nextRequest(): number {
  requests += 1;
  return requests;
}

export function storeVersion(database: string): number {
  return storeVersions.get(database) ?? 0;
}

export function subscribeToStoreChanges(notify: () => void): () => void {
  subscribers.add(notify);
  return () => subscribers.delete(notify);
}
