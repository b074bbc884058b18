import { lanesInSampleOrder } from '../../shared/editing/sample-lanes';
import type { ProjectFile } from '../../shared/project/project-file';
import { projectImportChangeSet } from '../../shared/project/project-import';
import { applyChangeSet } from './apply-change-set';
import { readStoreContents } from './case-repository';
import type { JourneyDatabase } from './journey-database';

const SAMPLE_SETTING = 'trainingSample';

/** The id of the sample the training store was last loaded with, if any. */
export async function sampleInStore(db: JourneyDatabase): Promise<unknown> {
  return (await db.settings.get(SAMPLE_SETTING))?.value;
}

/**
 * Throws the store away and loads the sample's project into a fresh one, its lanes in the
 * sample's order. Returns the ids of the cases it holds.
 */
export async function replaceWithSample(
  db: JourneyDatabase,
  sampleId: string,
  project: ProjectFile,
): Promise<string[]> {
  db.close();
  await db.delete({ disableAutoOpen: false });
  await db.open();
  await applyChangeSet(db, projectImportChangeSet(project, await readStoreContents(db)).changeSet);
  await applyChangeSet(db, {
    label: 'lay out the sample lanes',
    changes: lanesInSampleOrder(await db.agencies.toArray(), project.agencies),
  });
  await db.settings.put({ key: SAMPLE_SETTING, value: sampleId });
  return (await db.cases.toArray()).map((c) => c.id);
}

/** Deletes the whole store; the next page load starts afresh. */
export async function deleteStore(db: JourneyDatabase): Promise<void> {
  db.close();
  await db.delete();
}
