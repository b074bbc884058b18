/// <reference lib="webworker" />
import { z } from 'zod';
import { compareBeforeAfter } from '../../shared/cohort/before-after';
import { rebuildCaseAggregates } from '../storage/case-aggregates';
import { JourneyDatabase } from '../storage/journey-database';
import { readCohortTotals, readContactAnalyses, type ContactAnalyses } from './cohort-reader';
import { ToCohortWorker, beforeAfterText, type BeforeAfterAsked, type FromCohortWorkerMessage } from './cohort-worker-protocol';

/**
 * Reads the cohort from the same store as the screen and computes it here, so the screen never
 * holds the contacts and stays responsive while a million of them are read. Keeps only the
 * before/after index of the latest reading, to answer each new question without the store.
 */
let db: JourneyDatabase | null = null;
let run = -1;
let analyses: ContactAnalyses | null = null;
let asked: BeforeAfterAsked | null = null;
let answerDue = false;
const PROGRESS_EVERY_MS = 100;

const reply = (message: FromCohortWorkerMessage) => self.postMessage(message);

function database(name: string): JourneyDatabase {
  if (db?.name !== name) {
    db?.close();
    db = new JourneyDatabase(name);
  }
  return db;
}

/** Answers the latest question once the index is ready; questions typed faster than they are answered are dropped. */
function answerLatest(): void {
  if (answerDue) return;
  answerDue = true;
  setTimeout(() => {
    answerDue = false;
    if (analyses === null || asked === null) return;
    const result = compareBeforeAfter(analyses.beforeAfter, analyses.cases, asked);
    reply({ kind: 'before-after', run, question: asked.question, result: beforeAfterText(result) });
  }, 0);
}

async function open(message: Extract<ToCohortWorker, { kind: 'open' }>): Promise<void> {
  run = message.run;
  analyses = null;
  const store = database(message.database);
  const current = () => run === message.run;
  let totals = await readCohortTotals(store, message);
  if (!current()) return;
  if (!totals.upToDate) {
    // Contacts were written around the app: every figure waits until the aggregates account for them.
    reply({ kind: 'rebuilding', run: message.run });
    await rebuildCaseAggregates(store);
    if (!current()) return;
    totals = await readCohortTotals(store, message);
    if (!current()) return;
    if (!totals.upToDate) throw new Error('the stored contacts changed while the cohort totals were being brought up to date; open the cohort again');
  }
  reply({ kind: 'totals', run: message.run, rows: totals.rows, analysis: totals.analysis });

  let lastProgress = 0;
  const read = await readContactAnalyses(store, message, message.sequences, {
    cancelled: () => !current(),
    onProgress: (casesRead, cases) => {
      if (casesRead < cases && performance.now() - lastProgress < PROGRESS_EVERY_MS) return;
      lastProgress = performance.now();
      reply({ kind: 'progress', run: message.run, casesRead, cases });
    },
  });
  if (read === null || !current()) return;
  analyses = read;
  reply({ kind: 'sequences', run: message.run, sequences: read.sequences });
  answerLatest();
}

self.onmessage = (event: MessageEvent<unknown>) => {
  const parsed = ToCohortWorker.safeParse(event.data);
  if (!parsed.success) {
    reply({ kind: 'failed', run, message: `the cohort worker was sent a message it cannot read: ${z.prettifyError(parsed.error)}` });
    return;
  }
  const message = parsed.data;
  if (message.kind === 'before-after') {
    asked = message;
    answerLatest();
    return;
  }
  open(message).catch((error: unknown) => reply({ kind: 'failed', run: message.run, message: error instanceof Error ? error.message : String(error) }));
};
