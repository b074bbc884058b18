import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { JourneyPage } from './pages/journey-page';

test('an analyst links two contacts by dragging from one card to the other, and the link is drawn with its kind', async ({ page }) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();
  await app.createCase('Linked Person', 'Lead Analyst');
  await journey.addContactsWithForm([
    { date: '03/02/2019', agency: 'Police', type: 'Arrest' },
    { date: '20/03/2019', agency: 'Housing', type: 'Housing options' },
  ]);

  // A card shows the dots to drag a link from only while the pointer is over it.
  const from = journey.contactNode('Arrest');
  const to = journey.contactNode('Housing options');
  await expect(page.locator('.react-flow__handle')).toHaveCount(0);
  await from.hover();
  const handle = from.locator('.react-flow__handle.source');
  await expect(handle).toBeVisible();
  const start = await handle.boundingBox();
  const end = await to.boundingBox();
  if (start === null || end === null) throw new Error('the cards are not on screen');
  // A dot sits on the card's edge; its inner half is on the card.
  await page.mouse.move(start.x + 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + 20, end.y + end.height / 2, { steps: 8 });
  // While a link is drawn every card shows the dot to drop it on.
  const target = await to.locator('.react-flow__handle.target').boundingBox();
  if (target === null) throw new Error('the card shows no dot to drop a link on');
  await page.mouse.move(target.x + target.width - 2, target.y + target.height / 2, { steps: 2 });
  await page.mouse.up();

  await expect(journey.edges()).toHaveCount(1);
  await expect(page.locator('.link-label')).toHaveText('referral');
  await journey.select('Housing options');
  await expect(journey.panel()).toContainText('Arrest');
  await page.getByRole('button', { name: 'Zoom in time' }).click();
  await page.getByRole('button', { name: 'Fit journey' }).click();
  await expect(journey.edges()).toHaveCount(1);
});
