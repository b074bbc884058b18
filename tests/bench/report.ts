import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { BenchResult } from './bench-results';

/** Gathers this run's figures into tests/bench/results.json and prints them as a table. */
const folder = 'test-results/bench';
const results = readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`${folder}/${f}`, 'utf8')) as BenchResult)
  .sort((a, b) => a.name.localeCompare(b.name));
writeFileSync('tests/bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
const rows = results.map((r) => `| ${r.name} | ${r.size} | ${r.runs} | ${r.medianMs} ms | ${r.baseline}: ${r.baselineMedianMs} ms | ${r.ratio}× |`);
process.stdout.write(['| Benchmark | Size | Runs | Median | Baseline (same run) | Ratio |', '|---|---|---|---|---|---|', ...rows, ''].join('\n'));
