import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { JourneyPage } from './pages/journey-page';

test('audit trail: an analyst names themself, edits and deletes, and finds every change with its before and after, after a reload too', async ({
  page,
}) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();

  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('status')).toHaveText('Changes are recorded with no name until you set one.');
  await page.getByLabel('Analyst name').fill('Dana Analyst');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('status')).toHaveText('Changes are recorded as Dana Analyst.');
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Cases' }).click();
  await app.createCase('Person S');

  // A contact with its source, and one more from the same record (the source stays for it).
  await page.getByRole('button', { name: 'Add contact' }).click();
  const panel = journey.panel();
  await panel.getByLabel('Date (dd/mm/yyyy)').fill('03/02/2019');
  await panel.getByLabel('Agency').selectOption({ label: 'Police' });
  await panel.getByLabel(/^Source record/).fill('NICHE log 44/1234, p. 2');
  await panel.getByLabel('Contact type').fill('Arrest');
  await panel.getByLabel('Contact type').press('Enter');
  await expect(journey.contactNode('Arrest')).toHaveCount(1);
  await expect(panel.getByLabel(/^Source record/)).toHaveValue('NICHE log 44/1234, p. 2');
  await panel.getByLabel('Date (dd/mm/yyyy)').fill('04/02/2019');
  await panel.getByLabel('Contact type').fill('Custody');
  await panel.getByLabel('Contact type').press('Enter');
  await expect(journey.contactNode('Custody')).toHaveCount(1);
  await panel.getByRole('button', { name: 'Close add contact' }).click();

  // Two edits of the first contact.
  for (const outcome of ['Released', 'Charged']) {
    await journey.select('Arrest');
    await panel.getByLabel('Outcome').fill(outcome);
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await expect(panel.getByLabel('Outcome')).toHaveValue(outcome);
  }
  // Delete the other, and undo.
  await journey.select('Custody');
  await panel.getByRole('button', { name: 'Delete contact' }).click();
  await expect(journey.contactNode('Custody')).toHaveCount(0);
  await app.undoButton().click();
  await expect(journey.contactNode('Custody')).toHaveCount(1);

  const checkHistory = async () => {
    await journey.moreAction('History');
    const changes = panel.getByRole('list', { name: 'Changes to this journey, newest first' });
    const entries = changes.locator(':scope > li');
    await expect(entries).toHaveCount(7);
    await expect(entries.nth(0)).toContainText('Dana Analyst · undo delete contact Custody');
    await expect(entries.nth(1)).toContainText('Dana Analyst · delete contact Custody');
    await expect(entries.nth(2)).toContainText('edit contact Arrest');
    await expect(entries.nth(2)).toContainText('Outcome: Released → Charged');
    await expect(entries.nth(3)).toContainText('Outcome: (blank) → Released');
    await expect(entries.nth(5)).toContainText('add contact Arrest');
    await expect(entries.nth(5)).toContainText('Source record: (none) → NICHE log 44/1234, p. 2');
    await expect(entries.nth(6)).toContainText('create case Person S');
    // Filtered by field: only the outcome's two edits.
    await panel.getByLabel('Field').selectOption({ label: 'Outcome' });
    await expect(entries).toHaveCount(2);
    await panel.getByLabel('Field').selectOption({ label: 'Every field' });
    await expect(entries).toHaveCount(7);
  };
  await checkHistory();
  await page.screenshot({ path: 'test-results/screenshots/audit-history.png' });

  const checkContact = async () => {
    await journey.select('Arrest');
    await expect(panel.getByLabel(/^Source record/)).toHaveValue('NICHE log 44/1234, p. 2');
    await panel.getByText('History of this contact').click();
    const own = panel
      .getByRole('list', { name: 'Changes to this contact, newest first' })
      .locator(':scope > li');
    await expect(own).toHaveCount(3);
    await expect(own.nth(0)).toContainText('Outcome: Released → Charged');
  };
  await checkContact();
  await page.screenshot({ path: 'test-results/screenshots/audit-contact-history.png' });

  await app.reload();
  await checkHistory();
  await checkContact();
});
