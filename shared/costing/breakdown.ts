import { compareFinancialYears } from '../model';

/** One line of a breakdown as shown: a named part, or the rounding line. */
export interface BreakdownLine {
  name: string;
  pence: number;
  rounding: boolean;
}

export const ROUNDING_LINE = 'Rounding';

export const ROUNDING_NOTE =
  'Each part and the total are rounded once each to the penny, so the rounded parts can differ from the total by a few pence: the rounding line shows by how much.';

export type BreakdownOrder = 'largest first' | 'by name' | 'by financial year';

const ORDERS: Record<BreakdownOrder, (a: [string, number], b: [string, number]) => number> = {
  'largest first': ([an, a], [bn, b]) => b - a || an.localeCompare(bn),
  'by name': ([a], [b]) => a.localeCompare(b),
  'by financial year': ([a], [b]) => compareFinancialYears(a, b),
};

/**
 * A breakdown's parts in the order asked, then, when the parts (each rounded once) do not add up
 * to the total (rounded once), a rounding line of the difference, so a reader sees why.
 */
export function breakdownLines(
  parts: Record<string, number>,
  totalPence: number,
  order: BreakdownOrder,
): BreakdownLine[] {
  const entries = Object.entries(parts).sort(ORDERS[order]);
  const lines = entries.map(([name, pence]) => ({ name, pence, rounding: false }));
  const difference = totalPence - entries.reduce((sum, [, pence]) => sum + pence, 0);
  return difference === 0 || entries.length === 0
    ? lines
    : [...lines, { name: ROUNDING_LINE, pence: difference, rounding: true }];
}
