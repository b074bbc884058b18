import type { EntityTable } from 'dexie';
import { aggregateCase } from '../../shared/cohort/aggregates/case-aggregate';
import { packAggregate, type PackedCaseAggregate } from '../../shared/cohort/aggregates/packed-aggregate';
import type { Contact } from '../../shared/model';

export const CONTACTS = 'contacts';
export const CASE_AGGREGATES = 'caseAggregates';
/** Each aggregate's case, contacts and flags as one index key, for the case list. */
export const CASE_COUNTS = '[caseId+contacts+missedOpportunities]';

/**
 * Builds every case's aggregate from the stored contacts, one case at a time through the caseId
 * index, so a store of a million contacts never holds them all in memory at once.
 */
export async function buildCaseAggregates(
  contacts: EntityTable<Contact, 'id'>,
  aggregates: EntityTable<PackedCaseAggregate, 'caseId'>,
): Promise<void> {
  await aggregates.clear();
  const caseIds = (await contacts.orderBy('caseId').uniqueKeys()) as string[];
  for (const caseId of caseIds)
    await aggregates.put(
      packAggregate(aggregateCase(caseId, await contacts.where('caseId').equals(caseId).toArray())),
    );
}
