import Big from 'big.js';

/**
 * Money is exact: amounts are pence held as big.js decimals, so 550.5 attendances × £300 or
 * 3 hours × £30.38 carry no binary floating-point error.
 *
 * The one rounding rule: a line (unit cost × quantity × uplift × attribution) is never rounded;
 * each total is summed from the exact lines and rounded once, at the end, to the nearest penny,
 * with halves rounded up (big.js ROUND_HALF_UP, i.e. away from zero: 0.5p -> 1p, -0.5p -> -1p).
 * Rounding each line first would let a table of many fractional lines drift by pounds.
 */
export const ROUNDING_RULE =
  'Every line is kept exact (in fractions of a penny); each total is rounded once, at the end, to the nearest penny, halves rounding up (away from zero).';

export type Pence = Big;

export const ZERO: Pence = new Big(0);

export function pence(value: number | string | Big): Pence {
  return new Big(value);
}

export function sumPence(values: Iterable<Pence>): Pence {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}

/** The one rounding: to whole pence, half up. */
export function roundToPenny(value: Pence): number {
  return Number(value.round(0, Big.roundHalfUp).toFixed(0));
}

/** Pounds with 2 decimals as a JSON number, e.g. 482843.52. */
export function poundsForJson(value: Pence): number {
  return roundToPenny(value) / 100;
}

const POUNDS = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const WHOLE_POUNDS = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  maximumFractionDigits: 0,
});

/** £1,234.56 from a pence amount (rounded once, here, if it is exact). */
export function formatPence(value: number | Pence): string {
  const rounded = typeof value === 'number' ? value : roundToPenny(value);
  const negative = rounded < 0;
  const abs = Math.abs(rounded);
  const text =
    POUNDS.format(Math.trunc(abs / 100)).replace(/\.00$/, '') + `.${String(abs % 100).padStart(2, '0')}`;
  return negative ? `−${text}` : text;
}

/** £1,234 to the pound, for summaries where pence are noise. */
export function formatWholePounds(value: number | Pence): string {
  const rounded = typeof value === 'number' ? value : roundToPenny(value);
  return WHOLE_POUNDS.format(Math.round(rounded / 100));
}

const COMPACT_POUNDS = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  notation: 'compact',
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
});

/** £200k, £1.2m: for a chart axis where whole pounds would not fit side by side. */
export function formatCompactPounds(value: number): string {
  return COMPACT_POUNDS.format(value / 100);
}

/** "30.38" for an input box. */
export function penceToPoundsText(value: number): string {
  return `${Math.trunc(value / 100)}.${String(Math.abs(value % 100)).padStart(2, '0')}`;
}

/**
 * Reads "£1,234.56", "1234.5" or "719" into whole pence, digit by digit (never via a float).
 * Returns null for anything else, including more than two decimal places.
 */
export function parsePoundsToPence(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/^£/, '')
    .replace(/,(?=\d{3}(\D|$))/g, '');
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (match === null) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '0').padEnd(2, '0'));
  const result = whole * 100 + fraction;
  return Number.isSafeInteger(result) ? result : null;
}
