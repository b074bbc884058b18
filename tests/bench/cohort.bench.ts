import { expect, test, type Page } from '@playwright/test';
import { BENCH_SIZE, median, recordResult, type BenchTarget } from './bench-results';
import { bigCohort, seedStore, syntheticProject, type SyntheticProject } from './bench-store';

const FULL = BENCH_SIZE === 'full';
const RUNS = FULL ? 5 : 3;
/** Issue 7: the cohort view with 150 cases / 100,000 contacts, and cohort totals over 1,000,000 contacts, each within a second. */
const ONE_SECOND: BenchTarget | undefined = FULL ? { maxMs: 1_000 } : undefined;

interface OpenTimes {
  /** Until the element shows text starting with the expected text (the table's count, or the totals). */
  shown: number;
  /** Until the sequences and the answer to the before/after question are shown too, read from every contact. */
  contacts: number;
  /** Until every chart is drawn: they follow the table and headline in a later render. */
  charts: number;
}

/** Milliseconds from asking for the cohort screen until `testId` shows text starting with `expected`, and until the contact analyses show. */
function timeToShow(page: Page, testId: string, expected: string): Promise<OpenTimes> {
  return page.evaluate(
    ({ testId: id, text }) =>
      new Promise<OpenTimes>((resolve) => {
        const started = performance.now();
        let shown: number | null = null;
        let contacts: number | null = null;
        let charts: number | null = null;
        window.location.hash = '#/cohort';
        const check = () => {
          const now = performance.now() - started;
          if (
            shown === null &&
            document.querySelector(`[data-testid="${id}"]`)?.textContent?.startsWith(text)
          )
            shown = now;
          if (
            contacts === null &&
            document.querySelector('table[aria-label="Common sequences"]') !== null &&
            document.querySelector('[data-testid="before-after-answer"]') !== null
          )
            contacts = now;
          const figures = document.querySelectorAll('.chart-area');
          if (
            charts === null &&
            figures.length > 0 &&
            [...figures].every((f) => f.querySelector('svg.recharts-surface') !== null)
          )
            charts = now;
          if (shown !== null && contacts !== null && charts !== null) resolve({ shown, contacts, charts });
          else requestAnimationFrame(check);
        };
        check();
      }),
    { testId, text: expected },
  );
}

/** Leaves for a screen that reads nothing from the store (the browser build's Backups screen reads every backup in full). */
async function leaveCohort(page: Page): Promise<void> {
  await page.evaluate(() => (window.location.hash = '#/scenarios'));
  await expect(page.getByRole('heading', { name: 'Savings scenarios' })).toBeVisible();
}

/** Waits until the browser build's backup store holds a backup: the app's daily backup of the seeded store is done. */
async function dayBackedUp(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const open = indexedDB.open('journey-mapper-backups');
              open.onsuccess = () => {
                const database = open.result;
                const backups = (count: number) => {
                  database.close();
                  resolve(count);
                };
                if (!database.objectStoreNames.contains('sizes')) return backups(0);
                const count = database.transaction('sizes').objectStore('sizes').count();
                count.onsuccess = () => backups(count.result);
              };
            }),
        ),
      { timeout: 10 * 60_000, intervals: [1_000] },
    )
    .toBeGreaterThan(0);
}

async function restart(page: Page): Promise<void> {
  await leaveCohort(page);
  await page.reload();
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
}

/** The main thread's JavaScript heap after a full collection: what the screen holds on to, without the worker's. */
async function mainHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return Math.round(usedSize / 1e6);
}

/** Baseline: the contacts' unit-cost figures summed by a plain loop over an in-memory array, in the same page. */
async function plainLoopMs(page: Page, project: SyntheticProject): Promise<number[]> {
  const amounts = project.contacts.map((c, i) => (c.unitCostId === null ? 0 : 1000 + (i % 997)));
  // Repeated to two million additions or more: the page's clock ticks in tenths of a millisecond.
  const repeats = Math.max(20, Math.ceil(2_000_000 / amounts.length));
  const baselines: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    baselines.push(
      await page.evaluate(
        ({ values, times }) => {
          const started = performance.now();
          let total = 0;
          for (let repeat = 0; repeat < times; repeat += 1) for (const v of values) total += v;
          return (performance.now() - started) / times + (total < 0 ? 1 : 0);
        },
        { values: amounts, times: repeats },
      ),
    );
  }
  return baselines;
}

interface Opens {
  rebuildMs: number;
  /** Opens after the first in a session: the worker kept what it read and the store was checked. */
  again: OpenTimes[];
  /** The first open after the app started, asked the moment it is ready: the worker starts, checks the store against a count of every contact, reads every aggregate and every contact. */
  first: OpenTimes[];
  /** The first open after the app started, asked as a user would: a few seconds after it is ready, when the worker has started and checked the store while the app was idle. */
  settled: OpenTimes[];
  mainHeapMb: number[];
}

/**
 * Seeds the store straight into IndexedDB (as a store written around the app would be), restarts,
 * opens the cohort once, which finds the aggregates short of the contacts and rebuilds them, then times the
 * opens that follow in the same session, then the first open after each of as many restarts.
 */
async function seededOpens(
  page: Page,
  project: SyntheticProject,
  testId: string,
  expected: string,
): Promise<Opens> {
  await page.goto('/');
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await seedStore(page, { agencies: project.agencies, cases: project.cases, contacts: project.contacts });
  // The app started, and its cohort worker checked the store, before the seeding wrote around it:
  // a restart, as after another program wrote the store, has the worker find the aggregates short.
  await restart(page);
  const rebuildMs = (await timeToShow(page, testId, expected)).shown;
  // That start-up, the first with contacts in the store, also made the day's backup of all of them: the app's work, not the cohort's.
  await dayBackedUp(page);
  const again: OpenTimes[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await leaveCohort(page);
    again.push(await timeToShow(page, testId, expected));
  }
  const first: OpenTimes[] = [];
  const heap: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await restart(page);
    first.push(await timeToShow(page, testId, expected));
    heap.push(await mainHeapMb(page));
  }
  const settled: OpenTimes[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await restart(page);
    await page.waitForTimeout(SETTLE_MS);
    settled.push(await timeToShow(page, testId, expected));
  }
  return { rebuildMs, again, first, settled, mainHeapMb: heap };
}

/** How long after start-up the settled opens are asked: the time a user takes to look at the start screen and choose the cohort. */
const SETTLE_MS = 3_000;

const ms = (times: number[]) => times.map((t) => Math.round(t)).join(', ');

/** Four results per size: opens in a session, the first open after start-up (asked at once and asked a few seconds later), and the contact analyses on the first open. */
function record(name: string, size: string, opens: Opens, baselines: number[], what: string): void {
  const baseline = {
    runs: RUNS,
    baseline: 'plain loop summing the same contacts in memory',
    baselineMedianMs: median(baselines),
  };
  const heap = `main-thread heap after the contact analyses were shown: ${opens.mainHeapMb.join(', ')} MB`;
  const results = [
    recordResult({
      name,
      size,
      ...baseline,
      medianMs: median(opens.again.map((o) => o.shown)),
      target: ONE_SECOND,
      notes: `opens after the first in a session; every run: ${ms(opens.again.map((o) => o.shown))} ms (${what}). The first open after seeding straight into IndexedDB rebuilt the aggregates: ${Math.round(opens.rebuildMs)} ms`,
    }),
    recordResult({
      name: `${name}, first open after start-up`,
      size,
      ...baseline,
      medianMs: median(opens.first.map((o) => o.shown)),
      target: ONE_SECOND,
      notes: `every run: ${ms(opens.first.map((o) => o.shown))} ms, asked the moment the app is ready after a reload: the worker starts, counts every contact to check the aggregates, reads them and costs them; every chart drawn at ${ms(opens.first.map((o) => o.charts))} ms`,
    }),
    recordResult({
      name: `${name}, first open ${SETTLE_MS / 1000} s after start-up`,
      size,
      ...baseline,
      medianMs: median(opens.settled.map((o) => o.shown)),
      target: ONE_SECOND,
      notes: `every run: ${ms(opens.settled.map((o) => o.shown))} ms, asked ${SETTLE_MS / 1000} s after the app was ready after a reload: the worker was started and checked the store while the app was idle; every chart drawn at ${ms(opens.settled.map((o) => o.charts))} ms`,
    }),
    recordResult({
      name: 'cohort sequences and before/after shown, first open after start-up',
      size,
      ...baseline,
      medianMs: median(opens.first.map((o) => o.contacts)),
      notes: `every run: ${ms(opens.first.map((o) => o.contacts))} ms from asking for the screen, every contact read case by case in the worker; opens later in the session: ${ms(opens.again.map((o) => o.contacts))} ms. ${heap}`,
    }),
  ];
  for (const result of results) process.stdout.write(`${JSON.stringify(result)}\n`);
}

test.describe.configure({ timeout: 30 * 60_000 });

test('cohort view open', async ({ page }) => {
  const size = FULL ? { cases: 150, contacts: 100_000 } : { cases: 20, contacts: 5_000 };
  const project = syntheticProject(11, size.cases, size.contacts);
  const opens = await seededOpens(page, project, 'cohort-count', `${size.cases} of ${size.cases} cases`);
  record(
    'cohort view open',
    `${size.cases} cases, ${size.contacts} contacts`,
    opens,
    await plainLoopMs(page, project),
    'the worker costs the aggregates it read, the screen draws the table and charts',
  );
});

test('cohort totals', async ({ page }) => {
  const seeds = FULL ? [101, 102, 103, 104, 105, 106, 107, 108, 109, 110] : [101, 102];
  const casesEach = FULL ? 100 : 10;
  const contactsEach = FULL ? 100_000 : 10_000;
  const project = bigCohort(seeds, casesEach, contactsEach);
  const opens = await seededOpens(page, project, 'cohort-headline', `${project.cases.length} people cost`);
  record(
    'cohort totals',
    `${project.cases.length} cases, ${project.contacts.length} contacts`,
    opens,
    await plainLoopMs(page, project),
    'from opening the cohort screen to its totals by cost bearer and financial year shown, costed exactly at the price base from the aggregates the worker read',
  );
});
