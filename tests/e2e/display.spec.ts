import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import type { Page } from '@playwright/test';

async function openSampleA(page: Page): Promise<void> {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Open Sample A in training mode' }).click();
  await app.ready();
  await expect(page.getByTestId('journey-counts')).toHaveText(
    '12 contacts · 4 agencies · 2 missed opportunities',
  );
}

/** Ctrl + wheel in the middle of the timeline, after noting every time the cards were carried ahead of their layout (the glide). */
async function wheelZoomWatchingForGlide(
  page: Page,
): Promise<{ before: number; glided: () => Promise<boolean> }> {
  const timeline = page.getByTestId('timeline');
  const before = Number(await timeline.getAttribute('data-px-per-day'));
  await page.locator('.timeline-canvas').evaluate((canvas) => {
    const seen = { glided: false };
    (window as unknown as { glide: typeof seen }).glide = seen;
    new MutationObserver(() => {
      if (canvas.classList.contains('zooming')) seen.glided = true;
    }).observe(canvas, { attributes: true, attributeFilter: ['class'] });
  });
  const box = await page.locator('.timeline-canvas').boundingBox();
  if (box === null) throw new Error('the timeline is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.down('Control');
  for (let notch = 0; notch < 3; notch += 1) await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  return {
    before,
    glided: () => page.evaluate(() => (window as unknown as { glide: { glided: boolean } }).glide.glided),
  };
}

test.use({ actionTimeout: 15_000 });

test('with reduced motion asked for, a wheel zoom jumps to its new scale and nothing glides; without, the cards glide', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openSampleA(page);
  const timeline = page.getByTestId('timeline');
  const reduced = await wheelZoomWatchingForGlide(page);
  await expect
    .poll(async () => Number(await timeline.getAttribute('data-px-per-day')))
    .toBeGreaterThan(reduced.before * 2);
  expect(await reduced.glided()).toBe(false);

  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.getByRole('button', { name: 'Fit journey' }).click();
  const gliding = await wheelZoomWatchingForGlide(page);
  await expect
    .poll(async () => Number(await timeline.getAttribute('data-px-per-day')))
    .toBeGreaterThan(gliding.before * 2);
  expect(await gliding.glided()).toBe(true);
});

test('at 200% zoom (a 1280 x 900 screen shows 640 x 450 CSS pixels) every screen keeps all its content: the page scrolls, nothing is cut off', async ({
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 450 });
  const noSidewaysScroll = async (where: string) =>
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      `pixels the ${where} page must be scrolled sideways`,
    ).toBe(0);
  const shown = async (name: string) => {
    // Export… is a disclosure (details and summary), not a button: found by its text like the rest.
    const target = page.getByRole('toolbar', { name: 'Journey' }).getByText(name, { exact: true });
    await target.scrollIntoViewIfNeeded();
    await expect(target).toBeInViewport({ ratio: 1 });
  };
  await openSampleA(page);
  await noSidewaysScroll('journey');
  for (const name of ['Add contact', 'Add life event', 'Fit journey', 'Export…', 'More ▾', 'Table'])
    await shown(name);
  await page.screenshot({ path: '/tmp/shots/a11y/zoom200-journey-top.png' });
  // Every lane and a card of the timeline can be brought into view, not squeezed to nothing under the toolbar.
  for (const lane of ['Police', 'Ambulance', 'A&E', 'Housing']) {
    const label = page.locator('.lane-label', { hasText: new RegExp(`^${lane}$`) });
    await label.scrollIntoViewIfNeeded();
    await expect(label).toBeInViewport({ ratio: 0.9 });
  }
  await page.screenshot({ path: '/tmp/shots/a11y/zoom200-journey-lanes.png' });
  const summary = page.getByRole('heading', { name: 'Cost of this journey' });
  await summary.scrollIntoViewIfNeeded();
  await expect(summary).toBeInViewport();

  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const firstRow = page.getByRole('table', { name: 'Contacts' }).getByRole('row').nth(1);
  await firstRow.scrollIntoViewIfNeeded();
  await expect(firstRow).toBeInViewport();
  await noSidewaysScroll('journey table');
  await page.screenshot({ path: '/tmp/shots/a11y/zoom200-table.png' });

  for (const [screen, heading] of [
    ['Cases', 'Cases'],
    ['Unit costs', 'Unit costs'],
    ['Scenarios', 'Savings scenarios'],
    ['Backups', 'Backups'],
  ]) {
    const link = page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: screen });
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await page.screenshot({ path: `/tmp/shots/a11y/zoom200-${screen.toLowerCase().replace(' ', '-')}.png` });
    await noSidewaysScroll(screen);
  }
});
