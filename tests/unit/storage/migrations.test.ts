import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  aggregateContacts,
  missedOpportunityCount,
  type CaseAggregate,
} from '../../../shared/cohort/aggregates/case-aggregate';
import {
  isPackedAggregate,
  packAggregate,
  unpackAggregate,
  type PackedCaseAggregate,
} from '../../../shared/cohort/aggregates/packed-aggregate';
import { cohortFromAggregates } from '../../../shared/cohort/aggregates/aggregate-cohort';
import { DEFAULT_DEFLATOR_SERIES, DEFAULT_UNIT_COST_LIBRARY } from '../../../samples/shipped-data';
import { GMCA_ATTRIBUTION } from '../../../shared/unit-cost-import/gmca-unit-costs';
import {
  ChronologyReturn,
  ContactProvenance,
  type Case,
  type Contact,
  type UnitCost,
} from '../../../shared/model';
import { CASE_AGGREGATES } from '../../../renderer/store/aggregate-tables';
import { readCaseAggregates, storedCaseCounts } from '../../../renderer/store/case-aggregates';
import { JourneyDatabase } from '../../../renderer/store/journey-database';
import { applyChangeSet } from '../../../renderer/store/apply-change-set';
import { updateContact } from '../../../shared/editing/journey-edits';
import { packedAggregates } from '../cohort/fixtures';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../renderer/store/schema-versions';

const FIXTURE_DIR = 'tests/fixtures/storage';

interface StoreFixture {
  schemaVersion: number;
  tables: Record<string, Array<Record<string, unknown>>>;
}

function fixtures(): StoreFixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => /^v\d+\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(`${FIXTURE_DIR}/${f}`, 'utf8')) as StoreFixture);
}

/** Writes a fixture exactly as the app at that schema version would have: with only the versions it knew. */
async function writeWithVersion(name: string, fixture: StoreFixture): Promise<void> {
  const old = new Dexie(name);
  for (const schema of SCHEMA_VERSIONS.filter((s) => s.version <= fixture.schemaVersion)) {
    const version = old.version(schema.version).stores(schema.stores);
    if (schema.upgrade) version.upgrade(schema.upgrade);
  }
  await old.open();
  for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkPut(rows);
  old.close();
}

const countsOf = (aggregates: Iterable<Pick<CaseAggregate, 'caseId' | 'contacts' | 'missedByCategory'>>) =>
  new Map(
    [...aggregates].map((a) => [
      a.caseId,
      { contacts: a.contacts, missedOpportunities: missedOpportunityCount(a) },
    ]),
  );

/** Aggregates compared as the app reads them: before version 6 their rows were stored as records, since then packed. */
function asRead(table: string, row: Record<string, unknown>): Record<string, unknown> {
  if (table !== CASE_AGGREGATES) return row;
  const aggregate = row as unknown as PackedCaseAggregate | CaseAggregate;
  return (isPackedAggregate(aggregate) ? unpackAggregate(aggregate) : aggregate) as unknown as Record<
    string,
    unknown
  >;
}

describe('storage migrations', () => {
  it('has one frozen fixture for every schema version', () => {
    expect(
      fixtures()
        .map((f) => f.schemaVersion)
        .sort((a, b) => a - b),
    ).toEqual(SCHEMA_VERSIONS.map((s) => s.version));
  });

  for (const fixture of fixtures()) {
    it(`opens data written by schema version ${fixture.schemaVersion} with the current code and loses nothing`, async () => {
      const name = `migration-v${fixture.schemaVersion}-${Date.now()}`;
      await writeWithVersion(name, fixture);
      const db = new JourneyDatabase(name);
      await db.open();
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      for (const [table, rows] of Object.entries(fixture.tables)) {
        const stored = (await db.table(table).toArray()).map((row: Record<string, unknown>) =>
          asRead(table, row),
        );
        for (const row of rows) expect(stored).toContainEqual(expect.objectContaining(asRead(table, row)));
      }
      // An upgraded store is never re-seeded: the user's own agency list stays as it was.
      expect(await db.agencies.count()).toBe(fixture.tables.agencies.length);
      db.close();
      await db.delete();
    });
  }

  it("builds every case's aggregate when it upgrades a version 3 store holding a cohort", async () => {
    const fixture = JSON.parse(readFileSync(`${FIXTURE_DIR}/v3-cohort.json`, 'utf8')) as StoreFixture;
    const name = `migration-v3-cohort-${Date.now()}`;
    await writeWithVersion(name, fixture);
    const db = new JourneyDatabase(name);
    await db.open();
    const stored = await readCaseAggregates(db);
    expect(stored.upToDate).toBe(true);
    expect(stored.aggregates.size).toBe(fixture.tables.cases.length);
    expect(stored.aggregates).toEqual(
      packedAggregates(aggregateContacts(fixture.tables.contacts as unknown as Contact[])),
    );
    expect(await storedCaseCounts(db)).toEqual(countsOf(stored.aggregates.values()));
    db.close();
    await db.delete();
  });

  it('drops the agency and unit-cost indexes of contacts when it upgrades a version 4 store', async () => {
    const fixture = JSON.parse(readFileSync(`${FIXTURE_DIR}/v4.json`, 'utf8')) as StoreFixture;
    const name = `migration-v4-indexes-${Date.now()}`;
    await writeWithVersion(name, fixture);
    const db = new JourneyDatabase(name);
    await db.open();
    const indexes = [...db.backendDB().transaction('contacts').objectStore('contacts').indexNames].sort();
    expect(indexes).toEqual(['[caseId+start]', 'caseId', 'contactType'].sort());
    expect(
      await db.contacts
        .where('[caseId+start]')
        .between([fixture.tables.cases[0].id, Dexie.minKey], [fixture.tables.cases[0].id, Dexie.maxKey])
        .count(),
    ).toBe(fixture.tables.contacts.length);
    db.close();
    await db.delete();
  });

  it("packs the case aggregates' rows when it upgrades a version 5 store, reads them back unchanged, and indexes their counts for the case list", async () => {
    const fixture = JSON.parse(readFileSync(`${FIXTURE_DIR}/v5.json`, 'utf8')) as StoreFixture;
    const written = fixture.tables.caseAggregates as unknown as CaseAggregate[];
    const name = `migration-v5-packed-${Date.now()}`;
    await writeWithVersion(name, fixture);
    const db = new JourneyDatabase(name);
    await db.open();
    expect(await db.caseAggregates.toArray()).toEqual(written.map(packAggregate));
    const read = await readCaseAggregates(db);
    expect(read.upToDate).toBe(true);
    expect([...read.aggregates.values()].map(unpackAggregate)).toEqual(written);
    expect(await storedCaseCounts(db)).toEqual(countsOf(written));
    db.close();
    await db.delete();
  });

  it('adds an empty, append-only audit trail when it upgrades a version 9 store, and logs the next change with its before and after', async () => {
    const fixture = JSON.parse(readFileSync(`${FIXTURE_DIR}/v9.json`, 'utf8')) as StoreFixture;
    const name = `migration-v9-audit-${Date.now()}`;
    await writeWithVersion(name, fixture);
    const db = new JourneyDatabase(name);
    await db.open();
    expect(await db.auditTrail.count()).toBe(0);
    const contact = (await db.contacts.get('contact-1')) as Contact;
    expect(contact.source).toBeUndefined();
    db.analystName = 'A. Analyst';
    await applyChangeSet(db, updateContact(contact, { source: 'Police NICHE log 44/1234' }));
    const [entry] = await db.auditTrail.toArray();
    expect(entry).toMatchObject({
      who: 'A. Analyst',
      action: 'edit',
      caseId: 'case-v1',
      entityId: 'contact-1',
      changes: [{ field: 'source', before: null, after: 'Police NICHE log 44/1234' }],
    });
    await expect(db.auditTrail.put({ ...entry, who: 'Someone else' })).rejects.toThrow('append-only');
    db.close();
    await db.delete();
  });

  it('rebuilds the case aggregates when it upgrades a version 6 store, so a stay over 31 March is costed night by night in each year', async () => {
    const fixture = JSON.parse(readFileSync(`${FIXTURE_DIR}/v6-crossing.json`, 'utf8')) as StoreFixture;
    const name = `migration-v6-crossing-${Date.now()}`;
    await writeWithVersion(name, fixture);
    const db = new JourneyDatabase(name);
    await db.open();
    const read = await readCaseAggregates(db);
    expect(read.upToDate).toBe(true);
    const cohort = cohortFromAggregates({
      cases: fixture.tables.cases as unknown as Case[],
      aggregates: read.aggregates,
      agencies: [],
      basis: {
        unitCosts: fixture.tables.unitCosts as unknown as UnitCost[],
        priceBase: '2023/24',
        series: DEFAULT_DEFLATOR_SERIES,
      },
    });
    // B&B 15/03/2020 to 26/04/2020 at £35: 17 nights in 2019/20, 25 in 2020/21. Placement 15/01/2021
    // to 15/04/2021 at £1,000 a month: 3 calendar months over 90 days, 76 of them before 1 April.
    const placement2021 = (300000 * 14) / 90;
    expect(cohort.analysis.byFinancialYear.map((l) => [l.name, l.totalPence])).toEqual([
      ['2019/20', 17 * 3500],
      ['2020/21', 25 * 3500 + Math.round(300000 - placement2021)],
      ['2021/22', Math.round(placement2021)],
    ]);
    expect(cohort.analysis.totalPence).toBe(42 * 3500 + 300000);
    db.close();
    await db.delete();
  });

  it('gives the GMCA entries the default library shipped their cost code and attribution when it upgrades a version 7 store', async () => {
    const fixture = JSON.parse(readFileSync(`${FIXTURE_DIR}/v7.json`, 'utf8')) as StoreFixture;
    const shipped = DEFAULT_UNIT_COST_LIBRARY.unitCosts.find((u) => u.id === 'gmca-cr9-0') as UnitCost;
    const asShippedBefore: UnitCost = { ...shipped };
    delete asShippedBefore.code;
    delete asShippedBefore.attribution;
    // An analyst's own entry quoting GMCA in its source is theirs: it gets no code.
    const own = { ...asShippedBefore, id: 'own-police-hour', name: 'Police hour (local)' };
    const name = `migration-v7-codes-${Date.now()}`;
    await writeWithVersion(name, {
      ...fixture,
      tables: { ...fixture.tables, unitCosts: [...fixture.tables.unitCosts, asShippedBefore, own] },
    });
    const db = new JourneyDatabase(name);
    await db.open();
    expect(await db.unitCosts.get('gmca-cr9-0')).toEqual({
      ...asShippedBefore,
      code: 'CR9.0',
      attribution: GMCA_ATTRIBUTION,
    });
    expect(await db.unitCosts.get('own-police-hour')).toEqual(own);
    expect((await db.unitCosts.where('code').equals('CR9.0').toArray()).map((u) => u.id)).toEqual([
      'gmca-cr9-0',
    ]);
    db.close();
    await db.delete();
  });
});

describe('storage version 9: chronology returns', () => {
  it("opens a version 8 store with empty returns and provenance, then keeps a return and its contacts' provenance", async () => {
    const fixture = JSON.parse(readFileSync(`${FIXTURE_DIR}/v8.json`, 'utf8')) as StoreFixture;
    const name = `migration-v8-returns-${Date.now()}`;
    await writeWithVersion(name, fixture);
    const db = new JourneyDatabase(name);
    await db.open();
    expect(await db.chronologyReturns.count()).toBe(0);
    expect(await db.contactProvenance.count()).toBe(0);
    const v9 = JSON.parse(readFileSync(`${FIXTURE_DIR}/v9.json`, 'utf8')) as StoreFixture;
    const returned = ChronologyReturn.parse(v9.tables.chronologyReturns[0]);
    const provenance = ContactProvenance.parse(v9.tables.contactProvenance[0]);
    await db.chronologyReturns.put(returned);
    await db.contactProvenance.put(provenance);
    expect(await db.chronologyReturns.where('caseId').equals(returned.caseId).toArray()).toEqual([returned]);
    expect(await db.contactProvenance.where('contactId').equals(provenance.contactId).toArray()).toEqual([
      provenance,
    ]);
    expect(await db.contactProvenance.get([provenance.returnId, provenance.row])).toEqual(provenance);
    expect(await db.contacts.count()).toBe(fixture.tables.contacts.length);
    db.close();
    await db.delete();
  });
});
