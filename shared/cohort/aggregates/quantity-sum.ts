import Big from 'big.js';

/**
 * An exact sum of quantities written as decimals. Most are whole numbers (contacts, nights,
 * days), added as plain numbers while every partial sum is a safe integer, which is exact; the
 * rest (hours, weeks, months) go to big.js. A cohort of a million contacts has a few hundred
 * thousand of these to add, and big.js for each was most of the time it took to cost.
 */
export class QuantitySum {
  private whole = 0;
  private fractions: Big | null = null;

  add(text: string): void {
    const n = Number(text);
    if (Number.isSafeInteger(n) && Number.isSafeInteger(this.whole + n)) this.whole += n;
    else this.fractions = (this.fractions ?? new Big(0)).plus(text);
  }

  isZero(): boolean {
    return this.whole === 0 && (this.fractions === null || this.fractions.eq(0));
  }

  value(): Big {
    return this.fractions === null ? new Big(this.whole) : this.fractions.plus(this.whole);
  }
}
