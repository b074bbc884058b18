/// <reference lib="webworker" />
import { z } from 'zod';
import { compareBeforeAfter } from '../../shared/cohort/before-after/before-after';
import { readCaseAggregates, rebuildCaseAggregates } from '../store/case-aggregates';
import { keptConnection } from '../store/worker-connections';
import type { PackedCaseAggregate } from '../../shared/cohort/aggregates/packed-aggregate';
import { readCohortTotals, readContactAnalyses, type ContactAnalyses } from './cohort-reader';
import {
  ToCohortWorker,
  beforeAfterText,
  type BeforeAfterAsked,
  type FromCohortWorkerMessage,
} from './cohort-protocol';

/**
 * Reads the cohort from the same store as the screen and computes it here, so the screen never
 * holds the contacts and stays responsive while a million of them are read. Keeps the aggregates
 * and the before/after index of the latest reading (a few megabytes, not the contacts) under the
 * store version they were read at, to answer new questions and later visits without the store.
 */
type OpenMessage = Extract<ToCohortWorker, { kind: 'open' }>;
type PrepareMessage = Extract<ToCohortWorker, { kind: 'prepare' }>;

/** The screen's latest reading, and what it depends on; -1 when the screen was left. */
let run = -1;
let reading = '';
/** Stores whose aggregates were found to account for every stored contact since the worker started. */
const checked = new Set<string>();
let knownAggregates: { version: string; aggregates: Map<string, PackedCaseAggregate> } | null = null;
let knownAnalyses: { version: string; analyses: ContactAnalyses } | null = null;
let asked: BeforeAfterAsked | null = null;
/** Whether the screen has asked for a reading since the worker started. */
let visited = false;
/** The check made while the app was idle, if it is still running: a visit waits for it rather than make a second. */
let preparing: Promise<void> = Promise.resolve();
let answerDue = false;
const PROGRESS_EVERY_MS = 100;

const reply = (message: FromCohortWorkerMessage) => self.postMessage(message);

const database = keptConnection();

/** What a reading depends on: the store and its changes, and for costed contacts the price base and series too. */
const storeReading = (m: OpenMessage | PrepareMessage) => `${m.database}\u0000${m.storeVersion}`;
const pricedReading = (m: OpenMessage) =>
  `${storeReading(m)}\u0000${m.priceBase}\u0000${JSON.stringify(m.series)}`;

/** Answers the latest question once the index is ready; questions typed faster than they are answered are dropped. */
function answerLatest(): void {
  if (answerDue) return;
  answerDue = true;
  setTimeout(() => {
    answerDue = false;
    if (run < 0 || knownAnalyses?.version !== reading || asked === null) return;
    const { beforeAfter, cases } = knownAnalyses.analyses;
    reply({
      kind: 'before-after',
      run,
      question: asked.question,
      result: beforeAfterText(compareBeforeAfter(beforeAfter, cases, asked)),
    });
  }, 0);
}

async function totals(message: OpenMessage, current: () => boolean): Promise<boolean> {
  await preparing;
  const store = database(message.database);
  const version = storeReading(message);
  const aggregates = knownAggregates?.version === version ? knownAggregates.aggregates : undefined;
  let read = await readCohortTotals(store, message, { checked: checked.has(message.database), aggregates });
  if (!current()) return false;
  if (!read.upToDate) {
    // Contacts were written around the app: every figure waits until the aggregates account for them.
    knownAggregates = null;
    reply({ kind: 'rebuilding', run: message.run });
    await rebuildCaseAggregates(store);
    if (!current()) return false;
    read = await readCohortTotals(store, message, { checked: true });
    if (!current() || !read.upToDate) return false;
  }
  checked.add(message.database);
  knownAggregates = { version, aggregates: read.aggregates };
  reply({ kind: 'totals', run: message.run, rows: read.rows, analysis: read.analysis });
  return true;
}

async function contacts(message: OpenMessage, current: () => boolean): Promise<void> {
  const version = pricedReading(message);
  if (knownAnalyses?.version !== version) {
    knownAnalyses = null;
    let lastProgress = 0;
    const read = await readContactAnalyses(database(message.database), message, message.sequences, {
      cancelled: () => !current(),
      onProgress: (casesRead, cases) => {
        if (casesRead < cases && performance.now() - lastProgress < PROGRESS_EVERY_MS) return;
        lastProgress = performance.now();
        reply({ kind: 'progress', run: message.run, casesRead, cases });
      },
    });
    if (read === null || !current()) return;
    knownAnalyses = { version, analyses: read };
  }
  reply({ kind: 'sequences', run: message.run, sequences: knownAnalyses.analyses.sequences });
  answerLatest();
}

/**
 * Checks the store's aggregates while the app is idle and keeps them for the first reading:
 * reading them was most of the first visit's wait (BENCHMARKS.md, "Figures moved out of comments"). A failure here is left for the first visit's own reading to
 * meet and report.
 */
async function prepare(message: PrepareMessage): Promise<void> {
  // A visit that came first makes its own check; a second reading alongside would only slow it.
  // A visit that comes during this one waits for it (`preparing`), so nothing else sets these meanwhile.
  if (visited) return;
  const read = await readCaseAggregates(database(message.database));
  if (!read.upToDate) return;
  checked.add(message.database);
  knownAggregates = { version: storeReading(message), aggregates: read.aggregates };
}

async function open(message: OpenMessage): Promise<void> {
  visited = true;
  run = message.run;
  reading = pricedReading(message);
  const current = () => run === message.run;
  if (await totals(message, current)) await contacts(message, current);
}

self.onmessage = (event: MessageEvent<unknown>) => {
  const parsed = ToCohortWorker.safeParse(event.data);
  if (!parsed.success) {
    reply({
      kind: 'failed',
      run,
      message: `the cohort worker was sent a message it cannot read: ${z.prettifyError(parsed.error)}`,
    });
    return;
  }
  const message = parsed.data;
  switch (message.kind) {
    case 'close':
      run = -1;
      return;
    case 'before-after':
      asked = message;
      return answerLatest();
    case 'prepare':
      preparing = prepare(message).catch(() => undefined);
      return;
    case 'open':
      open(message).catch((error: unknown) =>
        reply({
          kind: 'failed',
          run: message.run,
          message: error instanceof Error ? error.message : String(error),
        }),
      );
  }
};
