import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';

test("a cost bearer typed differently from the library's is offered as the existing one, in the library and in an import", async ({
  page,
  fileDialogs,
}) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('link', { name: 'Unit costs' }).click();
  await page.getByRole('button', { name: 'New unit cost' }).click();
  const form = page.getByRole('form', { name: 'New unit cost' });
  await form.getByLabel('Name').fill('Tenancy sustainment visit');
  await form.getByLabel('Cost borne by').fill('Local authority housing');
  await form.getByLabel('Cost (£)').fill('48.00');
  await form.getByLabel('Source').fill('Local finance team, 2024');
  await form.getByRole('button', { name: 'Add unit cost' }).click();
  await expect(form.getByRole('alert')).toContainText(
    '“Local authority housing” is written differently from “Local authority (housing)”',
  );
  await page.screenshot({ path: 'test-results/screenshots/cost-bearer-library.png' });
  await form.getByRole('button', { name: 'Use “Local authority (housing)”' }).click();
  await page.getByLabel('Search').fill('tenancy sustainment');
  const entry = page.getByRole('row', { name: /^Tenancy sustainment visit/ });
  await expect(entry).toContainText('Local authority (housing)');
  await expect(entry).not.toContainText('Local authority housing');

  await page.getByRole('link', { name: 'Cases' }).click();
  await page.getByRole('link', { name: 'Import contacts…' }).click();
  const csv =
    'Case,Date,Agency,Contact type,Unit cost,Price year,Cost bearer,Source\r\nPerson B,03/02/2019,Housing,Hostel night,35.00,2019/20,Local authority housing,Council\r\n';
  await fileDialogs.open(() => page.getByRole('button', { name: 'Choose a spreadsheet…' }).click(), {
    name: 'hostel.csv',
    buffer: Buffer.from(csv),
  });
  await page.getByRole('button', { name: 'Check 1 rows' }).click();
  const choice = page.getByLabel('Cost bearer for “Local authority housing”');
  await expect(choice).toHaveValue('');
  await expect(page.getByRole('button', { name: /^Import 1 contacts$/ })).toHaveCount(0);
  await choice.selectOption({ label: 'Use “Local authority (housing)” (in the library)' });
  await page.getByRole('button', { name: 'Import 1 contacts' }).click();
  await expect(page.getByTestId('journey-counts')).toHaveText(
    '1 contact · 1 agency · 0 missed opportunities',
  );
  await page.getByRole('link', { name: 'Unit costs' }).click();
  await page.getByLabel('Search').fill('hostel night');
  await expect(page.getByRole('row', { name: /^Hostel night/ })).toContainText('Local authority (housing)');
});
