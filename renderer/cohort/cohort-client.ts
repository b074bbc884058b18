import { stopWatchingCohortChanges, storeVersion, watchCohortChanges } from '../store/store-changes';
import type { ToCohortWorker } from './cohort-protocol';

let worker: Worker | null = null;
/** Readings and questions are numbered across visits: a reply to an earlier visit must never pass for one to this visit. */
let requests = 0;

/**
 * The app's one cohort worker, started when the app is first idle (or on the first visit to the
 * cohort screen, if sooner) and kept for the app's life: it checks and reads the store's
 * summaries while nobody waits, and keeps what it last read, so a visit costs only the costing. From the moment it starts, every
 * change to the cohort's tables is counted, so it never answers from a stale reading.
 */
export function cohortWorker(): Worker {
  if (worker === null) {
    watchCohortChanges();
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
  stopWatchingCohortChanges();
}

export function nextRequest(): number {
  requests += 1;
  return requests;
}
