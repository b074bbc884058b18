/**
 * A repeatable random stream for anonymisation: the same seed must give the same pseudonyms,
 * ids and date offsets on every machine, so only 32-bit integer arithmetic is used (splitmix32),
 * never Math.random.
 */
export class SeedStream {
  private state: number;

  constructor(seed: number) {
    if (!Number.isSafeInteger(seed)) throw new Error(`a seed must be a whole number, not ${seed}`);
    // Both halves of a large seed count, so seeds 2^32 apart do not collide.
    this.state = (Math.imul(seed % 0x1_0000_0000, 0x27d4eb2d) ^ Math.floor(seed / 0x1_0000_0000)) >>> 0;
  }

  uint32(): number {
    this.state = (this.state + 0x9e3779b9) >>> 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  }

  /** Uniform whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor((this.uint32() / 0x1_0000_0000) * (max - min + 1));
  }

  /** A code of `length` characters drawn from `alphabet`. */
  code(alphabet: string, length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[this.int(0, alphabet.length - 1)];
    return out;
  }
}
