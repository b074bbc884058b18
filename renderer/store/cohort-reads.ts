import Dexie from 'dexie';
import type { Agency, Case, Contact, UnitCost } from '../../shared/model';
import type { JourneyDatabase } from './journey-database';

export interface CohortLibrary {
  cases: Case[];
  agencies: Agency[];
  unitCosts: UnitCost[];
}

/** Every case, agency and unit cost: what the cohort's totals and analyses are stated over. */
export async function readCohortLibrary(db: JourneyDatabase): Promise<CohortLibrary> {
  const [cases, agencies, unitCosts] = await Promise.all([
    db.cases.toArray(),
    db.agencies.toArray(),
    db.unitCosts.toArray(),
  ]);
  return { cases, agencies, unitCosts };
}

/** One case's contacts in date order, through the [caseId+start] index. */
export function contactsOfCase(db: JourneyDatabase, caseId: string): Promise<Contact[]> {
  return db.contacts
    .where('[caseId+start]')
    .between([caseId, Dexie.minKey], [caseId, Dexie.maxKey], true, true)
    .toArray();
}
