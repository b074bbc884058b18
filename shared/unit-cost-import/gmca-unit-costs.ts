import Big from 'big.js';
import { UnitCost, type CostUnit } from '../model';
import type { GmcaCost, GmcaRowProblem, Rag } from './gmca-workbook';

export const GMCA_ATTRIBUTION =
  'GMCA / New Economy Unit Cost Database v1.4 (March 2015), licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)';

/**
 * Which of the workbook's two figures becomes the library's cost: the fiscal cost in its own
 * price year (the app then uplifts it with its own deflator series, like every other entry), or
 * the workbook's own uplift to 2015/16 prices (HM Treasury's March 2015 deflator).
 */
export type GmcaFigure = 'own-price-year' | 'uprated-2015-16';

export const GMCA_FIGURE_LABELS: Record<GmcaFigure, string> = {
  'own-price-year': "the fiscal cost in its own price year (uplifted by this app's deflator series)",
  'uprated-2015-16': "the workbook's value uprated to 2015/16 prices (HM Treasury GDP deflator, March 2015)",
};

/** R/A/G on the library's 1-5 scale, as the default library grades GMCA's entries: Red is old or weak data, Green audited national data. */
export const RAG_CONFIDENCE: Record<Rag, number> = { R: 2, A: 3, G: 4 };

const EXACT_UNITS: Record<string, CostUnit> = {
  'per hour': 'hour',
  'per day': 'day',
  'per bed day': 'day',
  'per week': 'week',
  'per client per week': 'week',
  'per month': 'month',
};

/**
 * The library's unit for a published one. Time units map to their own; every other unit ("Per
 * incident", "Per person per year", "Per course") is priced per contact times the quantity the
 * analyst enters, and the published unit is kept with the entry and named in its notes.
 */
export function libraryUnitOf(publishedUnit: string): CostUnit {
  return EXACT_UNITS[publishedUnit.trim().toLowerCase()] ?? 'contact';
}

/** Ids follow the default library's ("gmca-cr7-1" for CR7.1), so the entries it ships are the ones an import updates. */
export function gmcaId(code: string): string {
  return `gmca-${code
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

const toPence = (pounds: number) => new Big(pounds).times(100).round(0, Big.roundHalfUp).toNumber();

function notesOf(cost: GmcaCost, unit: CostUnit): string {
  const perUnit =
    unit === 'contact' &&
    !/^per (incident|contact|event|episode|attendance|consultation|visit|session|action)$|^each$/i.test(
      cost.publishedUnit,
    )
      ? `Published per "${cost.publishedUnit}": priced here per contact, so enter the quantity in those units.`
      : '';
  return [
    `GMCA RAG rating ${cost.rag}.`,
    perUnit,
    cost.comment,
    cost.fiscalCostNote === null ? '' : `Note on the fiscal cost: ${cost.fiscalCostNote}`,
  ]
    .filter(Boolean)
    .join(' ')
    .slice(0, 5_000);
}

export type GmcaUnitCosts = { unitCosts: UnitCost[]; skipped: GmcaRowProblem[] };

/** The library entries the workbook's cost lines become, with the chosen figure stated in each entry's source. */
export function gmcaUnitCosts(costs: readonly GmcaCost[], figure: GmcaFigure): GmcaUnitCosts {
  const unitCosts: UnitCost[] = [];
  const skipped: GmcaRowProblem[] = [];
  for (const cost of costs) {
    const uprated = figure === 'uprated-2015-16';
    if (uprated && cost.uprated2015To16 === null) {
      skipped.push({
        sheet: cost.sheet,
        row: cost.row,
        column: 'J',
        code: cost.code,
        reason: 'no value uprated to 2015/16 (import the own-price-year figures to take it)',
      });
      continue;
    }
    const amount = uprated ? (cost.uprated2015To16 as number) : cost.fiscalCost;
    const stated = uprated
      ? `£${cost.fiscalCost} in ${cost.priceYear}, uprated to 2015/16 by the workbook`
      : `fiscal cost £${cost.fiscalCost} in ${cost.priceYear} prices`;
    const unit = libraryUnitOf(cost.publishedUnit);
    unitCosts.push(
      UnitCost.parse({
        id: gmcaId(cost.code),
        name: cost.description.slice(0, 300),
        costBearer: cost.costBearer,
        costBearerDetail: cost.costBearerDetail ?? undefined,
        unit,
        publishedUnit: cost.publishedUnit,
        amountPence: toPence(amount),
        priceYear: uprated ? '2015/16' : cost.priceYear,
        source:
          `GMCA / New Economy Unit Cost Database v1.4 (March 2015, CC BY 4.0), ${cost.code} (sheet "${cost.sheet}", row ${cost.row}); ${stated}. Original source: ${cost.source}`.slice(
            0,
            2_000,
          ),
        confidence: RAG_CONFIDENCE[cost.rag],
        notes: notesOf(cost, unit),
        retired: false,
        code: cost.code,
        attribution: GMCA_ATTRIBUTION,
      }),
    );
  }
  return { unitCosts, skipped };
}
