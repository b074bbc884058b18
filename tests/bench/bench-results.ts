import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Every figure is a median of several runs, reported beside a baseline measured in the same run:
 * these machines are noisy, so the ratio is what can be compared between runs, never the time.
 */
export interface BenchResult {
  name: string;
  size: string;
  runs: number;
  medianMs: number;
  baseline: string;
  baselineMedianMs: number;
  ratio: number;
  /** Frames per second during a scripted pan or zoom, where the figure is a frame rate; medianMs is then the mean frame time. */
  fps?: number;
  baselineFps?: number;
  /** Peak JavaScript heap of the page while the work ran. */
  peakMemoryMb?: number;
  baselinePeakMemoryMb?: number;
  /** The target for this figure, checked by report.ts. */
  target?: BenchTarget;
  notes?: string;
}

export interface BenchTarget {
  maxMs?: number;
  maxRatio?: number;
  minFps?: number;
}

/** The sizes unless the smoke sizes are asked for (CI, to keep the harness from rotting). */
export const BENCH_SIZE = process.env.BENCH_SIZE === 'smoke' ? 'smoke' : 'full';
const FOLDER = 'test-results/bench';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Whether a result meets its target, and by how much it misses when it does not. */
export function targetCheck(result: BenchResult): { met: boolean; text: string } | null {
  const { target } = result;
  if (target === undefined) return null;
  const misses: string[] = [];
  const meets: string[] = [];
  const check = (ok: boolean, good: string, bad: string) => (ok ? meets : misses).push(ok ? good : bad);
  if (target.maxMs !== undefined)
    check(
      result.medianMs <= target.maxMs,
      `≤ ${target.maxMs} ms`,
      `${Math.round(result.medianMs - target.maxMs)} ms over ${target.maxMs} ms`,
    );
  if (target.maxRatio !== undefined)
    check(
      result.ratio <= target.maxRatio,
      `≤ ${target.maxRatio}×`,
      `${result.ratio}× against ≤ ${target.maxRatio}×`,
    );
  if (target.minFps !== undefined && result.fps !== undefined)
    check(
      result.fps >= target.minFps,
      `≥ ${target.minFps} fps`,
      `${result.fps} fps against ≥ ${target.minFps} fps`,
    );
  return misses.length === 0
    ? { met: true, text: `met (${meets.join(', ')})` }
    : { met: false, text: `missed: ${misses.join('; ')}` };
}

export function recordResult(result: Omit<BenchResult, 'ratio'>): BenchResult {
  const full = {
    ...result,
    medianMs: Math.round(result.medianMs * 10) / 10,
    baselineMedianMs: Math.round(result.baselineMedianMs * 10) / 10,
    ratio: Math.round((result.medianMs / Math.max(result.baselineMedianMs, 0.001)) * 100) / 100,
  };
  mkdirSync(FOLDER, { recursive: true });
  writeFileSync(
    path.join(FOLDER, `${result.name.replace(/\W+/g, '-')}-${result.size}.json`),
    JSON.stringify(full, null, 2),
  );
  return full;
}

export function readResults(): BenchResult[] {
  try {
    return JSON.parse(readFileSync('tests/bench/results.json', 'utf8')) as BenchResult[];
  } catch {
    return [];
  }
}
