import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../../samples/generator/seeded-random';

function draws(seed: number, count: number): number[] {
  const rng = new SeededRandom(seed);
  return Array.from({ length: count }, () => rng.next());
}

describe('seeded random', () => {
  it('repeats a seed exactly and separates neighbouring seeds', () => {
    expect(draws(1, 5)).toEqual(draws(1, 5));
    expect(draws(1, 5)).not.toEqual(draws(2, 5));
    expect(draws(2 ** 40, 5)).not.toEqual(draws(0, 5));
    expect(() => new SeededRandom(1.5)).toThrow('whole number');
  });

  it('keeps every helper in its range, in the proportions asked for', () => {
    const rng = new SeededRandom(42);
    const ints = Array.from({ length: 20_000 }, () => rng.int(3, 7));
    expect(Math.min(...ints)).toBe(3);
    expect(Math.max(...ints)).toBe(7);
    const heavy = Array.from({ length: 20_000 }, () =>
      rng.weighted([
        ['rare', 1],
        ['common', 3],
      ] as const),
    ).filter((x) => x === 'common').length;
    expect(heavy / 20_000).toBeCloseTo(0.75, 1);
    expect(Array.from({ length: 20_000 }, () => rng.chance(0.2)).filter(Boolean).length / 20_000).toBeCloseTo(
      0.2,
      1,
    );
    const normals = Array.from({ length: 20_000 }, () => rng.normal(36, 9));
    expect(normals.reduce((a, b) => a + b, 0) / normals.length).toBeCloseTo(36, 0);
    expect(Math.min(...normals)).toBeGreaterThan(36 - 9 * 4.3);
    expect(() => rng.pick([])).toThrow('empty');
  });
});
