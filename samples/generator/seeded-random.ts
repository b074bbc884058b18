/**
 * A small deterministic random source (sfc32, seeded through splitmix32), so a cohort is a pure
 * function of its seed: the same seed gives byte-identical files on every machine and Node
 * version. Only integer and IEEE arithmetic is used, never Math.random or transcendental
 * functions, whose last bits may differ between engines.
 */

/** splitmix32: spreads any 32-bit seed over the whole state, so seeds 1 and 2 start far apart. */
function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Mixes two integers into one seed: how a case gets its own stream from the cohort seed. */
export function mixSeeds(a: number, b: number): number {
  const next = splitmix32(Math.imul(a >>> 0, 0x27d4eb2d) ^ (b >>> 0));
  next();
  return next();
}

export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    if (!Number.isSafeInteger(seed)) throw new Error(`a seed must be a whole number, not ${seed}`);
    const next = splitmix32(mixSeeds(seed % 0x1_0000_0000, Math.floor(seed / 0x1_0000_0000)));
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    // sfc32's first outputs still echo the seed; discard them.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 0x1_0000_0000;
  }

  /** Uniform whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** One item, chosen with probability proportional to its weight. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, weight] of items) total += weight;
    let target = this.next() * total;
    for (const [item, weight] of items) {
      target -= weight;
      if (target < 0) return item;
    }
    return items[items.length - 1][0];
  }

  /** Roughly normal (Irwin-Hall of six uniforms): bounded at ±4.2 sd, which suits durations and ages. */
  normal(mean: number, sd: number): number {
    let sum = 0;
    for (let i = 0; i < 6; i++) sum += this.next();
    return mean + (sum - 3) * Math.SQRT2 * sd;
  }
}
