import type { Case } from '../../shared/model';
import type { CaseRows } from '../../shared/editing/journey-edits';
import type { StoreContents } from '../../shared/project/project-import';
import type { JourneyDatabase } from './journey-database';

/** What an opened project file is merged against: the case ids taken, and the agencies, unit costs and categories held. */
export async function readStoreContents(db: JourneyDatabase): Promise<StoreContents> {
  const [caseIds, agencies, unitCosts, categories, outcomeMeasures] = await Promise.all([
    db.cases.toCollection().primaryKeys(),
    db.agencies.toArray(),
    db.unitCosts.toArray(),
    db.categories.toArray(),
    db.outcomeMeasures.toArray(),
  ]);
  return { caseIds: new Set(caseIds), agencies, unitCosts, categories, outcomeMeasures };
}

/** One case's contacts, links, life events and outcome scores, as deleting it takes them all. */
export async function readCaseRows(db: JourneyDatabase, caseId: string): Promise<CaseRows> {
  const [contacts, links, lifeEvents, outcomes] = await Promise.all([
    db.contacts.where('caseId').equals(caseId).toArray(),
    db.links.where('caseId').equals(caseId).toArray(),
    db.lifeEvents.where('caseId').equals(caseId).toArray(),
    db.outcomes.where('caseId').equals(caseId).toArray(),
  ]);
  return { contacts, links, lifeEvents, outcomes };
}

export function readCases(db: JourneyDatabase): Promise<Case[]> {
  return db.cases.toArray();
}

export function countCases(db: JourneyDatabase): Promise<number> {
  return db.cases.count();
}

/** Rows in each of the named tables, or -1 for a table that cannot be counted: for a diagnostic report. */
export async function countRows(
  db: JourneyDatabase,
  tables: readonly string[],
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables)
    counts[table] = await db
      .table(table)
      .count()
      .catch(() => -1);
  return counts;
}
