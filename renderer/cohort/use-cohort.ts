import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { BeforeAfterResult } from '../../shared/cohort/before-after/before-after';
import type { CohortAnalysis } from '../../shared/cohort/aggregates/cohort-analysis';
import type { CaseSummaryRow } from '../../shared/cohort/table/case-summary-row';
import { CRISIS_SEQUENCES, type SequenceVariant } from '../../shared/cohort/sequences/common-sequences';
import { useAppServices } from '../store/app-services';
import { useDeflatorSeries, usePriceBase } from '../store/costing-settings';
import { FromCohortWorker, type BeforeAfterAsked, type ToCohortWorker } from './cohort-protocol';
import { storeVersion, subscribeToStoreChanges } from '../store/store-changes';
import { cohortWorker, nextRequest, prepareCohortWorker, stopCohortWorker } from './cohort-client';

export type CohortContacts =
  { state: 'reading'; casesRead: number; cases: number } | { state: 'read'; sequences: SequenceVariant[] };

export type Cohort =
  | { state: 'loading' }
  /** The stored aggregates miss contacts written around the app: rebuilt before any figure is shown. */
  | { state: 'rebuilding' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; rows: CaseSummaryRow[]; analysis: CohortAnalysis; contacts: CohortContacts };

export type BeforeAfterQuestion = Omit<BeforeAfterAsked, 'kind' | 'question'>;

export interface CohortView {
  cohort: Cohort;
  /** Asks the before/after question again; only the answer to the latest question is kept. */
  ask: (question: BeforeAfterQuestion) => void;
  /** The latest answer received; `current` once it answers the latest question on the latest reading of the store. */
  answer: { result: BeforeAfterResult; current: boolean } | null;
}

interface Answer {
  run: number;
  question: number;
  result: BeforeAfterResult;
}

/**
 * The cohort, read and computed by the cohort worker: the table and charts from each case's
 * stored aggregate first, then the contacts case by case for the sequences and before/after, with
 * progress. Leaving the screen stops any reading in progress; a change to the store or the price
 * base starts a fresh reading and drops the old one.
 */
export function useCohort(): CohortView {
  const { databaseName } = useAppServices();
  const [priceBase] = usePriceBase();
  const [series] = useDeflatorSeries();
  const [cohort, setCohort] = useState<Cohort>({ state: 'loading' });
  const [answer, setAnswer] = useState<Answer | null>(null);
  const version = useSyncExternalStore(subscribeToStoreChanges, () => storeVersion(databaseName));
  // Numbers of the latest reading and question, as state for rendering and as refs for the worker's replies.
  const [opened, setOpened] = useState(0);
  const [asked, setAsked] = useState(0);
  const run = useRef(-1);
  const question = useRef(-1);

  useEffect(() => {
    const worker = cohortWorker();
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const parsed = FromCohortWorker.safeParse(event.data);
      if (!parsed.success)
        return setCohort({
          state: 'failed',
          message: `the cohort worker sent a message the screen cannot read: ${parsed.error.message}`,
        });
      const message = parsed.data;
      if (message.run !== run.current) return;
      switch (message.kind) {
        case 'rebuilding':
          return setCohort({ state: 'rebuilding' });
        case 'totals':
          return setCohort({
            state: 'ready',
            rows: message.rows,
            analysis: message.analysis,
            contacts: { state: 'reading', casesRead: 0, cases: message.rows.length },
          });
        case 'progress':
          return setCohort((c) =>
            c.state === 'ready'
              ? { ...c, contacts: { state: 'reading', casesRead: message.casesRead, cases: message.cases } }
              : c,
          );
        case 'sequences':
          return setCohort((c) =>
            c.state === 'ready' ? { ...c, contacts: { state: 'read', sequences: message.sequences } } : c,
          );
        case 'before-after':
          if (message.question === question.current)
            setAnswer({ run: message.run, question: message.question, result: message.result });
          return;
        case 'failed':
          return setCohort({ state: 'failed', message: message.message });
      }
    };
    worker.onerror = (event) => {
      stopCohortWorker();
      setCohort({ state: 'failed', message: event.message || 'the cohort worker stopped' });
    };
    return () => {
      const close: ToCohortWorker = { kind: 'close' };
      worker.postMessage(close);
      worker.onmessage = null;
      worker.onerror = null;
    };
  }, []);

  useEffect(() => {
    if (priceBase === undefined || series === undefined) return;
    run.current = nextRequest();
    setOpened(run.current);
    const message: ToCohortWorker = {
      kind: 'open',
      run: run.current,
      database: databaseName,
      storeVersion: version,
      priceBase,
      series,
      sequences: CRISIS_SEQUENCES,
    };
    cohortWorker().postMessage(message);
  }, [databaseName, priceBase, series, version]);

  const ask = useCallback((asked: BeforeAfterQuestion) => {
    question.current = nextRequest();
    setAsked(question.current);
    const message: ToCohortWorker = { kind: 'before-after', question: question.current, ...asked };
    cohortWorker().postMessage(message);
  }, []);

  return {
    cohort,
    ask,
    answer:
      answer === null
        ? null
        : { result: answer.result, current: answer.run === opened && answer.question === asked },
  };
}

/**
 * How long after the store opens the cohort worker may start reading it: the screen the app opened
 * on reads the same store then, and a worker reading it at once slows that screen's opening.
 */
const PREPARE_AFTER_MS = 1_500;

/** Once the app has opened its first screen and is idle, starts the cohort worker so the first visit to the cohort does not wait for it. */
export function usePreparedCohort(storeOpen: boolean): void {
  const { databaseName } = useAppServices();
  useEffect(() => {
    if (!storeOpen) return;
    let idle: number | undefined;
    const timer = setTimeout(() => {
      idle = requestIdleCallback(() => prepareCohortWorker(databaseName), { timeout: 2_000 });
    }, PREPARE_AFTER_MS);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [storeOpen, databaseName]);
}
