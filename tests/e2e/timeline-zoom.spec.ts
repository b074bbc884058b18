import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { JourneyPage } from './pages/journey-page';

test('zooming with the wheel into a busy week splits its "n contacts" block into cards, at the size cards always have', async ({ page }) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();
  await app.createCase('Zoomed Person', 'Lead Analyst');
  await journey.addContactsWithForm([
    ...['03', '04', '05', '06', '07'].map((day, i) => ({ date: `${day}/02/2019`, agency: 'Police', type: `Street contact ${i + 1}` })),
    { date: '01/06/2017', agency: 'Housing', type: 'Housing options' },
    { date: '01/06/2021', agency: 'Police', type: 'Arrest' },
  ]);

  // Four years on screen: the busy week is one block.
  await page.getByRole('button', { name: 'Fit journey' }).click();
  const block = page.locator('.react-flow__node-cluster', { hasText: '5 contacts' });
  await expect(block).toHaveCount(1);
  const cardWidth = (await journey.contactNode('Arrest').boundingBox())?.width;
  const timeline = page.getByTestId('timeline');
  const scaleBefore = Number(await timeline.getAttribute('data-px-per-day'));

  // Point at the middle of the week: the journey starts 48 px into the canvas, on 01/06/2017.
  const canvas = await page.locator('.timeline-canvas').boundingBox();
  const box = await block.boundingBox();
  if (canvas === null || box === null) throw new Error('the block is not on screen');
  const daysIn = (Date.UTC(2019, 1, 5) - Date.UTC(2017, 5, 1)) / 86_400_000;
  await page.mouse.move(canvas.x + 48 + daysIn * scaleBefore, box.y + box.height / 2);
  await page.keyboard.down('Control');
  for (let notch = 0; notch < 3; notch += 1) await page.mouse.wheel(0, -600);
  await page.keyboard.up('Control');

  // The axis follows at once; once the wheel rests the week is laid out again as five cards.
  await expect.poll(async () => Number(await timeline.getAttribute('data-px-per-day'))).toBeGreaterThan(scaleBefore * 100);
  await expect(block).toHaveCount(0);
  for (let i = 1; i <= 5; i += 1) await expect(journey.contactNode(`Street contact ${i},`)).toHaveCount(1);
  expect((await journey.contactNode('Street contact 3,').boundingBox())?.width).toBe(cardWidth);
  await expect(page.locator('.timeline-canvas.zooming')).toHaveCount(0);
});
