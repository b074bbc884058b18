import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { cohortFromAggregates } from '../../shared/cohort/aggregate-cohort';
import type { CohortAnalysis } from '../../shared/cohort/cohort-analysis';
import type { CohortInput } from '../../shared/cohort/cohort-costing';
import type { CaseSummaryRow } from '../../shared/cohort/cohort-summary';
import type { Case } from '../../shared/model';
import { useAppServices } from '../app/app-services';
import { useDeflatorSeries, usePriceBase } from '../app/costing-settings';
import { readCaseAggregates, rebuildCaseAggregates } from '../storage/case-aggregates';

export type Cohort =
  | { state: 'loading' }
  /** The stored aggregates miss contacts written around the app: rebuilt before any figure is shown. */
  | { state: 'rebuilding' }
  | { state: 'ready'; cases: Case[]; rows: CaseSummaryRow[]; analysis: CohortAnalysis };

/**
 * The cohort table and charts, costed at the store's price base from each case's stored
 * aggregate: a few hundred rows per case instead of every contact, so the view opens at once.
 */
export function useCohort(): Cohort {
  const { db } = useAppServices();
  const [priceBase] = usePriceBase();
  const [series] = useDeflatorSeries();
  const stored = useLiveQuery(async () => {
    const [cases, agencies, unitCosts, aggregates] = await Promise.all([db.cases.toArray(), db.agencies.toArray(), db.unitCosts.toArray(), readCaseAggregates(db)]);
    return { cases, agencies, unitCosts, ...aggregates };
  }, [db]);
  const stale = stored !== undefined && !stored.upToDate;
  useEffect(() => {
    if (stale) void rebuildCaseAggregates(db);
  }, [db, stale]);
  return useMemo((): Cohort => {
    if (stale) return { state: 'rebuilding' };
    if (stored === undefined || priceBase === undefined || series === undefined) return { state: 'loading' };
    return { state: 'ready', cases: stored.cases, ...cohortFromAggregates({ ...stored, priceBase, series }) };
  }, [stored, stale, priceBase, series]);
}

/**
 * Every contact, for the analyses that follow contacts in order (sequences before a crisis,
 * before and after an intervention). Asked for only once the table is on screen, so reading a
 * large store never delays it.
 */
export function useCohortContacts(cohort: Cohort): CohortInput | undefined {
  const { db } = useAppServices();
  const [priceBase] = usePriceBase();
  const [series] = useDeflatorSeries();
  const [wanted, setWanted] = useState(false);
  const shown = cohort.state === 'ready';
  useEffect(() => {
    if (!shown) return;
    // Two frames: the table is painted before the store is read.
    const frame = requestAnimationFrame(() => requestAnimationFrame(() => setWanted(true)));
    return () => cancelAnimationFrame(frame);
  }, [shown]);
  const stored = useLiveQuery(async () => {
    if (!wanted) return undefined;
    const [cases, contacts, agencies, unitCosts] = await Promise.all([db.cases.toArray(), db.contacts.toArray(), db.agencies.toArray(), db.unitCosts.toArray()]);
    return { cases, contacts, agencies, unitCosts };
  }, [db, wanted]);
  return useMemo(() => (stored === undefined || priceBase === undefined || series === undefined ? undefined : { ...stored, priceBase, series }), [stored, priceBase, series]);
}
