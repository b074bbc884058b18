import { expect, test, type Page } from '@playwright/test';
import { BENCH_SIZE, median, recordResult } from './bench-results';
import { seedStore, twelveLaneJourney } from './bench-store';

const CONTACTS = 5_000;
const RUNS = BENCH_SIZE === 'full' ? 5 : 3;

/**
 * Milliseconds from the start of navigation (a fresh load of the renderer, as when the desktop
 * app starts) to the first frame painted once `ready` holds.
 */
type Ready = { kind: 'journey'; contacts: number } | { kind: 'list'; pseudonym: string };

async function loadTime(page: Page, hash: string, ready: Ready): Promise<number> {
  await page.goto('about:blank');
  await page.goto(`/${hash}`, { waitUntil: 'commit' });
  return page.evaluate(
    (want) =>
      new Promise<number>((resolve) => {
        const isReady = () => {
          if (document.querySelector('[data-app-state="ready"]') === null) return false;
          if (want.kind === 'list') return document.body.textContent?.includes(want.pseudonym) ?? false;
          const counted =
            document
              .querySelector('[data-testid="journey-counts"]')
              ?.textContent?.startsWith(`${want.contacts} contacts`) ?? false;
          return counted && document.querySelector('[data-testid="timeline"] .react-flow__node') !== null;
        };
        const check = () => {
          if (isReady()) requestAnimationFrame(() => resolve(performance.now()));
          else requestAnimationFrame(check);
        };
        check();
      }),
    ready,
  );
}

test(`start-up with a ${CONTACTS.toLocaleString('en-GB')}-contact journey open`, async ({ page }) => {
  const project = twelveLaneJourney(31, CONTACTS);
  await page.goto('/');
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await seedStore(page, {
    agencies: project.agencies,
    cases: project.cases,
    contacts: project.contacts,
    links: project.links,
    lifeEvents: project.lifeEvents,
  });
  const journey: number[] = [];
  const list: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    // Alternated, so a slow spell on a shared machine falls on both.
    journey.push(
      await loadTime(page, `#/case/${encodeURIComponent(project.cases[0].id)}`, {
        kind: 'journey',
        contacts: CONTACTS,
      }),
    );
    list.push(await loadTime(page, '#/', { kind: 'list', pseudonym: project.cases[0].pseudonym }));
  }
  const result = recordResult({
    name: 'start-up with a journey open',
    size: `${CONTACTS} contacts, 12 lanes`,
    runs: RUNS,
    medianMs: median(journey),
    baseline: "the same build's start screen (case list) from the same store",
    baselineMedianMs: median(list),
    notes: `every run: ${journey.map(Math.round).join(', ')} ms vs ${list.map(Math.round).join(', ')} ms, from navigation start to the first frame painted with the timeline drawn (journey) or the case listed (start screen)`,
  });
  process.stdout.write(`${JSON.stringify(result)}\n`);
});
