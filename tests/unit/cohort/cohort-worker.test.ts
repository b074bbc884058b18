import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DEFLATOR_SERIES } from '../../../samples/shipped-data';
import { CRISIS_SEQUENCES } from '../../../shared/cohort/sequences/common-sequences';
import type { FromCohortWorkerMessage, ToCohortWorker } from '../../../renderer/cohort/cohort-protocol';
import { JourneyDatabase } from '../../../renderer/store/journey-database';
import { importSampleCohort } from '../storage/sample-cohort';

/** How often the worker read the aggregates (the count of every contact and the aggregates themselves): the cost its start-up check saves a first visit. */
const aggregateReadings = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../renderer/store/case-aggregates', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../renderer/store/case-aggregates')>();
  return {
    ...actual,
    readCaseAggregates: (...args: Parameters<typeof actual.readCaseAggregates>) => {
      aggregateReadings.count += 1;
      return actual.readCaseAggregates(...args);
    },
  };
});

type WorkerScope = {
  postMessage: (message: FromCohortWorkerMessage) => void;
  onmessage: ((event: { data: ToCohortWorker }) => void) | null;
};
/** What the worker's module sees as `self`. */
const scope: WorkerScope = { postMessage: () => undefined, onmessage: null };
vi.stubGlobal('self', scope);

let db: JourneyDatabase;

afterEach(async () => {
  db.close();
  await db.delete();
});

async function sampleCohortStore(): Promise<JourneyDatabase> {
  db = new JourneyDatabase(`cohort-worker-${Date.now()}-${Math.random()}`);
  await importSampleCohort(db);
  return db;
}

/** A worker just started, as the app starts one: its module loaded afresh, replies gathered. */
async function startedWorker(): Promise<{
  send: (message: ToCohortWorker) => void;
  reply: (kind: FromCohortWorkerMessage['kind']) => Promise<FromCohortWorkerMessage>;
}> {
  const replies: FromCohortWorkerMessage[] = [];
  scope.postMessage = (message) => replies.push(message);
  vi.resetModules();
  aggregateReadings.count = 0;
  await import('../../../renderer/cohort/cohort.worker');
  return {
    send: (message) => scope.onmessage?.({ data: message }),
    reply: async (kind) => {
      await vi.waitFor(() => expect(replies.map((r) => r.kind)).toContain(kind), { timeout: 10_000 });
      return replies.find((r) => r.kind === kind) as FromCohortWorkerMessage;
    },
  };
}

const open = (database: string): ToCohortWorker => ({
  kind: 'open',
  run: 1,
  database,
  storeVersion: 0,
  priceBase: '2023/24',
  series: DEFAULT_DEFLATOR_SERIES,
  sequences: CRISIS_SEQUENCES,
});

describe('the cohort worker at start-up', () => {
  it('checks the store while the app is idle, and a visit during that check waits for it instead of reading again', async () => {
    const store = await sampleCohortStore();
    const worker = await startedWorker();
    worker.send({ kind: 'prepare', database: store.name, storeVersion: 0 });
    worker.send(open(store.name));
    expect(await worker.reply('totals')).toMatchObject({ analysis: { totalPence: 269_824_029 } });
    await worker.reply('sequences');
    expect(aggregateReadings.count).toBe(1);
  });

  it('skips its start-up check once a visit has begun, which reads the store itself', async () => {
    const store = await sampleCohortStore();
    const worker = await startedWorker();
    worker.send(open(store.name));
    worker.send({ kind: 'prepare', database: store.name, storeVersion: 0 });
    expect(await worker.reply('totals')).toMatchObject({ analysis: { totalPence: 269_824_029 } });
    await worker.reply('sequences');
    expect(aggregateReadings.count).toBe(1);
  });
});
