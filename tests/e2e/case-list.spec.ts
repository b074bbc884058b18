import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';

test('the case list creates, renames, grades, deletes with confirmation, and undoes the delete', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  for (const name of ['Case North', 'Case South']) {
    await app.createCase(name);
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await page.getByRole('button', { name: '← Cases' }).click();
  }
  await expect(page.getByRole('row')).toHaveCount(3);

  await page.getByRole('button', { name: 'Rename Case North' }).click();
  await page.getByLabel('New pseudonym for Case North').fill('Case East');
  await page.getByLabel('New pseudonym for Case North').press('Enter');
  await page.getByLabel('Designated lead for Case East').fill('Outreach lead');
  await page.getByLabel('Designated lead for Case East').press('Enter');
  await page.getByLabel('Status of Case East').selectOption('closed');
  await page.getByLabel('Risk grade of Case East').selectOption('high');

  await page.getByRole('button', { name: 'Delete Case South' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Case South?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('row', { name: /Case South/ })).toHaveCount(1);
  await page.getByRole('button', { name: 'Delete Case South' }).click();
  await dialog.getByRole('button', { name: 'Delete case' }).click();
  await expect(page.getByRole('row', { name: /Case South/ })).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('row', { name: /Case South/ })).toHaveCount(1);

  await app.reload();
  await expect(page.getByLabel('Designated lead for Case East')).toHaveValue('Outreach lead');
  await expect(page.getByLabel('Status of Case East')).toHaveValue('closed');
  await expect(page.getByLabel('Risk grade of Case East')).toHaveValue('high');
  await expect(page.getByRole('row', { name: /Case South/ })).toHaveCount(1);
});
