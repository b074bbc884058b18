import type { LifeEvent, Link } from '../../shared/model';
import type { CaseJourney } from './case-journey';
import { cohortFrame, generateJourneys, type CohortFrame, type CohortOptions } from './synthetic-cohort';

// Pieces of a thousand rows: few enough writes to be quick, small enough to stay out of the way.
const ITEMS_PER_PIECE = 1_000;

function item(value: unknown): string {
  return `    ${JSON.stringify(value, null, 2).replaceAll('\n', '\n    ')}`;
}

function* arrayEntry(key: string, items: Iterable<unknown>): Generator<string> {
  const open = `  ${JSON.stringify(key)}: [\n`;
  let started = false;
  let batch: string[] = [];
  for (const value of items) {
    batch.push(item(value));
    if (batch.length === ITEMS_PER_PIECE) {
      yield (started ? ',\n' : open) + batch.join(',\n');
      started = true;
      batch = [];
    }
  }
  if (batch.length > 0) {
    yield (started ? ',\n' : open) + batch.join(',\n');
    started = true;
  }
  yield started ? '\n  ]' : `  ${JSON.stringify(key)}: []`;
}

/** The frame's tables around the journeys' contacts; links and life events are gathered as the contacts pass. */
function* projectFilePieces(frame: CohortFrame, journeys: Iterable<CaseJourney>): Generator<string> {
  const links: Link[] = [];
  const lifeEvents: LifeEvent[] = [];
  function* contacts() {
    for (const journey of journeys) {
      for (const l of journey.links) links.push(l);
      for (const e of journey.lifeEvents) lifeEvents.push(e);
      yield* journey.contacts;
    }
  }
  const { cases, agencies, unitCosts, missedOpportunityCategories, ...scalars } = frame;
  yield '{\n';
  for (const [key, value] of Object.entries(scalars)) {
    if (value !== undefined) yield `  ${JSON.stringify(key)}: ${JSON.stringify(value)},\n`;
  }
  const tables: Array<[string, () => Iterable<unknown>]> = [
    ['cases', () => cases],
    ['agencies', () => agencies],
    ['contacts', contacts],
    ['links', () => links],
    ['lifeEvents', () => lifeEvents],
    ['unitCosts', () => unitCosts],
    ['missedOpportunityCategories', () => missedOpportunityCategories],
  ];
  for (const [index, [key, rows]] of tables.entries()) {
    if (index > 0) yield ',\n';
    yield* arrayEntry(key, rows());
  }
  yield '\n}\n';
}

/**
 * A cohort's project file as a stream of text pieces, byte for byte what serialiseProjectFile
 * writes, but never one string: a million contacts make more text than a JavaScript string holds.
 */
export function cohortFilePieces(options: CohortOptions): Generator<string> {
  return projectFilePieces(cohortFrame(options), generateJourneys(options));
}
