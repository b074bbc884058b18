import Big from 'big.js';
import { ZERO, roundToPenny, type Pence } from './money';

/**
 * The Safe Space Appendix 2 method: each row is unit cost × quantity × attribution, a saving or
 * a cost increase, for the organisation that bears it. Inputs may be derived products
 * ("3 x 30.38") or fractional (550.5); they are kept exact and totals are rounded once.
 */
export interface ScenarioRow {
  organisation: string;
  item: string;
  /** Exact pence, possibly fractional when derived (3 × £30.38 = 9,114p). */
  unitCostPence: Big;
  unitCostText: string;
  quantity: Big;
  quantityText: string;
  direction: 'saving' | 'cost';
  attributionPercent: Big;
  source: string;
  /** Figures as printed in the source table, to compare with what its inputs give. */
  stated: { unitCostPence: Big | null; quantity: Big | null; totalPence: Big | null; quantityText: string };
  /** False for illustrative lines a table shows but does not add up (e.g. an economic benefit). */
  inTotals: boolean;
  /** 1-based sheet row, for messages. */
  sheetRow: number;
}

export interface OrganisationTotals {
  organisation: string;
  savingsPence: number;
  costIncreasesPence: number;
  netPence: number;
}

export interface ScenarioDiscrepancy {
  sheetRow: number;
  item: string;
  message: string;
}

/**
 * Totals as commissioners' tables state them (Safe Space Appendix 2): an organisation's cost
 * increases are netted off its own savings; the value of savings is the sum of the nets of the
 * organisations that save, the value of additional costs the sum for those that spend more.
 * The gross sums of saving rows and cost rows are kept beside them.
 */
export interface ScenarioResult {
  organisations: OrganisationTotals[];
  savingsPence: number;
  costIncreasesPence: number;
  netPence: number;
  /** As such tables present them: the sum of the organisations that save, and of those that cost more. */
  valueOfSavingsPence: number;
  valueOfAdditionalCostsPence: number;
  rowTotalsPence: number[];
  discrepancies: ScenarioDiscrepancy[];
}

export function rowAmount(row: ScenarioRow): Pence {
  return row.unitCostPence.times(row.quantity).times(row.attributionPercent).div(100);
}

function pounds(value: Big): string {
  const whole = roundToPenny(value);
  return `£${(whole / 100).toLocaleString('en-GB', { minimumFractionDigits: whole % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 })}`;
}

/** Where a printed figure is not what its inputs give, to the pound; or rounded inputs hide the real ones. */
function discrepanciesOf(row: ScenarioRow, amount: Pence): ScenarioDiscrepancy[] {
  const found: ScenarioDiscrepancy[] = [];
  const say = (message: string) => found.push({ sheetRow: row.sheetRow, item: row.item, message });
  const { stated } = row;
  if (
    stated.totalPence !== null &&
    stated.totalPence.div(100).round(0, Big.roundHalfUp).cmp(amount.div(100).round(0, Big.roundHalfUp)) !== 0
  ) {
    say(`the table states ${pounds(stated.totalPence)} but its inputs give ${pounds(amount)}`);
  }
  if (stated.unitCostPence !== null && stated.unitCostPence.cmp(row.unitCostPence) !== 0) {
    say(
      `the table shows a unit cost of ${pounds(stated.unitCostPence)}; the total uses ${pounds(row.unitCostPence)} (${row.unitCostText})`,
    );
  }
  if (stated.quantity !== null && stated.quantity.cmp(row.quantity) !== 0) {
    say(
      `the table shows a quantity of ${stated.quantityText}; the total uses ${row.quantity.toString()} (${row.quantityText})`,
    );
  }
  return found;
}

export function computeScenario(rows: ScenarioRow[]): ScenarioResult {
  const byOrganisation = new Map<string, { savings: Pence; costs: Pence }>();
  let savings = ZERO;
  let costs = ZERO;
  const discrepancies: ScenarioDiscrepancy[] = [];
  const rowTotalsPence: number[] = [];
  for (const row of rows) {
    const amount = rowAmount(row);
    rowTotalsPence.push(roundToPenny(amount));
    discrepancies.push(...discrepanciesOf(row, amount));
    if (!row.inTotals) continue;
    const group = byOrganisation.get(row.organisation) ?? { savings: ZERO, costs: ZERO };
    if (row.direction === 'saving') {
      group.savings = group.savings.plus(amount);
      savings = savings.plus(amount);
    } else {
      group.costs = group.costs.plus(amount);
      costs = costs.plus(amount);
    }
    byOrganisation.set(row.organisation, group);
  }
  const organisations = [...byOrganisation].map(([organisation, g]) => ({
    organisation,
    savingsPence: roundToPenny(g.savings),
    costIncreasesPence: roundToPenny(g.costs),
    netPence: roundToPenny(g.savings.minus(g.costs)),
  }));
  const nets = [...byOrganisation.values()].map((g) => g.savings.minus(g.costs));
  return {
    organisations,
    savingsPence: roundToPenny(savings),
    costIncreasesPence: roundToPenny(costs),
    netPence: roundToPenny(savings.minus(costs)),
    valueOfSavingsPence: roundToPenny(nets.filter((n) => n.gt(0)).reduce((a, b) => a.plus(b), ZERO)),
    valueOfAdditionalCostsPence: roundToPenny(nets.filter((n) => n.lt(0)).reduce((a, b) => a.minus(b), ZERO)),
    rowTotalsPence,
    discrepancies,
  };
}
