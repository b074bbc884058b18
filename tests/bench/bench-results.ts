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
  notes?: string;
}

export const BENCH_SIZE = process.env.BENCH_SIZE === 'full' ? 'full' : 'smoke';
const FOLDER = 'test-results/bench';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function recordResult(result: Omit<BenchResult, 'ratio'>): BenchResult {
  const full = { ...result, medianMs: Math.round(result.medianMs * 10) / 10, baselineMedianMs: Math.round(result.baselineMedianMs * 10) / 10, ratio: Math.round((result.medianMs / Math.max(result.baselineMedianMs, 0.001)) * 100) / 100 };
  mkdirSync(FOLDER, { recursive: true });
  writeFileSync(path.join(FOLDER, `${result.name.replace(/\W+/g, '-')}-${result.size}.json`), JSON.stringify(full, null, 2));
  return full;
}

export function readResults(): BenchResult[] {
  try {
    return JSON.parse(readFileSync('tests/bench/results.json', 'utf8')) as BenchResult[];
  } catch {
    return [];
  }
}
