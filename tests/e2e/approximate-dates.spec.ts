import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { JourneyPage } from './pages/journey-page';

test('an analyst enters approximate dates, sees them as bands and as written, and reads the cost of unknown order', async ({
  page,
}) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();
  await app.createCase('Approximate Person');

  await page.getByRole('button', { name: 'Add contact' }).click();
  const panel = journey.panel();
  const add = async (date: string, agency: string, type: string) => {
    await panel.getByLabel('Date (dd/mm/yyyy)').fill(date);
    await panel.getByLabel('Agency').selectOption({ label: agency });
    await panel.getByLabel('Contact type').fill(type);
    await panel.getByRole('button', { name: 'Add contact', exact: true }).click();
    await expect(journey.contactNode(`${type}, ${agency}`).first()).toBeAttached();
  };
  // A month and an approximate year, as a review gives them.
  await add('Oct 2018', 'Police', 'Arrest and detain');
  await add('c. 2016', 'Housing', 'Housing options');
  await add('Mar 2019', 'A&E', 'A&E attendance');
  await add('15/03/2019', 'Police', 'Arrest and detain');
  await add('10/04/2019', 'Police', 'Arrest and detain');
  // A refused form says what is accepted.
  await panel.getByLabel('Date (dd/mm/yyyy)').fill('Spring');
  await panel.getByRole('button', { name: 'Add contact', exact: true }).click();
  await expect(
    panel.getByText('"Spring" is not a date: write a day (dd/mm/yyyy), a month (Oct 2018'),
  ).toBeVisible();
  await panel.getByRole('button', { name: 'Close add contact' }).click();

  // Drawn as bands that read as uncertain, named with what is known.
  const october = journey.contactNode(
    'Arrest and detain, Police, Oct 2018 (approximate: month known, day not)',
  );
  await expect(october).toHaveCount(1);
  await expect(
    journey.contactNode(
      'Housing options, Housing, c. 2016 (approximate: year known, month not, and that only approximately)',
    ),
  ).toHaveCount(1);
  await expect(page.locator('.react-flow__node-contact .approximate')).toHaveCount(3);
  await page
    .locator('.timeline-canvas')
    .screenshot({ path: 'test-results/screenshots/approximate-bands.png' });

  // As written in the side panel.
  await october.click();
  await expect(panel.getByLabel('Date (dd/mm/yyyy)')).toHaveValue('Oct 2018');
  await panel.getByRole('button', { name: 'Close contact' }).click();

  // Flag the March 2019 attendance: the 15/03/2019 arrest may be before or after it.
  await journey.select('A&E attendance');
  await expect(panel.getByLabel('Date (dd/mm/yyyy)')).toHaveValue('Mar 2019');
  await panel.getByRole('checkbox', { name: 'Missed opportunity' }).check();
  await panel.getByLabel('Category').selectOption('No referral made');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await panel.getByRole('button', { name: 'Close contact' }).click();

  const costAfter = page.getByRole('table', { name: 'Cost after each missed opportunity' });
  const row = costAfter.getByRole('row', { name: /Mar 2019/ });
  await expect(row.getByRole('cell')).toHaveText(['£719.00', '£719.00', '£719.00']);
  await expect(costAfter.getByRole('columnheader', { name: 'Order unknown' })).toBeVisible();

  await app.reload();
  await expect(journey.contactNode('Arrest and detain, Police, Oct 2018')).toHaveCount(1);
  await expect(page.locator('.react-flow__node-contact .approximate')).toHaveCount(3);
  await expect(
    page
      .getByRole('table', { name: 'Cost after each missed opportunity' })
      .getByRole('row', { name: /Mar 2019/ })
      .getByRole('cell'),
  ).toHaveText(['£719.00', '£719.00', '£719.00']);
  await journey.select('Housing options');
  await expect(panel.getByLabel('Date (dd/mm/yyyy)')).toHaveValue('c. 2016');

  // Every change is in the journey's History, newest first, dates as written, before and after.
  await journey.moreAction('History');
  const entries = panel
    .getByRole('list', { name: 'Changes to this journey, newest first' })
    .locator(':scope > li');
  await expect(entries.first()).toContainText('edit contact A&E attendance');
  await expect(entries.first()).toContainText('Mar 2019 A&E attendance');
  await expect(entries.first()).toContainText('Missed opportunity: (none) → No referral made');
  await expect(
    entries
      .filter({ hasText: 'add contact Arrest and detain' })
      .filter({ hasText: 'Date: (none) → Oct 2018' }),
  ).toHaveCount(1);
  await expect(
    entries.filter({ hasText: 'add contact Housing options' }).filter({ hasText: 'Date: (none) → c. 2016' }),
  ).toHaveCount(1);
  await expect(
    entries.filter({ hasText: 'add contact A&E attendance' }).filter({ hasText: 'Date: (none) → Mar 2019' }),
  ).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screenshots/approximate-history.png' });
});
