import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { JourneyPage } from './pages/journey-page';

test('case details: every case field edited from the journey and from the case list, checked, and undone in one step', async ({
  page,
}) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();
  await app.createCase('Person D', 'Alex Lead');
  await journey.moreAction('Case details…');
  const panel = journey.panel();
  await expect(panel.getByRole('heading', { name: 'Case details' })).toBeVisible();
  await expect(panel.getByLabel('Pseudonym')).toHaveValue('Person D');
  await expect(panel.getByLabel('Designated lead')).toHaveValue('Alex Lead');

  await panel.getByLabel('Status').selectOption('closed');
  await panel.getByLabel('Risk grade').selectOption('high');
  await panel.getByLabel('Known names and aliases').fill('Jo Bloggs\nJB');
  await panel.getByLabel('Date of birth (dd/mm/yyyy)').fill('31/02/1994');
  await panel.getByLabel('Intervention date (dd/mm/yyyy)').fill('1/4/20');
  await panel.getByLabel('Case notes').fill('Known to the hub since 2018.');
  await panel.getByRole('button', { name: 'Save case details' }).click();
  await expect(panel.getByRole('alert')).toHaveText(
    'Date of birth: "31/02/1994" is not a real date (day 31, month 2).',
  );
  await expect(panel.getByLabel('Date of birth (dd/mm/yyyy)')).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByLabel('Date of birth (dd/mm/yyyy)')).toHaveAccessibleDescription(
    'Date of birth: "31/02/1994" is not a real date (day 31, month 2).',
  );
  await expect(app.undoButton()).toHaveAttribute('title', 'Undo create case Person D');

  await panel.getByLabel('Date of birth (dd/mm/yyyy)').fill('03/02/1994');
  await panel.getByRole('button', { name: 'Save case details' }).click();
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(panel.getByRole('status')).toHaveText('Saved. Undo takes the whole save back.');
  await expect(panel.getByLabel('Intervention date (dd/mm/yyyy)')).toHaveValue('01/04/2020');
  await page.screenshot({ path: 'test-results/screenshots/case-details-journey.png' });

  await page.getByRole('button', { name: '← Cases' }).click();
  await expect(page.getByLabel('Status of Person D')).toHaveValue('closed');
  await expect(page.getByLabel('Risk grade of Person D')).toHaveValue('high');
  await page.getByRole('button', { name: 'Details of Person D' }).click();
  const listPanel = page.getByRole('region', { name: 'Case details' });
  await expect(listPanel.getByLabel('Known names and aliases')).toHaveValue('Jo Bloggs\nJB');
  await expect(listPanel.getByLabel('Date of birth (dd/mm/yyyy)')).toHaveValue('03/02/1994');
  await expect(listPanel.getByLabel('Case notes')).toHaveValue('Known to the hub since 2018.');
  await listPanel.getByLabel('Pseudonym').fill('Person E');
  await listPanel.getByRole('button', { name: 'Save case details' }).click();
  await expect(page.getByRole('button', { name: 'Details of Person E' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/case-details-case-list.png' });

  // Each save is one step: the first Undo takes back the new pseudonym only, the second every field saved from the journey.
  await app.undoButton().click();
  await expect(listPanel.getByLabel('Pseudonym')).toHaveValue('Person D');
  await expect(listPanel.getByLabel('Case notes')).toHaveValue('Known to the hub since 2018.');
  await app.undoButton().click();
  await expect(listPanel.getByLabel('Case notes')).toHaveValue('');
  await expect(listPanel.getByLabel('Known names and aliases')).toHaveValue('');
  await expect(listPanel.getByLabel('Date of birth (dd/mm/yyyy)')).toHaveValue('');
  await expect(listPanel.getByLabel('Intervention date (dd/mm/yyyy)')).toHaveValue('');
  await expect(page.getByLabel('Status of Person D')).toHaveValue('open');
  await expect(page.getByLabel('Risk grade of Person D')).toHaveValue('not graded');

  // Redo brings them back, and they are stored: they read back after a reload.
  await app.redoButton().click();
  await expect(listPanel.getByLabel('Case notes')).toHaveValue('Known to the hub since 2018.');
  await app.reload();
  await page.getByRole('button', { name: 'Details of Person D' }).click();
  await expect(listPanel.getByLabel('Intervention date (dd/mm/yyyy)')).toHaveValue('01/04/2020');
  await expect(listPanel.getByLabel('Known names and aliases')).toHaveValue('Jo Bloggs\nJB');

  // Like every side panel, it closes with Escape from anywhere inside it, and with its close button.
  await listPanel.getByLabel('Case notes').press('Escape');
  await expect(listPanel).toHaveCount(0);
  await page.getByRole('button', { name: 'Details of Person D' }).click();
  await listPanel.getByRole('button', { name: 'Close case details' }).click();
  await expect(listPanel).toHaveCount(0);
});
