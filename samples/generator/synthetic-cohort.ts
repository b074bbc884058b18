import { DEFAULT_PRICE_BASE } from '../shipped-data';
import type { ProjectFile } from '../../shared/project/project-file';
import { toDayNumber, type Contact } from '../../shared/model';
import { buildJourney, type CaseJourney } from './case-journey';
import { GENERATED_AT, planCase, type CasePlan } from './case-plan';
import { cohortAgencies, cohortMissedOpportunityCategories, cohortUnitCosts } from './cohort-reference';
import { SeededRandom } from './seeded-random';

/**
 * A synthetic cohort of complex-needs journeys for training, demos and benchmarks: entirely
 * fictional, and a pure function of its options, so a seed names a cohort as well as a file does.
 */
export type CohortOptions = {
  seed: number;
  cases: number;
  /** First financial year of the journeys (2018 = 2018/19). Default 2018. */
  startYear?: number;
  /** Financial years the journeys span. Default 6. */
  years?: number;
} & (
  | { contactsPerCase: readonly [min: number, max: number]; totalContacts?: undefined }
  | {
      /** Exactly this many contacts in all, shared unevenly between the cases. */
      totalContacts: number;
      contactsPerCase?: undefined;
    }
);

/** The project file without its per-case tables: everything a writer needs before the contacts. */
export type CohortFrame = Omit<ProjectFile, 'contacts' | 'links' | 'lifeEvents'>;

function wholeAtLeast(value: number, least: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < least)
    throw new Error(`${name} must be a whole number of at least ${least}, not ${value}`);
}

/** Shares `total` out so each case gets at least one and the rest in proportion to its weight. */
function shareOut(rng: SeededRandom, total: number, cases: number): number[] {
  const weights = Array.from({ length: cases }, () => rng.between(0.4, 1.6));
  const sum = weights.reduce((a, b) => a + b, 0);
  const spare = total - cases;
  const counts = weights.map((w) => 1 + Math.floor((spare * w) / sum));
  let left = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % cases, left--) counts[i]++;
  return counts;
}

function contactCounts(options: CohortOptions): number[] {
  const rng = new SeededRandom(options.seed);
  if (options.totalContacts !== undefined) {
    wholeAtLeast(options.totalContacts, options.cases, 'totalContacts (one contact per case at least)');
    return shareOut(rng, options.totalContacts, options.cases);
  }
  const [min, max] = options.contactsPerCase;
  wholeAtLeast(min, 1, 'the least contacts per case');
  wholeAtLeast(max, min, 'the most contacts per case');
  return Array.from({ length: options.cases }, () => rng.int(min, max));
}

export function planCohort(options: CohortOptions): CasePlan[] {
  wholeAtLeast(options.cases, 1, 'cases');
  const startYear = options.startYear ?? 2018;
  const years = options.years ?? 6;
  wholeAtLeast(startYear, 1900, 'startYear');
  wholeAtLeast(years, 1, 'years');
  const windowStart = toDayNumber(`${startYear}-04-01`);
  const windowEnd = toDayNumber(`${startYear + years}-04-01`);
  const digits = Math.max(3, String(options.cases).length);
  return contactCounts(options).map((contacts, index) =>
    planCase({ cohortSeed: options.seed, index, digits, contacts, windowStart, windowEnd }),
  );
}

/** Case by case, each with its contacts, links and life events; only one case is held at a time. */
export function* generateJourneys(options: CohortOptions): Generator<CaseJourney> {
  for (const plan of planCohort(options)) yield buildJourney(plan);
}

/** Contacts in chunks of `chunkSize` (the last may be shorter), for bulk writes into a database. */
export function* generateContacts(options: CohortOptions, chunkSize = 10_000): Generator<Contact[]> {
  wholeAtLeast(chunkSize, 1, 'chunkSize');
  let chunk: Contact[] = [];
  for (const journey of generateJourneys(options)) {
    for (const contact of journey.contacts) {
      chunk.push(contact);
      if (chunk.length === chunkSize) {
        yield chunk;
        chunk = [];
      }
    }
  }
  if (chunk.length > 0) yield chunk;
}

export function cohortFrame(options: CohortOptions, plans: CasePlan[] = planCohort(options)): CohortFrame {
  return {
    type: 'journey-mapper/project',
    version: 1,
    source: 'Journey Mapper',
    exportedAt: GENERATED_AT,
    priceBase: DEFAULT_PRICE_BASE,
    anonymised: true,
    cases: plans.map((p) => p.case),
    agencies: cohortAgencies(),
    unitCosts: cohortUnitCosts(),
    missedOpportunityCategories: cohortMissedOpportunityCategories(),
  };
}

/** The whole cohort as one project file, held in memory (a million contacts take some 400 MB; stream bigger ones). */
export function generateCohort(options: CohortOptions): ProjectFile {
  const plans = planCohort(options);
  const { unitCosts, missedOpportunityCategories, ...head } = cohortFrame(options, plans);
  const contacts: Contact[] = [];
  const links: ProjectFile['links'] = [];
  const lifeEvents: ProjectFile['lifeEvents'] = [];
  for (const plan of plans) {
    const journey = buildJourney(plan);
    for (const c of journey.contacts) contacts.push(c);
    for (const l of journey.links) links.push(l);
    for (const e of journey.lifeEvents) lifeEvents.push(e);
  }
  // Keys in the order the app writes them, so the file diffs cleanly against an export.
  return { ...head, contacts, links, lifeEvents, unitCosts, missedOpportunityCategories };
}
