import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { JourneyPage } from './pages/journey-page';

test('Lanes… hides a lane and adds an agency, and Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y undo and redo them', async ({
  page,
}) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();
  await app.createCase('Laned Person');
  await journey.addContactsWithForm([
    { date: '03/02/2019', agency: 'Police', type: 'Arrest' },
    { date: '05/02/2019', agency: 'A&E', type: 'A&E attendance' },
  ]);
  const laneLabel = (name: string) => page.locator('.lane-label', { hasText: name });
  await expect(laneLabel('Police')).toHaveCount(1);

  await journey.moreAction('Lanes…');
  const lanes = page.getByRole('region', { name: 'Lanes' });
  // The box follows the store, so it clears once the hidden lane is saved.
  await lanes.getByRole('checkbox', { name: 'Police' }).click();
  await expect(lanes.getByRole('checkbox', { name: 'Police' })).not.toBeChecked();
  await expect(laneLabel('Police')).toHaveCount(0);
  await expect(laneLabel('A&E')).toHaveCount(1);

  const addAgency = lanes.locator('form', { has: page.getByRole('heading', { name: 'Add an agency' }) });
  await addAgency.getByLabel('Name').fill('Street Outreach Team');
  await addAgency.getByLabel('Sector').selectOption('Third sector');
  await addAgency.getByRole('button', { name: 'Add agency' }).click();
  await expect(lanes.getByRole('checkbox', { name: 'Street Outreach Team' })).toBeChecked();
  await expect(laneLabel('Street Outreach Team')).toHaveCount(1);
  await lanes.getByRole('button', { name: 'Close lanes' }).click();

  // Outside a text box the keys undo and redo journey edits, newest first.
  await page.getByRole('heading', { level: 1, name: 'Laned Person' }).click();
  await page.keyboard.press('Control+z');
  await expect(laneLabel('Street Outreach Team')).toHaveCount(0);
  await expect(laneLabel('Police')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(laneLabel('Police')).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(laneLabel('Police')).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(laneLabel('Street Outreach Team')).toHaveCount(1);
  await expect(app.redoButton()).toBeDisabled();
});
