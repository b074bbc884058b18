import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { cohortFromAggregates } from '../../../shared/cohort/aggregates/aggregate-cohort';
import { aggregateContacts } from '../../../shared/cohort/aggregates/case-aggregate';
import { beforeAfter, compareBeforeAfter } from '../../../shared/cohort/before-after/before-after';
import { contactsByCase } from '../../../shared/cohort/by-case';
import { CRISIS_SEQUENCES, commonSequences } from '../../../shared/cohort/sequences/common-sequences';
import { DEFAULT_DEFLATOR_SERIES } from '../../../samples/shipped-data';
import { readCohortTotals, readContactAnalyses } from '../../../renderer/cohort/cohort-reader';
import { JourneyDatabase } from '../../../renderer/store/journey-database';
import { importSampleCohort } from '../storage/sample-cohort';
import { packedAggregates } from './fixtures';

const settings = { priceBase: '2023/24', series: DEFAULT_DEFLATOR_SERIES };
let db: JourneyDatabase;

afterEach(async () => {
  db.close();
  await db.delete();
});

async function sampleCohortStore(): Promise<JourneyDatabase> {
  db = new JourneyDatabase(`cohort-reader-${Date.now()}-${Math.random()}`);
  await importSampleCohort(db);
  return db;
}

const reading = { onProgress: () => undefined, cancelled: () => false };

describe('the cohort worker reading the store', () => {
  it('gives the table, charts, sequences and before/after the screen gave from every contact in memory', async () => {
    const store = await sampleCohortStore();
    const [cases, contacts, agencies, unitCosts] = await Promise.all([
      store.cases.toArray(),
      store.contacts.toArray(),
      store.agencies.toArray(),
      store.unitCosts.toArray(),
    ]);
    const everything = { cases, contacts, agencies, basis: { unitCosts, ...settings } };

    const totals = await readCohortTotals(store, settings);
    if (!totals.upToDate) throw new Error('the totals were out of date');
    expect({ rows: totals.rows, analysis: totals.analysis }).toEqual(
      cohortFromAggregates({ ...everything, aggregates: packedAggregates(aggregateContacts(contacts)) }),
    );
    expect(totals.analysis.totalPence).toBe(269_824_029);

    const progress: Array<[number, number]> = [];
    const analyses = await readContactAnalyses(store, settings, CRISIS_SEQUENCES, {
      ...reading,
      onProgress: (read, of) => progress.push([read, of]),
    });
    if (analyses === null) throw new Error('the reading was cancelled');
    expect(analyses.sequences).toEqual(commonSequences(contactsByCase(contacts), CRISIS_SEQUENCES));
    expect(analyses.sequences.length).toBeGreaterThan(0);
    expect(progress).toEqual(cases.map((_, i) => [i + 1, 30]));
    for (const question of [
      { interventionDate: null, windowMonths: 12, attributionPercent: '100' },
      { interventionDate: '2021-04-01', windowMonths: 12, attributionPercent: '50' },
      { interventionDate: '2020-10-15', windowMonths: 6, attributionPercent: '62.5' },
    ]) {
      const answer = compareBeforeAfter(analyses.beforeAfter, analyses.cases, question);
      expect(answer).toEqual(beforeAfter({ ...everything, ...question }));
    }
    expect(
      compareBeforeAfter(analyses.beforeAfter, analyses.cases, {
        interventionDate: '2021-04-01',
        windowMonths: 12,
        attributionPercent: '50',
      }).ok,
    ).toBe(true);
  });

  it('stops between cases when told the reading is no longer wanted', async () => {
    const store = await sampleCohortStore();
    let casesRead = 0;
    const analyses = await readContactAnalyses(store, settings, CRISIS_SEQUENCES, {
      onProgress: (read) => (casesRead = read),
      cancelled: () => casesRead >= 5,
    });
    expect(analyses).toBeNull();
    expect(casesRead).toBe(5);
  });

  it('costs the aggregates it already knows without reading them again', async () => {
    const store = await sampleCohortStore();
    const first = await readCohortTotals(store, settings);
    if (!first.upToDate) throw new Error('the totals were out of date');
    await store.caseAggregates.clear();
    // Cleared behind its back, as no write through the app could: the figures come from what it knew.
    const again = await readCohortTotals(
      store,
      { ...settings, priceBase: '2019/20' },
      { checked: true, aggregates: first.aggregates },
    );
    if (!again.upToDate) throw new Error('the totals were out of date');
    expect(again.aggregates).toBe(first.aggregates);
    expect(again.analysis.totalPence).toBeLessThan(first.analysis.totalPence);
    expect(again.analysis.cases).toBe(30);
  });

  it('says when the aggregates miss contacts written around the app', async () => {
    const store = await sampleCohortStore();
    const name = store.name;
    const [contact] = await store.contacts.limit(1).toArray();
    store.close();
    const around = new Dexie(name);
    around
      .version(store.verno)
      .stores(
        Object.fromEntries(
          store.tables.map((t) => [
            t.name,
            [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', '),
          ]),
        ),
      );
    await around.table('contacts').put({ ...contact, id: 'written-around-the-app' });
    around.close();
    await store.open();
    expect(await readCohortTotals(store, settings)).toEqual({ upToDate: false });
    // Once a store was checked, the app's own writes keep its aggregates in step: the count is not made again.
    expect((await readCohortTotals(store, settings, { checked: true })).upToDate).toBe(true);
  });
});
