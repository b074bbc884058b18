import { parseProjectFileText } from '../../shared/io/project-file';
import { projectImportChangeSet } from '../../shared/io/project-import';
import { applyChangeSet } from '../store/apply-change-set';
import type { JourneyDatabase } from '../store/journey-database';
import type { Route } from '../app/use-hash-route';
import { sampleById, type SampleJourney } from './sample-journeys';
import { lanesInSampleOrder } from '../../shared/editing/sample-lanes';

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
export function prepareTrainingStore(db: JourneyDatabase, sample: SampleJourney, location: Location): Promise<Route | null> {
  // React's development mode runs the start-up effect twice; the store must be prepared once.
  const pending = preparing.get(db) ?? prepare(db, sample, location);
  preparing.set(db, pending);
  return pending;
}

const preparing = new WeakMap<JourneyDatabase, Promise<Route | null>>();

async function prepare(db: JourneyDatabase, sample: SampleJourney, location: Location): Promise<Route | null> {
  const params = new URLSearchParams(location.search);
  const fresh = params.has('fresh') || (await db.settings.get('trainingSample'))?.value !== sample.id;
  if (!fresh) return null;
  db.close();
  await db.delete({ disableAutoOpen: false });
  await db.open();
  await loadSample(db, sample);
  // A reload from here on is the same session, not a new one.
  params.delete('fresh');
  window.history.replaceState(null, '', `${location.pathname}?${params.toString()}${location.hash}`);
  const cases = await db.cases.toArray();
  return cases.length === 1 ? { screen: 'journey', caseId: cases[0].id } : { screen: 'cohort' };
}

async function loadSample(db: JourneyDatabase, sample: SampleJourney): Promise<void> {
  const read = parseProjectFileText(await sample.load());
  if (!read.ok) throw new Error(`the sample ${sample.title} cannot be read: ${read.errors[0]}`);
  const [agencies, unitCosts, categories] = await Promise.all([db.agencies.toArray(), db.unitCosts.toArray(), db.categories.toArray()]);
  await applyChangeSet(db, projectImportChangeSet(read.project, { caseIds: new Set(), agencies, unitCosts, categories }).changeSet);
  await applyChangeSet(db, { label: 'lay out the sample lanes', changes: lanesInSampleOrder(await db.agencies.toArray(), read.project.agencies) });
  await db.settings.put({ key: 'trainingSample', value: sample.id });
}

/** Reset: the training store is thrown away and the sample loaded again, exactly as shipped. */
export async function resetTraining(db: JourneyDatabase): Promise<void> {
  db.close();
  await db.delete();
  window.location.reload();
}
