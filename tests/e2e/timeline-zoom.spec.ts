import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { JourneyPage } from './pages/journey-page';

test('zooming with the wheel into a busy week turns its "n contacts" mark into cards, each at its date, at the size its text needs', async ({
  page,
}) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();
  await app.createCase('Zoomed Person', 'Lead Analyst');
  await journey.addContactsWithForm([
    ...['03', '04', '05', '06', '07'].map((day, i) => ({
      date: `${day}/02/2019`,
      agency: 'Police',
      type: `Street contact ${i + 1}`,
    })),
    { date: '01/06/2017', agency: 'Housing', type: 'Housing options' },
    { date: '01/06/2021', agency: 'Police', type: 'Arrest' },
  ]);

  // Four years on screen: the week's first contacts are cards in three rows, the rest one "n contacts" mark.
  await page.getByRole('button', { name: 'Fit journey' }).click();
  const block = page.locator('[data-count]');
  await expect(block).toHaveCount(1);
  await expect(block).toHaveAttribute('data-count', '2');
  await expect(block).toHaveAttribute('data-date', '2019-02-06');
  await expect(block).toHaveAttribute('data-date-end', '2019-02-07');
  await expect(page.locator('.contact-node', { hasText: 'Street contact' })).toHaveCount(3);
  const cardWidth = (await journey.contactNode('Street contact 1,').boundingBox())?.width;
  const timeline = page.getByTestId('timeline');
  const scaleBefore = Number(await timeline.getAttribute('data-px-per-day'));

  // Point at the middle of the week.
  const box = await block.boundingBox();
  if (box === null) throw new Error('the block is not on screen');
  await journey.wheelZoomInOn('2019-02-05', '2017-06-01', box.y + box.height / 2);

  // The axis follows at once; once the wheel rests the week is laid out again as five cards, a day apart.
  await expect
    .poll(async () => Number(await timeline.getAttribute('data-px-per-day')))
    .toBeGreaterThan(scaleBefore * 100);
  await expect(block).toHaveCount(0);
  await expect(page.locator('.timeline-canvas.zooming')).toHaveCount(0);
  const pxPerDay = Number(await timeline.getAttribute('data-px-per-day'));
  const lefts: number[] = [];
  for (let i = 1; i <= 5; i += 1) {
    const card = journey.contactNode(`Street contact ${i},`);
    await expect(card.locator('.contact-node')).toHaveCount(1);
    lefts.push((await card.boundingBox())?.x ?? NaN);
  }
  for (let i = 1; i < 5; i += 1) expect(Math.abs(lefts[i] - lefts[i - 1] - pxPerDay)).toBeLessThan(1);
  expect((await journey.contactNode('Street contact 1,').boundingBox())?.width).toBeCloseTo(
    cardWidth ?? NaN,
    2,
  );
});

test('the cost line marks the missed opportunities in view, and only those', async ({ page }) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();
  await app.createCase('Marked Person', 'Lead Analyst');
  await journey.addContactsWithForm([
    { date: '01/06/2017', agency: 'Housing', type: 'Housing options' },
    { date: '05/02/2019', agency: 'Police', type: 'Street contact' },
    { date: '01/06/2021', agency: 'Police', type: 'Arrest' },
  ]);
  const panel = journey.panel();
  for (const type of ['Housing options', 'Arrest']) {
    await journey.select(type);
    await panel.getByRole('checkbox', { name: 'Missed opportunity' }).check();
    await panel.getByLabel('Category').selectOption('No referral made');
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await expect(journey.contactNode(`${type},`).locator('.contact-node.missed')).toHaveCount(1);
  }
  await panel.getByRole('button', { name: 'Close contact' }).click();

  const marks = page.locator('.cost-line-missed');
  await page.getByRole('button', { name: 'Fit journey' }).click();
  await expect(marks).toHaveCount(2);
  await expect(marks.first().locator('title')).toContainText('Missed opportunity (No referral made)');

  // A few weeks around the 2019 contact: neither missed opportunity is in view, so neither is drawn.
  const card = await journey.contactNode('Street contact').boundingBox();
  if (card === null) throw new Error('the 2019 contact is not on screen');
  await journey.wheelZoomInOn('2019-02-05', '2017-06-01', card.y + card.height / 2);
  await expect(page.locator('.timeline-canvas.zooming')).toHaveCount(0);
  await expect(journey.contactNode('Street contact')).toBeVisible();
  await expect(marks).toHaveCount(0);

  await page.getByRole('button', { name: 'Fit journey' }).click();
  await expect(marks).toHaveCount(2);
});

test('a contact drawn as a mark opens in the panel when selected, and an "n contacts" mark opens its days', async ({
  page,
}) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();
  await app.createCase('Marked Contacts', 'Lead Analyst');
  await journey.addContactsWithForm([
    ...['03', '04', '05', '06', '07'].map((day, i) => ({
      date: `${day}/02/2019`,
      agency: 'Police',
      type: `Street contact ${i + 1}`,
    })),
    { date: '05/03/2019', agency: 'Police', type: 'Follow-up visit' },
    { date: '01/06/2017', agency: 'Housing', type: 'Housing options' },
    { date: '01/06/2021', agency: 'Police', type: 'Arrest' },
  ]);
  await page.getByRole('button', { name: 'Fit journey' }).click();

  // The rows of cards are taken, so the follow-up is a mark in the mark layer, at its date, named for assistive technology.
  const mark = page.locator(
    '.mark-layer [data-contact-id][aria-label="Follow-up visit, Police, 05/03/2019"]',
  );
  await expect(mark).toHaveAttribute('data-date', '2019-03-05');
  await mark.click();
  await expect(journey.panel().getByLabel('Contact type')).toHaveValue('Follow-up visit');

  const block = page.locator('.mark-layer [data-count]');
  await expect(block).toHaveAttribute('data-count', '2');
  const timeline = page.getByTestId('timeline');
  const scaleBefore = Number(await timeline.getAttribute('data-px-per-day'));
  await block.click();
  await expect
    .poll(async () => Number(await timeline.getAttribute('data-px-per-day')))
    .toBeGreaterThan(scaleBefore * 10);
  await expect(journey.contactNode('Street contact 5,')).toBeInViewport();
});
