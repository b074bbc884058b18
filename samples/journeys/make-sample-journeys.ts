import { writeFileSync } from 'node:fs';
import { serialiseProjectFile } from '../../shared/project/project-file';
import { SAMPLE_JOURNEY_SOURCES, sampleJourneyPath } from './all-samples';
import { sampleProject } from './sample-project';

/**
 * Writes each hand-written sample journey as a project file in samples/projects/:
 *
 *   npx tsx samples/journeys/make-sample-journeys.ts
 *
 * Run it after editing a journey; the unit tests fail while a shipped file differs from its source.
 */
for (const sample of SAMPLE_JOURNEY_SOURCES) {
  const project = sampleProject(sample.build());
  const path = sampleJourneyPath(sample.id);
  writeFileSync(path, serialiseProjectFile(project));
  console.log(
    `Wrote ${path}: ${project.contacts.length} contacts, ${project.agencies.length} agencies, ${project.links.length} links, ${project.lifeEvents.length} life events`,
  );
}
