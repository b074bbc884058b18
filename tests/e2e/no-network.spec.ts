import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { JourneyPage } from './pages/journey-page';

test('no request leaves the app while a user works through every screen', async ({ page, fileDialogs }) => {
  const requests: string[] = [];
  page.context().on('request', (request) => requests.push(request.url()));
  page.on('request', (request) => requests.push(request.url()));
  const app = new AppPage(page);
  await app.open();
  const origin = new URL(page.url()).origin;

  await app.createCase('Network Check');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.getByLabel('Date (dd/mm/yyyy)').fill('03/02/2019');
  await page.getByLabel('Contact type').fill('Arrest and detain');
  await page.getByLabel('Contact type').press('Enter');
  await expect(page.getByTestId('journey-counts')).toHaveText('1 contact · 1 agency · 0 missed opportunities');
  await fileDialogs.save(async () => {
    await page.getByText('Export…').click();
    await page.getByRole('menuitem', { name: 'Costed workbook (.xlsx)' }).click();
  });
  await new JourneyPage(page).moreAction('Import…');
  await fileDialogs.open(() => page.getByRole('button', { name: 'Choose a spreadsheet…' }).click(), { name: 'contacts-template.xlsx', buffer: readFileSync('samples/templates/contacts-template.xlsx') });
  await page.getByRole('button', { name: 'Check 3 rows' }).click();
  await expect(page.getByTestId('check-result')).toHaveText('All 3 contacts are valid.');
  await page.getByRole('link', { name: 'Unit costs' }).click();
  await expect(page.getByRole('heading', { name: 'Unit costs', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Scenarios' }).click();
  await page.getByRole('button', { name: 'Open the Safe Space Appendix 2 sample' }).click();
  await expect(page.getByTestId('value-of-savings')).toHaveText('£1,350,966.36');

  const local = (url: string) => url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith(`blob:${origin}/`);
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => !local(url))).toEqual([]);
});
