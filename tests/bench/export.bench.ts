import { test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { BENCH_SIZE, median, recordResult } from './bench-results';

const CONTACTS = BENCH_SIZE === 'full' ? 100_000 : 5_000;
const RUNS = BENCH_SIZE === 'full' ? 5 : 3;
/** Issue 7: the costed workbook within 3× SheetJS writing the same rows unformatted. */
const TARGET_RATIO = 3;

interface ExportRun {
  contacts: number;
  cases: number;
  workbook: Array<{ ms: number; bytes: number }>;
  baseline: Array<{ ms: number; bytes: number }>;
}

test(`costed workbook of ${CONTACTS.toLocaleString('en-GB')} contacts`, () => {
  // In Node, as the desktop app's export runs the same shared code; tsx because the costing imports JSON data.
  const output = execFileSync('npx', ['tsx', 'tests/bench/export-run.ts', String(CONTACTS), String(RUNS)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const run = JSON.parse(output.trim().split('\n').pop() ?? '') as ExportRun;
  const result = recordResult({
    name: 'export costed workbook',
    size: `${run.contacts} contacts in ${run.cases} cases`,
    runs: RUNS,
    medianMs: median(run.workbook.map((r) => r.ms)),
    baseline: 'SheetJS aoa_to_sheet + write of the same rows, unformatted',
    baselineMedianMs: median(run.baseline.map((r) => r.ms)),
    target: { maxRatio: TARGET_RATIO },
    notes: `every run: ${run.workbook.map((r) => Math.round(r.ms)).join(', ')} ms vs ${run.baseline.map((r) => Math.round(r.ms)).join(', ')} ms; ${(run.workbook[0].bytes / 1e6).toFixed(1)} MB vs ${(run.baseline[0].bytes / 1e6).toFixed(1)} MB (costing every case, 9 sheets, money and date formats, notes, frozen headers)`,
  });
  process.stdout.write(`${JSON.stringify(result)}\n`);
});
