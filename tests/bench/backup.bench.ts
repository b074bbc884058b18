import { expect, test, type Page } from '@playwright/test';
import { BENCH_SIZE, median, recordResult } from './bench-results';
import { bigCohort, seedStore } from './bench-store';
import { peakRendererMemory } from './renderer-memory';

const FULL = BENCH_SIZE === 'full';
const RUNS = FULL ? 2 : 3;
const STEP_TIMEOUT = FULL ? 20 * 60_000 : 60_000;

test.describe.configure({ timeout: 60 * 60_000 });

/** Counts the frames the page paints from now until stopFrames: a backup must never hold up the screen. */
async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { backupFrames: { times: number[]; running: boolean } };
    w.backupFrames = { times: [performance.now()], running: true };
    const tick = (time: number) => {
      w.backupFrames.times.push(time);
      if (w.backupFrames.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function stopFrames(page: Page): Promise<{ ms: number; longestFrameMs: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { backupFrames: { times: number[]; running: boolean } };
    w.backupFrames.running = false;
    const { times } = w.backupFrames;
    let longest = 0;
    for (let i = 1; i < times.length; i += 1) longest = Math.max(longest, times[i] - times[i - 1]);
    return { ms: performance.now() - times[0], longestFrameMs: longest };
  });
}

/** Baseline: every stored contact read back with one getAll, in the same page. */
function readAllContactsMs(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const started = performance.now();
        const open = indexedDB.open('journey-mapper');
        open.onsuccess = () => {
          const request = open.result.transaction('contacts', 'readonly').objectStore('contacts').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(performance.now() - started + (request.result.length < 0 ? 1 : 0));
          };
          request.onerror = () => reject(request.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

test('daily backup of the whole store', async ({ page }) => {
  const project = FULL
    ? bigCohort([201, 202, 203, 204, 205, 206, 207, 208, 209, 210], 100, 100_000)
    : bigCohort([201, 202], 10, 10_000);
  await page.goto('/');
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await seedStore(page, { agencies: project.agencies, cases: project.cases, contacts: project.contacts });
  await page.evaluate(() => (window.location.hash = '#/backups'));
  await expect(page.getByRole('heading', { name: 'Backups' })).toBeVisible();
  const backups: Array<{ ms: number; longestFrameMs: number; peakMb: number }> = [];
  const baselines: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const { result, peakMb } = await peakRendererMemory(async () => {
      await startFrames(page);
      await page.getByRole('button', { name: 'Back up now' }).click();
      await expect(page.getByRole('status')).toContainText('Backed up as journey-mapper-backup-', {
        timeout: STEP_TIMEOUT,
      });
      return stopFrames(page);
    });
    backups.push({ ...result, peakMb });
    await page.evaluate(() => (window.location.hash = '#/scenarios'));
    await page.evaluate(() => (window.location.hash = '#/backups'));
  }
  // The baselines come after every backup: a million records read on the page leave a gigabyte of
  // garbage, and its collection would otherwise land in the backup's frames.
  for (let run = 0; run < RUNS; run += 1) baselines.push(await readAllContactsMs(page));
  const size = await page
    .getByRole('table', { name: 'Backups' })
    .getByRole('row')
    .nth(1)
    .getByRole('cell')
    .first()
    .textContent();
  await page.screenshot({ path: 'test-results/screenshots/bench-backup.png' });
  const result = recordResult({
    name: 'daily backup',
    size: `${project.cases.length} cases, ${project.contacts.length} contacts`,
    runs: RUNS,
    medianMs: median(backups.map((b) => b.ms)),
    peakMemoryMb: Math.round(Math.max(...backups.map((b) => b.peakMb))),
    baseline: 'every contact read back with one IndexedDB getAll',
    baselineMedianMs: median(baselines),
    notes: `every run: ${backups.map((b) => Math.round(b.ms)).join(', ')} ms vs ${baselines.map(Math.round).join(', ')} ms; made in a worker: the screen's longest frame meanwhile ${backups.map((b) => Math.round(b.longestFrameMs)).join(', ')} ms; backup ${size?.trim()} (gzipped, a line per row)`,
  });
  process.stdout.write(`${JSON.stringify(result)}\n`);
});
