import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedStore, twelveLaneJourney } from '../bench/bench-store';
import { AppPage } from './pages/app-page';

/** What the picture shows, read off the page: every dated element's box, the view, the lane names, the life-event labels. */
interface Drawn {
  view: { left: number; right: number; top: number; bottom: number };
  dated: Array<{
    id: string;
    left: number;
    right: number;
    top: number;
    bottom: number;
    date: string;
    dateEnd: string | null;
  }>;
  lanes: Array<{ name: string; top: number; bottom: number; cut: boolean }>;
  lifeEventLabels: Array<{ left: number; right: number; top: number; bottom: number }>;
  labelColumn: { top: number; bottom: number };
  pxPerDay: number;
}

function readPicture(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const box = (element: Element) => element.getBoundingClientRect();
    const canvas = box(document.querySelector('.timeline-canvas') as Element);
    const column = box(document.querySelector('.lane-labels') as Element);
    return {
      view: { left: canvas.left, right: canvas.right, top: canvas.top, bottom: canvas.bottom },
      dated: [...document.querySelectorAll<HTMLElement>('.timeline-canvas [data-date]')].map((element) => {
        const b = box(element);
        const id =
          element.dataset.contactId ?? element.dataset.lifeEventId ?? `aggregate ${element.dataset.date}`;
        return {
          id,
          left: b.left,
          right: b.right,
          top: b.top,
          bottom: b.bottom,
          date: element.dataset.date ?? '',
          dateEnd: element.dataset.dateEnd ?? null,
        };
      }),
      lanes: [...document.querySelectorAll<HTMLElement>('.lane-label')].map((element) => {
        const b = box(element);
        return {
          name: element.textContent ?? '',
          top: b.top,
          bottom: b.bottom,
          cut:
            element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1,
        };
      }),
      lifeEventLabels: [...document.querySelectorAll('.timeline-canvas .life-event-label')].map((element) => {
        const b = box(element);
        return { left: b.left, right: b.right, top: b.top, bottom: b.bottom };
      }),
      labelColumn: { top: column.top, bottom: column.bottom },
      pxPerDay: Number(document.querySelector('[data-testid="timeline"]')?.getAttribute('data-px-per-day')),
    };
  });
}

/** A stored date (yyyy-mm-dd, perhaps with Thh:mm) as days since 1970, computed here and not by the app. */
function dayOf(stored: string): number {
  const [date, time = '00:00'] = stored.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return Date.UTC(y, m - 1, d, hh, mm) / 86_400_000;
}

/**
 * Checks the picture tells the truth: every dated point (a mark's centre, an aggregate's two ends)
 * lies on one straight line of x against date, lane names are whole and on screen, life-event
 * labels do not overlap. With `whole`, everything dated is inside the view.
 */
async function expectTruthful(page: Page, whole: boolean): Promise<void> {
  const drawn = await readPicture(page);
  const { view } = drawn;
  const inView = drawn.dated.filter((d) => d.right >= view.left && d.left <= view.right);
  expect(inView.length).toBeGreaterThan(0);
  if (whole) {
    for (const d of drawn.dated) {
      expect(
        d.left >= view.left - 0.5 && d.right <= view.right + 0.5,
        `${d.id} (${d.date}) lies inside the view`,
      ).toBe(true);
      expect(
        d.top >= view.top - 0.5 && d.bottom <= view.bottom + 0.5,
        `${d.id} (${d.date}) lies inside the view, vertically`,
      ).toBe(true);
    }
  }
  const points = inView.flatMap((d) =>
    d.dateEnd === null
      ? [{ id: d.id, day: dayOf(d.date), x: (d.left + d.right) / 2 }]
      : [
          { id: d.id, day: dayOf(d.date), x: d.left },
          { id: `${d.id} end`, day: dayOf(d.dateEnd), x: d.right },
        ],
  );
  // Least squares: x = a + b day. A true picture leaves every point within a pixel of it.
  const n = points.length;
  const meanDay = points.reduce((s, p) => s + p.day, 0) / n;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const spread = points.reduce((s, p) => s + (p.day - meanDay) ** 2, 0);
  const slope =
    spread === 0
      ? drawn.pxPerDay
      : points.reduce((s, p) => s + (p.day - meanDay) * (p.x - meanX), 0) / spread;
  const worst = Math.max(...points.map((p) => Math.abs(meanX + slope * (p.day - meanDay) - p.x)));
  expect(worst, 'largest distance of a mark from the straight line of x against date (px)').toBeLessThan(1);
  if (spread > 0) expect(Math.abs(slope - drawn.pxPerDay) / drawn.pxPerDay).toBeLessThan(0.01);
  // Two contacts 8 days apart are drawn 8 days apart.
  const single = points.filter((p) => !p.id.startsWith('aggregate'));
  const pair = single.flatMap((a) =>
    single.filter((b) => Math.abs(b.day - a.day - 8) < 1e-6).map((b) => [a, b] as const),
  )[0];
  if (pair !== undefined) expect(Math.abs(pair[1].x - pair[0].x - 8 * drawn.pxPerDay)).toBeLessThan(1);
  for (const lane of drawn.lanes) {
    expect(lane.cut, `lane ${lane.name} shows its whole name`).toBe(false);
    expect(
      lane.top >= drawn.labelColumn.top - 0.5 && lane.bottom <= drawn.labelColumn.bottom + 0.5,
      `lane ${lane.name} is on screen`,
    ).toBe(true);
  }
  const labels = drawn.lifeEventLabels;
  for (let i = 0; i < labels.length; i += 1) {
    for (let j = i + 1; j < labels.length; j += 1) {
      const [a, b] = [labels[i], labels[j]];
      expect(
        a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5,
        'two life-event labels overlap',
      ).toBe(false);
    }
  }
}

/** Zooms with the toolbar until the view shows at most (in) or at least (out) this many days, checking the picture after each step. */
async function zoomUntil(page: Page, days: number, direction: 'in' | 'out'): Promise<void> {
  const timeline = page.getByTestId('timeline');
  const width = (await page.locator('.timeline-canvas').boundingBox())?.width ?? 0;
  const button = page.getByRole('button', { name: direction === 'in' ? 'Zoom in time' : 'Zoom out time' });
  for (let step = 0; step < 30; step += 1) {
    const shown = width / Number(await timeline.getAttribute('data-px-per-day'));
    if (direction === 'in' ? shown <= days : shown >= days) return;
    const before = await timeline.getAttribute('data-px-per-day');
    await button.click();
    await expect(timeline).not.toHaveAttribute('data-px-per-day', before ?? '');
    await expectTruthful(page, false);
  }
  throw new Error(`could not zoom ${direction} to ${days} days`);
}

async function fitAndZoom(page: Page, name: string, shots: boolean): Promise<void> {
  await page.getByRole('button', { name: 'Fit journey' }).click();
  await expect(page.locator('.timeline-canvas [data-date]').first()).toBeVisible();
  await expectTruthful(page, true);
  if (shots) await page.screenshot({ path: `test-results/screenshots/timeline-${name}-fitted.png` });
  await zoomUntil(page, 366, 'in');
  if (shots) await page.screenshot({ path: `test-results/screenshots/timeline-${name}-year.png` });
  await zoomUntil(page, 31, 'in');
  if (shots) await page.screenshot({ path: `test-results/screenshots/timeline-${name}-month.png` });
  await zoomUntil(page, 3653, 'out');
  await page.getByRole('button', { name: 'Fit journey' }).click();
  await expectTruthful(page, true);
}

test('Matthew fitted, zoomed to a month and out to ten years: every contact at its date, every lane named, no life-event labels overlapping', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Open Matthew in training mode' }).click();
  await app.ready();
  await expect(page.getByTestId('journey-counts')).toHaveText(
    '125 contacts · 16 agencies · 8 missed opportunities',
  );
  await fitAndZoom(page, 'matthew', true);
  // Fitted, the overview strip shows the view as the whole journey.
  const window = await page.locator('.overview-window').boundingBox();
  const strip = await page.locator('.overview-strip').boundingBox();
  expect(
    window !== null &&
      strip !== null &&
      window.x <= strip.x + 1 &&
      window.x + window.width >= strip.x + strip.width - 1,
  ).toBe(true);
});

test('a generated journey of 2,000 contacts, fitted and zoomed, keeps every contact at its date', async ({
  page,
}) => {
  const project = twelveLaneJourney(17, 2_000);
  const app = new AppPage(page);
  await app.open();
  await seedStore(page, {
    agencies: project.agencies,
    cases: project.cases,
    contacts: project.contacts,
    links: project.links,
    lifeEvents: project.lifeEvents,
  });
  await page.evaluate(
    (id) => (window.location.hash = `#/case/${encodeURIComponent(id)}`),
    project.cases[0].id,
  );
  await expect(page.getByTestId('journey-counts')).toContainText('2000 contacts');
  await fitAndZoom(page, 'generated-2000', true);
});
