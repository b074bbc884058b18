import Big from 'big.js';

/**
 * Reads a number as written in a costing table, exactly: "550.5", "£30.38", "1,234", or a
 * product that shows its derivation, "3 x 30.38", "2 × 2 × £30.38", "3*30.38". Null otherwise,
 * including negatives: a scenario says which way money moves in its Direction column instead.
 */
export function parseExactProduct(text: string): Big | null {
  const factors = text.split(/\s*[x×*]\s*/i);
  let product = new Big(1);
  for (const raw of factors) {
    const cleaned = raw
      .trim()
      .replace(/^£\s*/, '')
      .replace(/,(?=\d{3}(\D|$))/g, '');
    if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
    product = product.times(cleaned);
  }
  return product;
}
