import { parseProjectFileText } from '../../shared/project/project-file';
import type { JourneyDatabase } from '../store/journey-database';
import { deleteStore, replaceWithSample, sampleInStore } from '../store/training-store';
import { sampleById, type SampleJourney } from './sample-journeys';

/** Where a freshly loaded sample opens: its one journey, or the cohort of its cases. */
export type TrainingLanding = { screen: 'journey'; caseId: string } | { screen: 'cohort' };

/**
 * Training runs on its own IndexedDB database, so nothing a trainee does can reach real cases:
 * the page is opened with ?training=<sample>, and the app then uses this store instead.
 */
export const TRAINING_DATABASE = 'journey-mapper-training';

export function trainingSampleFromUrl(location: Location): SampleJourney | null {
  const id = new URLSearchParams(location.search).get('training');
  return id === null ? null : (sampleById(id) ?? null);
}

/** The address that opens a sample afresh: a sandbox holding that sample alone, whatever the last session left. */
export function openTraining(sample: SampleJourney): void {
  window.location.assign(`${window.location.pathname}?training=${encodeURIComponent(sample.id)}&fresh=1#/`);
}

export function leaveTraining(): void {
  window.location.assign(`${window.location.pathname}#/`);
}

/**
 * Readies the training store for the sample: opened from its card (or holding another sample),
 * the store is thrown away and the sample loaded alone; reloaded mid-session, it is left as the
 * trainee left it. Returns where a fresh sample lands, or null to stay where the address says.
 */
export function prepareTrainingStore(
  db: JourneyDatabase,
  sample: SampleJourney,
  location: Location,
): Promise<TrainingLanding | null> {
  // React's development mode runs the start-up effect twice; the store must be prepared once.
  const pending = preparing.get(db) ?? prepare(db, sample, location);
  preparing.set(db, pending);
  return pending;
}

const preparing = new WeakMap<JourneyDatabase, Promise<TrainingLanding | null>>();

async function prepare(
  db: JourneyDatabase,
  sample: SampleJourney,
  location: Location,
): Promise<TrainingLanding | null> {
  const params = new URLSearchParams(location.search);
  const fresh = params.has('fresh') || (await sampleInStore(db)) !== sample.id;
  if (!fresh) return null;
  const read = parseProjectFileText(await sample.load());
  if (!read.ok) throw new Error(`the sample ${sample.title} cannot be read: ${read.errors[0]}`);
  const caseIds = await replaceWithSample(db, sample.id, read.project);
  // A reload from here on is the same session, not a new one.
  params.delete('fresh');
  window.history.replaceState(null, '', `${location.pathname}?${params.toString()}${location.hash}`);
  return caseIds.length === 1 ? { screen: 'journey', caseId: caseIds[0] } : { screen: 'cohort' };
}

/** Reset: the training store is thrown away and the sample loaded again, exactly as shipped. */
export async function resetTraining(db: JourneyDatabase): Promise<void> {
  await deleteStore(db);
  window.location.reload();
}
