import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';

test('a trainer opens Adult R, the case merged from five agency returns, and sees its 21 contacts from five agencies, two flagged', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const card = page.getByRole('region', { name: 'Samples for training' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Adult R', exact: true }) });
  await card.getByText("Trainer's note").click();
  await expect(card).toContainText('Left for the trainee to find (3)');
  await card.getByRole('button', { name: 'Open Adult R in training mode' }).click();
  await app.ready();
  await expect(page.getByTestId('training-banner')).toContainText('Training: Adult R');
  await expect(page.getByRole('heading', { name: 'Adult R', level: 1 })).toBeVisible();
  await expect(page.getByTestId('journey-counts')).toHaveText('21 contacts · 5 agencies · 2 missed opportunities');
  await page.screenshot({ path: 'test-results/screenshots/chronology-adult-r.png' });
});
