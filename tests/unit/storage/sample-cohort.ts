import { readFileSync } from 'node:fs';
import { parseProjectFileText } from '../../../shared/project/project-file';
import { projectImportChangeSet } from '../../../shared/project/project-import';
import { applyChangeSet } from '../../../renderer/store/apply-change-set';
import type { JourneyDatabase } from '../../../renderer/store/journey-database';
import { UndoHistory } from '../../../renderer/store/undo-history';

/** The shipped 30-case sample cohort, opened into the store as one undoable change, as an analyst opens a project file. */
export async function importSampleCohort(
  database: JourneyDatabase,
  history = new UndoHistory((changeSet) => applyChangeSet(database, changeSet)),
): Promise<void> {
  const read = parseProjectFileText(readFileSync('samples/projects/cohort-30.journey.json', 'utf8'));
  if (!read.ok) throw new Error(read.errors[0]);
  const [agencies, unitCosts, categories] = await Promise.all([
    database.agencies.toArray(),
    database.unitCosts.toArray(),
    database.categories.toArray(),
  ]);
  await history.perform(
    projectImportChangeSet(read.project, { caseIds: new Set(), agencies, unitCosts, categories }).changeSet,
  );
}
