import { cohortFromAggregates, type AggregateCohort } from '../../shared/cohort/aggregates/aggregate-cohort';
import { BeforeAfterIndex } from '../../shared/cohort/before-after/before-after-index';
import type { PackedCaseAggregate } from '../../shared/cohort/aggregates/packed-aggregate';
import {
  SequenceCounter,
  type SequenceOptions,
  type SequenceVariant,
} from '../../shared/cohort/sequences/common-sequences';
import type { DeflatorSeries } from '../../shared/costing/deflator';
import type { Case, Contact, FinancialYear } from '../../shared/model';
import { contactsOfCase, readCohortLibrary } from '../store/cohort-reads';
import { readCaseAggregates, storedCaseAggregates } from '../store/case-aggregates';
import type { JourneyDatabase } from '../store/journey-database';

export interface PriceSettings {
  priceBase: FinancialYear;
  series: DeflatorSeries;
}

/** What the caller already knows of the stored aggregates. */
export interface KnownAggregates {
  /**
   * Whether they were found since the store was opened to account for every stored contact. If
   * so they still do, as every write through the app keeps them in step, and the check (a count
   * of every contact) is not made again.
   */
  checked: boolean;
  /** The aggregates themselves, read before and unchanged since, as the caller knows from the store's change events. */
  aggregates?: Map<string, PackedCaseAggregate>;
}

/** The table and charts with the aggregates they came from, or word that the aggregates miss contacts and must be rebuilt first. */
export type CohortTotals =
  ({ upToDate: true; aggregates: Map<string, PackedCaseAggregate> } & AggregateCohort) | { upToDate: false };

async function readAggregates(
  db: JourneyDatabase,
  known: KnownAggregates,
): Promise<{ aggregates: Map<string, PackedCaseAggregate>; upToDate: boolean }> {
  if (!known.checked) return readCaseAggregates(db);
  const aggregates = known.aggregates ?? (await storedCaseAggregates(db));
  return { aggregates, upToDate: true };
}

/** The cohort's table and charts from each case's stored aggregate, without reading a contact. */
export async function readCohortTotals(
  db: JourneyDatabase,
  settings: PriceSettings,
  known: KnownAggregates = { checked: false },
): Promise<CohortTotals> {
  const [{ cases, agencies, unitCosts }, read] = await Promise.all([
    readCohortLibrary(db),
    readAggregates(db, known),
  ]);
  if (!read.upToDate) return { upToDate: false };
  return {
    upToDate: true,
    aggregates: read.aggregates,
    ...cohortFromAggregates({
      cases,
      agencies,
      aggregates: read.aggregates,
      basis: { ...settings, unitCosts },
    }),
  };
}

export interface ContactAnalyses {
  cases: Case[];
  sequences: SequenceVariant[];
  beforeAfter: BeforeAfterIndex;
}

export interface ContactReading {
  onProgress: (casesRead: number, cases: number) => void;
  /** Asked between cases: a newer question or a change to the store makes this reading pointless. */
  cancelled: () => boolean;
}

/** Cases whose contacts are being read while the previous case is counted: the store works while this thread computes. */
const READ_AHEAD = 3;

/**
 * The analyses that follow contacts in order (the sequences before a crisis, and the index that
 * answers before/after questions), reading the contacts one case at a time through the
 * [caseId+start] index: at most a few cases' contacts are held at once, however big the store.
 * Null when cancelled.
 */
export async function readContactAnalyses(
  db: JourneyDatabase,
  settings: PriceSettings,
  sequenceOptions: SequenceOptions,
  reading: ContactReading,
): Promise<ContactAnalyses | null> {
  const { cases, agencies, unitCosts } = await readCohortLibrary(db);
  const sequences = new SequenceCounter(sequenceOptions);
  const beforeAfter = new BeforeAfterIndex({ agencies, basis: { ...settings, unitCosts } });
  const ahead: Array<Promise<Contact[]>> = [];
  const readAhead = (i: number) => {
    const c = cases[i];
    if (c !== undefined) ahead.push(contactsOfCase(db, c.id));
  };
  for (let i = 0; i < READ_AHEAD; i += 1) readAhead(i);
  for (const [i, c] of cases.entries()) {
    const contacts = (await ahead.shift()) ?? [];
    if (reading.cancelled()) return null;
    readAhead(i + READ_AHEAD);
    sequences.addCase(c.id, contacts);
    beforeAfter.addCase(c.id, contacts);
    reading.onProgress(i + 1, cases.length);
  }
  return { cases, sequences: sequences.top(), beforeAfter };
}
