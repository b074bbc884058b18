import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { JourneyPage } from './pages/journey-page';

test('an analyst links two contacts by dragging from one card to the other, and the link is drawn with its kind', async ({
  page,
}) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();
  await app.createCase('Linked Person', 'Lead Analyst');
  await journey.addContactsWithForm([
    { date: '03/02/2019', agency: 'Police', type: 'Arrest' },
    { date: '20/03/2019', agency: 'Housing', type: 'Housing options' },
  ]);

  // A card shows the dots to drag a link from only while the pointer is over it.
  await expect(page.locator('.react-flow__handle')).toHaveCount(0);
  await journey.drawLink('Arrest', 'Housing options');

  await expect(journey.edges()).toHaveCount(1);
  await expect(page.locator('.link-label')).toHaveText('referral');
  await journey.select('Housing options');
  await expect(journey.panel()).toContainText('Arrest');
  await page.getByRole('button', { name: 'Zoom in time' }).click();
  await page.getByRole('button', { name: 'Fit journey' }).click();
  await expect(journey.edges()).toHaveCount(1);
});
