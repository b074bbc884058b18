import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BENCH_SIZE, median, recordResult } from './bench-results';
import { seedStore } from './bench-store';
import { peakRendererMemory } from './renderer-memory';

const ROWS = BENCH_SIZE === 'full' ? 100_000 : 5_000;
const RUNS = BENCH_SIZE === 'full' ? 3 : 2;
const BASELINES_URL = 'http://127.0.0.1:4175/baselines.html';
/** How long one step of the import screen may take before the run is called failed. */
const STEP_TIMEOUT = BENCH_SIZE === 'full' ? 600_000 : 60_000;
const MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function writeSheet(rows: number, format: 'xlsx' | 'csv'): string {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'bench-import-')), `contacts.${format}`);
  execFileSync('npx', ['tsx', 'tests/bench/import-sheet.ts', String(rows), format, out], { stdio: 'ignore' });
  return out;
}

/** The import screen's whole path, as a user takes it: choose the file, check the rows, import them. */
async function importThroughScreen(page: Page, file: string, rows: number, mimeType: string, timeout: number): Promise<number> {
  await page.goto('/#/import');
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  const started = Date.now();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a spreadsheet…' }).click();
  await (await chooser).setFiles({ name: path.basename(file), mimeType, buffer: readFileSync(file) });
  await page.screenshot({ path: 'test-results/screenshots/bench-import-opening.png' });
  await page.getByRole('button', { name: `Check ${rows.toLocaleString('en-GB')} rows` }).click({ timeout });
  await expect(page.getByTestId('check-result')).toHaveText(`All ${rows.toLocaleString('en-GB')} contacts are valid.`, { timeout });
  await page.screenshot({ path: 'test-results/screenshots/bench-import-checked.png', fullPage: true });
  await page.getByRole('button', { name: `Import ${rows.toLocaleString('en-GB')} contacts` }).click({ timeout });
  // The screen leaves for the imported case once every contact is written.
  await page.waitForURL((url) => !url.hash.startsWith('#/import'), { timeout });
  return Date.now() - started;
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

test(`import ${ROWS.toLocaleString('en-GB')} xlsx rows end to end`, async ({ page }) => {
  const file = writeSheet(ROWS, 'xlsx');
  const agencies = JSON.parse(readFileSync(`${file}.agencies.json`, 'utf8')) as unknown[];
  const imports: number[] = [];
  const peaks: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await freshStore(page, agencies);
    const { result, peakMb } = await peakRendererMemory(() => importThroughScreen(page, file, ROWS, MIME, STEP_TIMEOUT));
    imports.push(result);
    peaks.push(peakMb);
  }

  await page.goto(BASELINES_URL);
  await page.locator('#sheet').setInputFiles(file);
  const parses: number[] = [];
  const parsePeaks: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const { result, peakMb } = await peakRendererMemory(() => page.evaluate(() => window.rawParse()));
    expect(result.rows).toBe(ROWS);
    parses.push(result.ms);
    parsePeaks.push(peakMb);
  }
  const records = JSON.parse(readFileSync(`${file}.contacts.json`, 'utf8')) as unknown[];
  for (let start = 0; start < records.length; start += 10_000) await page.evaluate((batch) => window.stageRecords(batch), records.slice(start, start + 10_000));
  const puts: number[] = [];
  for (let run = 0; run < RUNS; run += 1) puts.push(await page.evaluate(() => window.timeBulkPut()));

  const size = `${ROWS} rows (${(readFileSync(file).length / 1e6).toFixed(1)} MB xlsx)`;
  const results = [
    recordResult({
      name: 'import xlsx end to end',
      size,
      runs: RUNS,
      medianMs: median(imports),
      peakMemoryMb: Math.round(median(peaks)),
      baseline: 'SheetJS raw parse of the same file',
      baselineMedianMs: median(parses),
      baselinePeakMemoryMb: Math.round(median(parsePeaks)),
      target: { maxRatio: 2 },
      notes: `every run: ${imports.map(Math.round).join(', ')} ms vs ${parses.map(Math.round).join(', ')} ms; file chosen, parsed in the worker, checked, mapped, written to IndexedDB as one undoable change; peak memory is the browser's renderer processes (page and worker)`,
    }),
    recordResult({
      name: 'import xlsx against storing alone',
      size,
      runs: RUNS,
      medianMs: median(imports),
      baseline: 'Dexie bulkPut of the same records',
      baselineMedianMs: median(puts),
      notes: `bulkPut every run: ${puts.map(Math.round).join(', ')} ms`,
    }),
  ];
  for (const result of results) process.stdout.write(`${JSON.stringify(result)}\n`);
});
