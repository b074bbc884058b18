import Dexie from 'dexie';
import { cohortFromAggregates, type AggregateCohort } from '../../shared/cohort/aggregate-cohort';
import { BeforeAfterIndex } from '../../shared/cohort/before-after-index';
import type { CaseAggregate } from '../../shared/cohort/case-aggregate';
import { SequenceCounter, type SequenceOptions, type SequenceVariant } from '../../shared/cohort/common-sequences';
import type { DeflatorSeries } from '../../shared/costing/deflator';
import type { Case, Contact, FinancialYear } from '../../shared/model';
import { readCaseAggregates } from '../storage/case-aggregates';
import type { JourneyDatabase } from '../storage/journey-database';

export interface PriceSettings {
  priceBase: FinancialYear;
  series: DeflatorSeries;
}

/** The aggregates last read, kept by the worker so that coming back to the screen does not read them again. */
export interface KnownAggregates {
  aggregates: Map<string, CaseAggregate>;
  /** The contacts they account for. */
  contacts: number;
}

/** The table and charts with the aggregates they came from, or word that the aggregates miss contacts and must be rebuilt first. */
export type CohortTotals = ({ upToDate: true; known: KnownAggregates } & AggregateCohort) | { upToDate: false };

async function readAggregates(db: JourneyDatabase, known: KnownAggregates | null): Promise<{ known: KnownAggregates; upToDate: boolean }> {
  if (known !== null) return { known, upToDate: (await db.contacts.count()) === known.contacts };
  const stored = await readCaseAggregates(db);
  let contacts = 0;
  for (const aggregate of stored.aggregates.values()) contacts += aggregate.contacts;
  return { known: { aggregates: stored.aggregates, contacts }, upToDate: stored.upToDate };
}

/**
 * The cohort's table and charts from each case's stored aggregate, without reading a contact.
 * Given the aggregates read last time (unchanged since, as the caller knows from the store's
 * change events), it only checks that they still account for every stored contact.
 */
export async function readCohortTotals(db: JourneyDatabase, settings: PriceSettings, known: KnownAggregates | null = null): Promise<CohortTotals> {
  const [cases, agencies, unitCosts, read] = await Promise.all([db.cases.toArray(), db.agencies.toArray(), db.unitCosts.toArray(), readAggregates(db, known)]);
  if (!read.upToDate) return { upToDate: false };
  return { upToDate: true, known: read.known, ...cohortFromAggregates({ cases, agencies, unitCosts, aggregates: read.known.aggregates, ...settings }) };
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

function contactsOfCase(db: JourneyDatabase, caseId: string): Promise<Contact[]> {
  return db.contacts.where('[caseId+start]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey], true, true).toArray();
}

/**
 * The analyses that follow contacts in order (the sequences before a crisis, and the index that
 * answers before/after questions), reading the contacts one case at a time through the
 * [caseId+start] index: at most a few cases' contacts are held at once, however big the store.
 * Null when cancelled.
 */
export async function readContactAnalyses(db: JourneyDatabase, settings: PriceSettings, sequenceOptions: SequenceOptions, reading: ContactReading): Promise<ContactAnalyses | null> {
  const [cases, agencies, unitCosts] = await Promise.all([db.cases.toArray(), db.agencies.toArray(), db.unitCosts.toArray()]);
  const sequences = new SequenceCounter(sequenceOptions);
  const beforeAfter = new BeforeAfterIndex({ agencies, unitCosts, ...settings });
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
