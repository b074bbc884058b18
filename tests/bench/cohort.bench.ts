import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BENCH_SIZE, median, recordResult } from './bench-results';

const SIZE = BENCH_SIZE === 'full' ? { cases: 150, contacts: 100_000 } : { cases: 20, contacts: 5_000 };
const RUNS = BENCH_SIZE === 'full' ? 5 : 3;

interface SyntheticProject {
  cases: unknown[];
  agencies: unknown[];
  contacts: Array<{ unitCostId: string | null }>;
}

/** The seeded generator runs under tsx (Playwright's loader cannot import the app's JSON data files). */
function syntheticCohort(seed: number, cases: number, contacts: number): SyntheticProject {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'bench-')), 'cohort.journey.json');
  execFileSync('npx', ['tsx', 'samples/generator/make-cohort.ts', '--seed', String(seed), '--cases', String(cases), '--contacts', String(contacts), '--out', out], { stdio: 'ignore' });
  return JSON.parse(readFileSync(out, 'utf8')) as SyntheticProject;
}

/** Writes rows straight into the app's IndexedDB store, as a long-used store would hold them. */
async function seedStore(page: Page, tables: Record<string, unknown[]>): Promise<void> {
  for (const [table, rows] of Object.entries(tables)) {
    for (let start = 0; start < rows.length; start += 5_000) {
      await page.evaluate(
        ({ table: name, batch }) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('journey-mapper');
            open.onsuccess = () => {
              const tx = open.result.transaction(name, 'readwrite');
              for (const row of batch) tx.objectStore(name).put(row);
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
            open.onerror = () => reject(open.error);
          }),
        { table, batch: rows.slice(start, start + 5_000) },
      );
    }
  }
}

/** Milliseconds from asking for a screen to its ready marker showing the expected text. */
function timeToShow(page: Page, hash: string, testId: string, text: string): Promise<number> {
  return page.evaluate(
    ({ hash: target, testId: id, text: expected }) =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        window.location.hash = target;
        const check = () => {
          if (document.querySelector(`[data-testid="${id}"]`)?.textContent === expected) resolve(performance.now() - started);
          else requestAnimationFrame(check);
        };
        check();
      }),
    { hash, testId, text },
  );
}

test(`cohort view opens with ${SIZE.cases} cases and ${SIZE.contacts.toLocaleString('en-GB')} contacts`, async ({ page }) => {
  const project = syntheticCohort(11, SIZE.cases, SIZE.contacts);
  await page.goto('/');
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await seedStore(page, { agencies: project.agencies, cases: project.cases, contacts: project.contacts });

  const expected = `${SIZE.cases} of ${SIZE.cases} cases`;
  const opens: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.evaluate(() => (window.location.hash = '#/backups'));
    await expect(page.getByRole('heading', { name: 'Backups' })).toBeVisible();
    opens.push(await timeToShow(page, '#/cohort', 'cohort-count', expected));
  }
  // Baseline: the same contacts' unit-cost figures summed by a plain loop over an in-memory array, in the same page.
  const amounts = project.contacts.map((c, i) => (c.unitCostId === null ? 0 : 1000 + (i % 997)));
  const baselines: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    baselines.push(
      await page.evaluate((values) => {
        const started = performance.now();
        let total = 0;
        for (let repeat = 0; repeat < 100; repeat += 1) for (const v of values) total += v;
        return (performance.now() - started) / 100 + (total < 0 ? 1 : 0);
      }, amounts),
    );
  }
  const result = recordResult({
    name: 'cohort view open',
    size: `${SIZE.cases} cases, ${SIZE.contacts} contacts`,
    runs: RUNS,
    medianMs: median(opens),
    baseline: 'plain loop summing the same contacts in memory',
    baselineMedianMs: median(baselines),
    notes: `every run: ${opens.map((t) => Math.round(t)).join(', ')} ms (reads every contact from IndexedDB, costs each case exactly, renders the table and charts)`,
  });
  process.stdout.write(`${JSON.stringify(result)}\n`);
});
