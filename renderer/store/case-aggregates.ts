import type { PackedCaseAggregate } from '../../shared/cohort/aggregates/packed-aggregate';
import { CASE_COUNTS, buildCaseAggregates } from './aggregate-tables';
import type { JourneyDatabase } from './journey-database';

const byCaseId = (stored: PackedCaseAggregate[]) => new Map(stored.map((packed) => [packed.caseId, packed]));

/** Every case's aggregate as stored (packed), by case id. */
export async function storedCaseAggregates(db: JourneyDatabase): Promise<Map<string, PackedCaseAggregate>> {
  return byCaseId(await db.caseAggregates.toArray());
}

export interface CaseCounts {
  contacts: number;
  missedOpportunities: number;
}

/**
 * Every case's count of contacts and missed opportunities, read from an index's keys alone: the
 * start screen needs two numbers a case, and reading the aggregates in full slowed a cohort opened
 * at once after start-up.
 */
export async function storedCaseCounts(db: JourneyDatabase): Promise<Map<string, CaseCounts>> {
  const keys = (await db.caseAggregates.orderBy(CASE_COUNTS).keys()) as unknown as Array<
    [string, number, number]
  >;
  return new Map(
    keys.map(([caseId, contacts, missedOpportunities]) => [caseId, { contacts, missedOpportunities }]),
  );
}

export interface StoredAggregates {
  aggregates: Map<string, PackedCaseAggregate>;
  /**
   * Whether the aggregates account for every stored contact. A store written around the app
   * (straight into IndexedDB, or by a version without them) fails this check and must be rebuilt
   * before any total is shown. The count reads every contact's key, so the cohort makes it once a
   * session, while the app is idle after start-up.
   */
  upToDate: boolean;
}

export async function readCaseAggregates(db: JourneyDatabase): Promise<StoredAggregates> {
  return db.transaction('r', db.contacts, db.caseAggregates, async () => {
    const [stored, contacts] = await Promise.all([db.caseAggregates.toArray(), db.contacts.count()]);
    const counted = stored.reduce((sum, a) => sum + a.contacts, 0);
    return { aggregates: byCaseId(stored), upToDate: counted === contacts };
  });
}

export function rebuildCaseAggregates(db: JourneyDatabase): Promise<void> {
  return db.transaction('rw', db.contacts, db.caseAggregates, () =>
    buildCaseAggregates(db.contacts, db.caseAggregates),
  );
}
