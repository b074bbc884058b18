import { parseProjectFileText } from '../../shared/io/project-file';
import { projectImportChangeSet } from '../../shared/io/project-import';
import { applyChangeSet } from '../storage/apply-change-set';
import type { JourneyDatabase } from '../storage/journey-database';
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

export function openTraining(sample: SampleJourney): void {
  window.location.assign(`${window.location.pathname}?training=${encodeURIComponent(sample.id)}#/`);
}

export function leaveTraining(): void {
  window.location.assign(`${window.location.pathname}#/`);
}

/** A fresh training store holds the sample and nothing else; a store already holding it is left as the trainee left it. */
export async function loadSampleIfNew(db: JourneyDatabase, sample: SampleJourney): Promise<void> {
  if ((await db.settings.get('trainingSample'))?.value === sample.id) return;
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
