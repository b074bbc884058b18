import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { JourneyPage } from './pages/journey-page';

test('a trainer opens a sample in training mode, flags a missed opportunity, resets, and finds the sample unchanged and real cases untouched', async ({ page }) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();
  await page.getByRole('button', { name: 'New case' }).click();
  await page.getByLabel('Pseudonym').fill('Real Case');
  await page.getByRole('button', { name: 'Create case' }).click();
  await page.getByRole('link', { name: 'Cases' }).click();

  await page.getByRole('button', { name: 'Open Sample A in training mode' }).click();
  await app.ready();
  await expect(page.getByTestId('training-banner')).toContainText('Training: Sample A');
  await expect(page.getByRole('row', { name: /Real Case/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Sample A', exact: true }).click();
  await expect(page.getByTestId('journey-counts')).toHaveText('12 contacts · 4 agencies · 2 missed opportunities');
  await journey.select('Arrest, Police, 03/02/2019');
  const panel = journey.panel();
  await panel.getByRole('checkbox', { name: 'Missed opportunity' }).check();
  await panel.getByLabel('Category').selectOption('No referral made');
  await panel.getByLabel('Note').fill('Trainee: intoxicated on arrest, no referral to treatment.');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('journey-counts')).toHaveText('12 contacts · 4 agencies · 3 missed opportunities');
  await page.screenshot({ path: 'test-results/screenshots/training.png' });

  await page.getByRole('button', { name: 'Reset the sample' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
  await app.ready();
  // Reset keeps the trainee on the sample's journey, now as shipped.
  await expect(page.getByTestId('journey-counts')).toHaveText('12 contacts · 4 agencies · 2 missed opportunities');

  await page.getByRole('button', { name: 'Leave training' }).click();
  await app.ready();
  await expect(page.getByTestId('training-banner')).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Real Case/ })).toHaveCount(1);
  await expect(page.getByRole('row', { name: /Sample A/ })).toHaveCount(0);
});
