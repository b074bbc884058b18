import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';

async function insideWindow(page: Page, element: Locator): Promise<void> {
  const box = await element.boundingBox();
  const size = page.viewportSize();
  if (box === null || size === null) throw new Error('not on screen');
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(size.width);
  expect(box.y + box.height).toBeLessThanOrEqual(size.height);
}

for (const width of [1280, 1440]) {
  test(`at ${width} x 900 the journey toolbar keeps one line and every menu opens inside the window`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const app = new AppPage(page);
    await app.open();
    await app.createCase('Person with a long pseudonym for a toolbar');
    const toolbar = page.getByRole('toolbar', { name: 'Journey' });
    await expect(toolbar).toBeVisible();

    // One line: every control sits level with "← Cases", and none leaves the window.
    const controls = toolbar.locator(
      ':scope button:visible, :scope a.button:visible, :scope summary:visible, :scope select:visible',
    );
    const first = await toolbar.getByRole('button', { name: '← Cases' }).boundingBox();
    if (first === null) throw new Error('"← Cases" has no box on screen');
    expect(await controls.count()).toBeGreaterThanOrEqual(10);
    for (const control of await controls.all()) {
      const box = await control.boundingBox();
      expect(box, await control.innerText()).not.toBeNull();
      expect(
        Math.abs((box?.y ?? Infinity) + (box?.height ?? 0) / 2 - (first.y + first.height / 2)),
        await control.innerText(),
      ).toBeLessThan(4);
      await insideWindow(page, control);
    }
    await page.screenshot({
      path: `test-results/screenshots/journey-toolbar-${width}.png`,
      clip: { x: 0, y: 0, width, height: 120 },
    });

    await toolbar.getByText('Export…').click();
    await expect(page.getByRole('menuitem', { name: 'Costed workbook (.xlsx)' })).toBeVisible();
    await insideWindow(page, page.getByRole('menu'));
    await page.screenshot({ path: `test-results/screenshots/journey-export-menu-${width}.png` });
    await page.keyboard.press('Escape');

    await toolbar.locator('summary', { hasText: 'More' }).click();
    await expect(page.getByRole('menuitem', { name: 'Lanes…' })).toBeVisible();
    await insideWindow(page, page.getByRole('menu'));
  });
}
