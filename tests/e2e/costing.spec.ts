import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { JourneyPage } from './pages/journey-page';

test('an analyst costs contacts, changes the price year, and overrides one cost with a reason', async ({
  page,
}) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();
  await app.createCase('Costed Person');

  await page.getByRole('button', { name: 'Add contact' }).click();
  const panel = journey.panel();
  // Typing a unit cost's name as the contact type picks that unit cost.
  await panel.getByLabel('Date (dd/mm/yyyy)').fill('03/02/2019');
  await panel.getByLabel('Agency').selectOption({ label: 'Police' });
  await panel.getByLabel('Contact type').fill('Arrest and detain');
  await expect(panel.getByTestId('cost-preview')).toHaveText(
    '£719.00 per contact × 1 (one per contact) = £719.00 (price year unknown, not uplifted).',
  );
  await panel.getByLabel('Contact type').press('Enter');
  await expect(journey.contactNode('Arrest and detain')).toHaveCount(1);

  await panel.getByLabel('Date (dd/mm/yyyy)').fill('04/03/2019');
  await panel.getByLabel('Agency').selectOption({ label: 'Housing' });
  await panel.getByLabel('Contact type').fill('B&B placement');
  await panel.getByLabel('End date (optional)').fill('11/03/2019');
  await panel.getByLabel('Unit cost').selectOption({ label: 'B&B night — £35.00 per night (year unknown)' });
  await expect(panel.getByTestId('cost-preview')).toContainText('= £245.00');
  await panel.getByRole('button', { name: 'Add contact', exact: true }).click();
  await expect(journey.contactNode('B&B placement')).toHaveCount(1);

  await panel.getByLabel('Date (dd/mm/yyyy)').fill('20/04/2019');
  await panel.getByLabel('Agency').selectOption({ label: 'A&E' });
  await panel.getByLabel('Contact type').fill('A&E attendance');
  await panel.getByLabel('Unit cost').selectOption({
    label:
      'A&E attendance, category 2 investigation with category 1-2 treatment (VB08Z) — £260.93 per contact (2023/24)',
  });
  await panel.getByRole('button', { name: 'Add contact', exact: true }).click();
  await expect(journey.contactNode('A&E attendance')).toHaveCount(1);
  await panel.getByRole('button', { name: 'Close add contact' }).click();

  await expect(page.getByTestId('journey-total')).toContainText('£1,224.93');
  await expect(page.getByTestId('journey-total')).toContainText('at 2023/24 prices');
  await expect(page.getByTestId('uncosted-count')).toHaveText(
    '0 of 3 contacts not costed (not counted as £0)',
  );
  const line = page.getByTestId('cost-line-path');
  const lineBefore = await line.getAttribute('d');
  await expect(page.getByTestId('cost-line')).toHaveAttribute(
    'aria-label',
    'Cumulative cost rising to £1,225',
  );

  await page.getByLabel('Price year for all costs').selectOption('2024/25');
  await expect(page.getByTestId('journey-total')).toContainText('£1,231.13');
  await expect(page.getByTestId('journey-total')).toContainText('at 2024/25 prices');
  await expect(line).not.toHaveAttribute('d', lineBefore ?? '');

  await journey.select('B&B placement');
  await panel.getByLabel('Own cost (£, optional)').fill('300');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(panel.getByText('Say why this contact has its own cost')).toBeVisible();
  await panel.getByLabel('Reason for own cost').fill('Invoice from the B&B for 7 nights including breakfast');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(panel.getByTestId('cost-preview')).toHaveText(
    "£300.00, the contact's own cost (not uplifted).",
  );
  await panel.getByRole('button', { name: 'Close contact' }).click();
  await expect(page.getByTestId('journey-total')).toContainText('£1,286.13');
  await page.screenshot({ path: 'test-results/screenshots/journey-costs.png' });

  await app.reload();
  await expect(page.getByTestId('journey-total')).toContainText('£1,286.13');
  await expect(page.getByLabel('Price year for all costs')).toHaveValue('2024/25');

  // A unit cost that prices a contact can be retired but not deleted.
  await page.getByRole('link', { name: 'Unit costs' }).click();
  await page.getByLabel('Search').fill('B&B night');
  const used = page.getByRole('row', { name: /^B&B night/ });
  await expect(used.getByRole('button', { name: 'Delete B&B night' })).toBeDisabled();
  await expect(used).toContainText('1');
});

test('the unit-cost library lists cited costs, searches, adds and retires', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('link', { name: 'Unit costs' }).click();
  await page.getByLabel('Search').fill('arrest detain');
  const arrest = page.getByRole('row', { name: /^Arrest and detain/ });
  await expect(arrest).toContainText('£719.00');
  await expect(arrest).toContainText('unknown');
  await expect(arrest).toContainText('Safe Space impact and value review');

  await page.getByRole('button', { name: 'New unit cost' }).click();
  const form = page.getByRole('form', { name: 'New unit cost' });
  await form.getByLabel('Name').fill('Street triage assessment');
  await form.getByLabel('Cost borne by').fill('Mental health trust');
  await form.getByLabel('Cost (£)').fill('30.3.8');
  await form.getByLabel('Source').fill('Local finance team, 2024');
  await form.getByRole('button', { name: 'Add unit cost' }).click();
  await expect(form.getByRole('alert')).toContainText('is not an amount in pounds and pence');
  await form.getByLabel('Cost (£)').fill('182.50');
  await form.getByLabel('Price year').fill('2024/25');
  await form.getByRole('button', { name: 'Add unit cost' }).click();
  await page.getByLabel('Search').fill('street triage');
  const triage = page.getByRole('row', { name: /^Street triage assessment/ });
  await expect(triage).toContainText('£182.50');
  await triage.getByRole('button', { name: 'Retire Street triage assessment' }).click();
  await expect(page.getByRole('row', { name: /^Street triage assessment/ })).toHaveCount(0);
  await page.getByLabel('Show retired').check();
  await expect(page.getByRole('row', { name: /^Street triage assessment/ })).toContainText('retired');
});

/** Pence from "£1,234.56" or "−£0.01", as shown. */
const shownPence = (text: string) => Math.round(Number(text.replace(/[£,\s]/g, '').replace('−', '-')) * 100);

test('the cost panel lists financial years in year order, and a rounding line makes every breakdown add up to the total shown', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  const matthew = page
    .getByRole('region', { name: 'Samples for training' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Matthew', exact: true }) });
  await matthew.getByRole('button', { name: 'Open Matthew in training mode' }).click();
  await app.ready();
  const total = shownPence((await page.getByTestId('journey-total').innerText()).split(' ')[0]);
  expect(total).toBeGreaterThan(0);
  const years = page.getByRole('table', { name: 'By financial year' });
  await expect(years.getByRole('row').first()).toBeVisible();
  const names = await years.getByRole('rowheader').allInnerTexts();
  const yearNames = names.filter((n) => n !== 'Rounding');
  expect(yearNames).toEqual([...yearNames].sort((a, b) => Number(a.slice(0, 4)) - Number(b.slice(0, 4))));
  for (const title of [
    'By organisation bearing the cost',
    'By financial year',
    'By agency',
    'By contact type',
  ]) {
    const amounts = (await page.getByRole('table', { name: title }).locator('td').allInnerTexts()).map(
      shownPence,
    );
    expect(
      amounts.reduce((sum, p) => sum + p, 0),
      title,
    ).toBe(total);
  }
  await years.screenshot({ path: 'test-results/screenshots/cost-by-financial-year.png' });
  await page
    .getByRole('table', { name: 'By organisation bearing the cost' })
    .screenshot({ path: 'test-results/screenshots/cost-by-bearer.png' });
});
