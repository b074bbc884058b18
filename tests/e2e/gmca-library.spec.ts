import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';

const WORKBOOK = {
  name: 'unit-cost-database.xlsx',
  buffer: readFileSync('../shared/data/gmca-unit-cost-database-v1.4/unit-cost-database.xlsx'),
};
const CREDIT = 'GMCA / New Economy Unit Cost Database v1.4 (March 2015), licensed CC BY 4.0';

test('the GMCA workbook imports through a preview, keeps its credit, undoes whole, and a second import adds nothing', async ({
  page,
  fileDialogs,
}) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('link', { name: 'Unit costs' }).click();
  await expect(page.getByText('51 of 51 entries')).toBeVisible();

  await fileDialogs.open(
    () => page.getByRole('button', { name: 'Import GMCA unit cost database…' }).click(),
    WORKBOOK,
  );
  const preview = page.getByRole('region', { name: 'Import the GMCA / New Economy Unit Cost Database' });
  // The 22 GMCA entries the library ships are matched by cost code: updated, never added twice.
  await expect(preview.getByRole('status', { name: 'Import preview' })).toHaveText(
    '652 to add, 22 to update, 0 unchanged, 10 rows skipped',
  );
  await preview.getByText('Rows skipped (10)').click();
  await expect(preview.getByRole('list', { name: 'Rows skipped' })).toContainText(
    'sheet "Crime", row 58, column C: the cost has no cost code',
  );
  await preview.getByLabel(/uprated to 2015\/16 prices/).check();
  await expect(preview.getByRole('status', { name: 'Import preview' })).toHaveText(
    '651 to add, 22 to update, 0 unchanged, 11 rows skipped',
  );
  await preview.getByLabel(/in its own price year/).check();
  await page.screenshot({ path: 'test-results/screenshots/gmca-import-preview.png' });
  await preview.getByRole('button', { name: 'Import 674 unit costs' }).click();
  await expect(
    page.getByText('Imported unit-cost-database.xlsx: added 652, updated 22, 0 unchanged, 10 rows skipped.'),
  ).toBeVisible();
  await expect(page.getByText('703 of 703 entries')).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search' }).fill('warning letter delivered');
  const row = page.getByRole('row', { name: /Anti-social behaviour warning letter delivered/ });
  await expect(row).toContainText('CR1.2');
  await expect(row).toContainText('£66.00');
  await expect(row).toContainText('2006/07');
  await expect(row).toContainText(CREDIT);
  await page.screenshot({ path: 'test-results/screenshots/gmca-entry-credit.png' });

  await app.undoButton().click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await expect(page.getByText('51 of 51 entries')).toBeVisible();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByText('703 of 703 entries')).toBeVisible();

  await fileDialogs.open(
    () => page.getByRole('button', { name: 'Import GMCA unit cost database…' }).click(),
    WORKBOOK,
  );
  await expect(preview.getByRole('status', { name: 'Import preview' })).toHaveText(
    '0 to add, 0 to update, 674 unchanged, 10 rows skipped',
  );
  await expect(preview.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
});
