import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { DEFAULT_RULE_SETTINGS, RuleSettings } from '../../shared/suggestions/missed-opportunity-rules';
import { DeflatorSeries } from '../../shared/costing/deflator';
import { DEFAULT_DEFLATOR_SERIES, DEFAULT_PRICE_BASE } from '../../samples/shipped-data';
import { FinancialYear } from '../../shared/model';
import { useAppServices } from './app-services';

/**
 * The price base, the deflator series and the missed-opportunity rules are settings of the whole store: every total on every
 * screen is stated at the same price base, so it is chosen once, not per screen.
 */
export function usePriceBase(): [FinancialYear | undefined, (year: FinancialYear) => Promise<void>] {
  const { db } = useAppServices();
  const stored = useLiveQuery(async () => (await db.settings.get('priceBase'))?.value ?? null, [db]);
  const set = useCallback(
    async (year: FinancialYear) => {
      await db.settings.put({ key: 'priceBase', value: year });
    },
    [db],
  );
  if (stored === undefined) return [undefined, set];
  const parsed = FinancialYear.safeParse(stored);
  return [parsed.success ? parsed.data : DEFAULT_PRICE_BASE, set];
}

export function useDeflatorSeries(): [
  DeflatorSeries | undefined,
  (series: DeflatorSeries | null) => Promise<void>,
] {
  const { db } = useAppServices();
  const stored = useLiveQuery(async () => (await db.settings.get('deflatorSeries'))?.value ?? null, [db]);
  const set = useCallback(
    async (series: DeflatorSeries | null) => {
      if (series === null) await db.settings.delete('deflatorSeries');
      else await db.settings.put({ key: 'deflatorSeries', value: DeflatorSeries.parse(series) });
    },
    [db],
  );
  if (stored === undefined) return [undefined, set];
  const parsed = DeflatorSeries.safeParse(stored);
  return [parsed.success ? parsed.data : DEFAULT_DEFLATOR_SERIES, set];
}

/** Which missed-opportunity rules run, and their thresholds: one setting for the whole store. */
export function useRuleSettings(): [RuleSettings | undefined, (settings: RuleSettings) => Promise<void>] {
  const { db } = useAppServices();
  const stored = useLiveQuery(
    async () => (await db.settings.get('missedOpportunityRules'))?.value ?? null,
    [db],
  );
  const set = useCallback(
    async (settings: RuleSettings) => {
      await db.settings.put({ key: 'missedOpportunityRules', value: RuleSettings.parse(settings) });
    },
    [db],
  );
  if (stored === undefined) return [undefined, set];
  const parsed = RuleSettings.safeParse(stored ?? {});
  return [parsed.success ? parsed.data : DEFAULT_RULE_SETTINGS, set];
}
