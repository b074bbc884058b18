import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';

test('a commissioner opens a savings scenario sheet, sees Appendix 2 reproduced, and a bad sheet refused with its rows named', async ({
  page,
  fileDialogs,
}) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('link', { name: 'Scenarios' }).click();

  const openSheet = () => page.getByRole('button', { name: 'Open scenario sheet…' }).click();
  await fileDialogs.open(openSheet, {
    name: 'safe-space-appendix-2.xlsx',
    buffer: readFileSync('samples/scenarios/safe-space-appendix-2.xlsx'),
  });
  await expect(page.getByTestId('value-of-savings')).toHaveText('£1,350,966.36');
  await expect(page.getByTestId('value-of-additional-costs')).toHaveText('£163,732.50');
  const byOrganisation = page.getByRole('table', { name: 'Totals by organisation' });
  await expect(byOrganisation.getByRole('row', { name: /^Police/ })).toContainText('£482,842.96');
  await expect(byOrganisation.getByRole('row', { name: /^Health/ })).toContainText('£335,797.40');
  await expect(page.locator('.discrepancies')).toContainText(
    'the table states £40,000,000,000 but its inputs give £40,000,000',
  );
  // Each figure says what it counts, so the value of savings and the gross total a few lines apart are not read as one.
  await expect(page.getByTestId('value-of-savings-counts')).toContainText(
    'the figure a published table such as Safe Space Appendix 2 states as its total savings',
  );
  await expect(page.getByTestId('all-savings-gross')).toHaveText('£1,356,538.96');
  await expect(
    byOrganisation.getByRole('row', { name: /^All organisations \(every row, gross\)/ }),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/scenario.png', fullPage: true });

  const saved = await fileDialogs.save(() =>
    page.getByRole('button', { name: 'Export result (.xlsx)' }).click(),
  );
  expect(saved.name).toBe('safe-space-appendix-2-result.xlsx');
  const book = XLSX.read(saved.bytes, { type: 'array' });
  const result = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Result, { header: 1 });
  expect(result[1].slice(0, 2)).toEqual(['Value of savings', 1350966.36]);
  expect(result[3].slice(0, 2)).toEqual(['All savings (gross)', 1356538.96]);
  await expect(page.getByRole('status').filter({ hasText: 'Saved the result as' })).toBeVisible();

  const csv =
    'Organisation,Item,Unit cost,Quantity,Direction,Attribution %,Source\nPolice,Arrest,seven,10,saving,,s\n';
  await fileDialogs.open(openSheet, { name: 'bad.csv', buffer: Buffer.from(csv) });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('bad.csv was not opened');
  await expect(alert).toContainText(
    'bad.csv, sheet "Sheet1", row 2, column Unit cost: "seven" is not a number',
  );
  await expect(page.getByTestId('value-of-savings')).toHaveCount(0);
});
