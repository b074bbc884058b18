import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { targetCheck, type BenchResult } from './bench-results';

/** Gathers this run's figures into tests/bench/results.json and prints them as a table. */
const folder = 'test-results/bench';
const results = readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`${folder}/${f}`, 'utf8')) as BenchResult)
  .sort((a, b) => a.name.localeCompare(b.name));
writeFileSync('tests/bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
const figure = (ms: number, fps: number | undefined, memory: number | undefined) =>
  [
    fps === undefined ? `${ms} ms` : `${fps} fps (${ms} ms a frame)`,
    memory === undefined ? '' : `, peak ${memory} MB`,
  ].join('');
const rows = results.map(
  (r) =>
    `| ${r.name} | ${r.size} | ${r.runs} | ${figure(r.medianMs, r.fps, r.peakMemoryMb)} | ${r.baseline}: ${figure(r.baselineMedianMs, r.baselineFps, r.baselinePeakMemoryMb)} | ${r.ratio}× | ${targetCheck(r)?.text ?? ''} |`,
);
process.stdout.write(
  [
    '| Benchmark | Size | Runs | Median | Baseline (same run) | Ratio | Target |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n'),
);
