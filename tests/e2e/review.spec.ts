import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';

test('a scrutiny panel steps through a journey’s missed opportunities with the keyboard, and prints the review pack', async ({
  page,
  fileDialogs,
}) => {
  const app = new AppPage(page);
  await app.open();
  await fileDialogs.open(() => page.getByRole('button', { name: 'Open project file…' }).click(), {
    name: 'costing-demo.journey.json',
    buffer: readFileSync('samples/projects/costing-demo.journey.json'),
  });
  await page.getByRole('button', { name: 'Sample A', exact: true }).click();
  await page.getByRole('link', { name: 'Review' }).click();

  const slide = page.getByTestId('review-slide');
  await expect(page.getByTestId('review-position')).toHaveText('1 / 4');
  await expect(slide).toContainText('2 missed opportunities to review');
  await page.keyboard.press('ArrowRight');
  await expect(slide).toContainText('Missed opportunity 1 of 2');
  await expect(slide).toContainText('Cost to the system afterwards');
  await page.screenshot({ path: 'test-results/screenshots/review-slide.png' });
  await page.keyboard.press('PageDown');
  await expect(slide).toContainText('Missed opportunity 2 of 2');
  await page.keyboard.press('PageDown');
  await expect(slide).toContainText('Summary: Sample A');
  await expect(slide.getByRole('table', { name: 'Missed opportunities by category' })).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(slide).toContainText('Missed opportunity 2 of 2');
  await page.keyboard.press('Home');
  await expect(page.getByTestId('review-position')).toHaveText('1 / 4');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.review-slide')).toHaveCount(4);
  for (const s of await page.locator('.review-slide').all()) await expect(s).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Sample A' })).toBeVisible();
});
