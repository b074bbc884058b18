import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { analyseCohort, type CohortAnalysis } from '../../shared/cohort/cohort-analysis';
import { costCohort, type CohortInput, type CostedCase } from '../../shared/cohort/cohort-costing';
import { summaryRow, type CaseSummaryRow } from '../../shared/cohort/cohort-summary';
import { useAppServices } from '../app/app-services';
import { useDeflatorSeries, usePriceBase } from '../app/costing-settings';

export interface Cohort {
  input: CohortInput;
  costed: CostedCase[];
  rows: CaseSummaryRow[];
  analysis: CohortAnalysis;
}

/** Every case costed once at the store's price base; the table, charts and comparisons all read this. */
export function useCohort(): Cohort | undefined {
  const { db } = useAppServices();
  const [priceBase] = usePriceBase();
  const [series] = useDeflatorSeries();
  const stored = useLiveQuery(async () => {
    const [cases, contacts, agencies, unitCosts] = await Promise.all([db.cases.toArray(), db.contacts.toArray(), db.agencies.toArray(), db.unitCosts.toArray()]);
    return { cases, contacts, agencies, unitCosts };
  }, [db]);
  return useMemo(() => {
    if (stored === undefined || priceBase === undefined || series === undefined) return undefined;
    const input: CohortInput = { ...stored, priceBase, series };
    const costed = costCohort(input);
    return { input, costed, rows: costed.map(summaryRow), analysis: analyseCohort(costed, stored.agencies) };
  }, [stored, priceBase, series]);
}
