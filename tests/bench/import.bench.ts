import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CohortOptions } from '../../samples/generator/synthetic-cohort';
import { BENCH_SIZE, median, recordResult } from './bench-results';
import { seedStore } from './bench-store';
import { peakRendererMemory } from './renderer-memory';

const FULL = BENCH_SIZE === 'full';
const SHEETS = {
  xlsx: { rows: FULL ? 100_000 : 5_000, runs: FULL ? 3 : 2 },
  csv: { rows: FULL ? 1_000_000 : 20_000, runs: FULL ? 1 : 2 },
};
const BASELINES_URL = `http://127.0.0.1:${process.env.BENCH_PEER_PORT ?? 4175}/baselines.html`;
/** How long one step of the import screen may take before the run is called failed. */
const STEP_TIMEOUT = FULL ? 1_200_000 : 60_000;
const count = (n: number) => n.toLocaleString('en-GB');

function writeSheet(rows: number, format: 'xlsx' | 'csv'): { file: string; options: CohortOptions } {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'bench-import-')), `contacts.${format}`);
  const printed = execFileSync('npx', ['tsx', 'tests/bench/import-sheet.ts', String(rows), format, file], {
    encoding: 'utf8',
  });
  return { file, options: JSON.parse(printed.trim().split('\n').at(-1) ?? '{}') as CohortOptions };
}

interface ScreenTimes {
  total: number;
  read: number;
  check: number;
  write: number;
}

/** The import screen's whole path, as a user takes it: choose the file, check the rows, import them; each step timed. */
async function importThroughScreen(
  page: Page,
  file: string,
  rows: number,
  shots: string,
): Promise<ScreenTimes> {
  await page.goto('/#/import');
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  const started = Date.now();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a spreadsheet…' }).click();
  await (await chooser).setFiles(file);
  const checkButton = page.getByRole('button', { name: `Check ${count(rows)} rows` });
  await checkButton.waitFor({ timeout: STEP_TIMEOUT });
  const read = Date.now();
  await checkButton.click();
  await expect(page.getByTestId('check-result')).toHaveText(`All ${count(rows)} contacts are valid.`, {
    timeout: STEP_TIMEOUT,
  });
  const checked = Date.now();
  await page.screenshot({ path: `test-results/screenshots/bench-import-${shots}-checked.png` });
  await page.getByRole('button', { name: `Import ${count(rows)} contacts` }).click({ timeout: STEP_TIMEOUT });
  await expect(page.getByTestId('import-progress')).toContainText(/Writing contacts/);
  await page.screenshot({ path: `test-results/screenshots/bench-import-${shots}-writing.png` });
  // The screen leaves for the imported case once every contact is written.
  await page.waitForURL((url) => !url.hash.startsWith('#/import'), { timeout: STEP_TIMEOUT });
  const done = Date.now();
  return { total: done - started, read: read - started, check: checked - read, write: done - checked };
}

/**
 * Each run imports into a new store that knows the sheet's twelve agencies, so no agency needs
 * resolving by hand. The app lets go of the old store when asked (versionchange), so the delete is not blocked.
 */
async function freshStore(page: Page, agencies: unknown[]): Promise<void> {
  await page.goto('about:blank');
  await page.goto('/');
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('journey-mapper');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await page.goto('about:blank');
  await page.goto('/');
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await seedStore(page, { agencies });
  // Leave the page, so the import screen below is a fresh load of the app, not a change of hash.
  await page.goto('about:blank');
}

async function timeParse(
  page: Page,
  parse: 'rawParse' | 'papaParse',
  rows: number,
  runs: number,
): Promise<{ ms: number[]; peaks: number[] }> {
  const ms: number[] = [];
  const peaks: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const { result, peakMb } = await peakRendererMemory(() => page.evaluate((name) => window[name](), parse));
    expect(result.rows).toBe(rows);
    ms.push(result.ms);
    peaks.push(peakMb);
  }
  return { ms, peaks };
}

const listed = (values: number[]) => values.map(Math.round).join(', ');

for (const format of ['xlsx', 'csv'] as const) {
  const { rows, runs } = SHEETS[format];
  test(`import ${count(rows)} ${format} rows end to end`, async ({ page }) => {
    const { file, options } = writeSheet(rows, format);
    const agencies = JSON.parse(readFileSync(`${file}.agencies.json`, 'utf8')) as unknown[];
    const imports: ScreenTimes[] = [];
    const peaks: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      await freshStore(page, agencies);
      const { result, peakMb } = await peakRendererMemory(() =>
        importThroughScreen(page, file, rows, `${format}-${rows}`),
      );
      imports.push(result);
      peaks.push(peakMb);
    }

    await page.goto(BASELINES_URL);
    await page.locator('#sheet').setInputFiles(file);
    const sheetjs = await timeParse(page, 'rawParse', rows, runs);
    const papa = format === 'csv' ? await timeParse(page, 'papaParse', rows, runs) : null;
    const puts: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const put = await page.evaluate((o) => window.timeBulkPut(o), options);
      expect(put.records).toBe(rows);
      puts.push(put.ms);
    }

    const size = `${rows} rows (${(statSync(file).size / 1e6).toFixed(1)} MB ${format})`;
    const totals = imports.map((i) => i.total);
    const steps = `reading ${listed(imports.map((i) => i.read))} ms, checking ${listed(imports.map((i) => i.check))} ms, writing ${listed(imports.map((i) => i.write))} ms`;
    const results = [
      recordResult({
        name: `import ${format} end to end`,
        size,
        runs,
        medianMs: median(totals),
        peakMemoryMb: Math.round(median(peaks)),
        baseline: 'SheetJS raw parse of the same file',
        baselineMedianMs: median(sheetjs.ms),
        baselinePeakMemoryMb: Math.round(median(sheetjs.peaks)),
        target: format === 'xlsx' ? { maxRatio: 2 } : undefined,
        notes: `every run: ${listed(totals)} ms (${steps}) vs ${listed(sheetjs.ms)} ms; file chosen, parsed in the worker, checked, mapped, written to IndexedDB as one undoable change; peak memory is the browser's renderer processes (page and worker)`,
      }),
      recordResult({
        name: `import ${format} against storing alone`,
        size,
        runs,
        medianMs: median(totals),
        baseline: 'Dexie bulkPut of the same records, 50,000 at a time',
        baselineMedianMs: median(puts),
        notes: `bulkPut every run: ${listed(puts)} ms`,
      }),
    ];
    if (papa !== null) {
      results.push(
        recordResult({
          name: `import ${format} against papaparse`,
          size,
          runs,
          medianMs: median(totals),
          baseline: 'papaparse raw parse of the same file',
          baselineMedianMs: median(papa.ms),
          baselinePeakMemoryMb: Math.round(median(papa.peaks)),
          notes: `papaparse every run: ${listed(papa.ms)} ms`,
        }),
      );
    }
    for (const result of results) process.stdout.write(`${JSON.stringify(result)}\n`);
  });
}
