import Dexie from 'dexie';
import { cohortFromAggregates, type AggregateCohort } from '../../shared/cohort/aggregate-cohort';
import { BeforeAfterIndex } from '../../shared/cohort/before-after-index';
import { SequenceCounter, type SequenceOptions, type SequenceVariant } from '../../shared/cohort/common-sequences';
import type { DeflatorSeries } from '../../shared/costing/deflator';
import type { Case, Contact, FinancialYear } from '../../shared/model';
import { readCaseAggregates } from '../storage/case-aggregates';
import type { JourneyDatabase } from '../storage/journey-database';

export interface PriceSettings {
  priceBase: FinancialYear;
  series: DeflatorSeries;
}

/** The table and charts, or word that the stored aggregates miss contacts and must be rebuilt first. */
export type CohortTotals = ({ upToDate: true } & AggregateCohort) | { upToDate: false };

/** The cohort's table and charts from each case's stored aggregate, without reading a contact. */
export async function readCohortTotals(db: JourneyDatabase, settings: PriceSettings): Promise<CohortTotals> {
  const [cases, agencies, unitCosts, stored] = await Promise.all([db.cases.toArray(), db.agencies.toArray(), db.unitCosts.toArray(), readCaseAggregates(db)]);
  if (!stored.upToDate) return { upToDate: false };
  return { upToDate: true, ...cohortFromAggregates({ cases, agencies, unitCosts, aggregates: stored.aggregates, ...settings }) };
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
