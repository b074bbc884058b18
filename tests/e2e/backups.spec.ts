import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';

test('an analyst backs up, carries on, restores the backup in two clicks, and can undo the restore', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const newCase = async (pseudonym: string) => {
    await page.getByRole('link', { name: 'Cases' }).click();
    await page.getByRole('button', { name: 'New case' }).click();
    await page.getByLabel('Pseudonym').fill(pseudonym);
    await page.getByRole('button', { name: 'Create case' }).click();
    await expect(page.getByRole('heading', { name: pseudonym })).toBeVisible();
  };
  await newCase('Kept Person');
  await page.getByRole('link', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status')).toContainText('Backed up as journey-mapper-backup-');
  await expect(page.getByRole('table', { name: 'Backups' }).getByRole('row')).toHaveCount(2);

  await newCase('Added Later');
  await page.getByRole('link', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Restore…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status')).toContainText('Restored the backup of');
  await page.screenshot({ path: 'test-results/screenshots/backups.png' });
  await page.getByRole('link', { name: 'Cases' }).click();
  await expect(page.getByRole('row', { name: /Kept Person/ })).toHaveCount(1);
  await expect(page.getByRole('row', { name: /Added Later/ })).toHaveCount(0);

  await app.undoButton().click();
  await expect(page.getByRole('row', { name: /Added Later/ })).toHaveCount(1);
});
