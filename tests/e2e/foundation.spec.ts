import { expect, test } from './fixtures';
import type { Locator } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { JourneyPage } from './pages/journey-page';

/** The time scale once it has stopped changing (the canvas refits as the journey grows). */
async function settledScale(timeline: Locator): Promise<number> {
  let previous = Number.NaN;
  await expect
    .poll(
      async () => {
        const now = Number(await timeline.getAttribute('data-px-per-day'));
        const settled = now === previous;
        previous = now;
        return settled;
      },
      { intervals: [250] },
    )
    .toBe(true);
  return previous;
}

test('an analyst maps a journey, edits it, undoes and redoes, and finds it all after a reload', async ({
  page,
}) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();

  await app.createCase('Sample Person A', 'Lead Analyst');
  await expect(page.getByRole('heading', { name: 'Sample Person A' })).toBeVisible();

  await journey.addContactsWithForm([
    { date: '03/02/2019', agency: 'Police', type: 'Arrest' },
    { date: '05/02/2019', agency: 'A&E', type: 'A&E attendance' },
    { date: '20/03/2019', agency: 'Police', type: 'ASB incident' },
  ]);
  // A journey shows the lanes its contacts use; another agency's lane is added to it from Lanes….
  await expect(page.locator('.lane-label', { hasText: 'Housing' })).toHaveCount(0);
  await journey.moreAction('Lanes…');
  await page.getByRole('button', { name: 'Add Housing to this journey' }).click();
  await page.getByRole('button', { name: 'Close lanes' }).click();
  await journey.addContactByDoubleClick('Housing', 0.4, 'Housing options');
  await journey.addContactByDoubleClick('Housing', 0.7, 'B&B placement');
  await expect(journey.contactNodes()).toHaveCount(5);
  await expect(page.getByTestId('journey-counts')).toHaveText(
    '5 contacts · 3 agencies · 0 missed opportunities',
  );

  await page.getByRole('button', { name: 'Add life event' }).click();
  await journey.panel().getByLabel('Date (dd/mm/yyyy)').fill('01/01/2019');
  await journey.panel().getByLabel('What happened').fill('accommodation lost');
  await journey.panel().getByRole('button', { name: 'Add life event' }).click();
  await expect(page.locator('.react-flow__node-lifeEvent')).toHaveAttribute(
    'aria-label',
    'Life event: accommodation lost, 01/01/2019',
  );

  // Zooming changes the time scale, never the size of the cards.
  const timeline = page.getByTestId('timeline');
  await page.getByRole('button', { name: 'Fit journey' }).click();
  const scaleBefore = await settledScale(timeline);
  const cardBefore = await journey.contactNode('Arrest').boundingBox();
  await page.getByRole('button', { name: 'Zoom in time' }).click();
  await expect
    .poll(async () => Number(await timeline.getAttribute('data-px-per-day')))
    .toBeGreaterThan(scaleBefore * 1.5);
  const cardAfter = await journey.contactNode('Arrest').boundingBox();
  // Both boxes must exist: two missing boxes would compare equal.
  if (cardBefore === null || cardAfter === null) throw new Error('the Arrest card has no box on screen');
  expect(cardAfter.height).toBe(cardBefore.height);
  expect(cardAfter.width).toBe(cardBefore.width);
  await page.getByRole('button', { name: 'Fit journey' }).click();
  await expect
    .poll(async () => Number(await timeline.getAttribute('data-px-per-day')))
    .toBeCloseTo(scaleBefore, 1);

  await journey.select('Arrest');
  const panel = journey.panel();
  await panel.getByLabel('Link to').selectOption({ label: '05/02/2019 A&E: A&E attendance' });
  await panel.getByLabel('Kind').selectOption('no follow-up');
  await panel.getByRole('button', { name: 'Add link' }).click();
  await expect(journey.edges()).toHaveCount(1);

  await journey.select('A&E attendance');
  await panel.getByRole('checkbox', { name: 'Missed opportunity' }).check();
  await panel.getByLabel('Category').selectOption('No referral made');
  await panel.getByLabel('Note').fill('Third attendance in a month; no referral to mental health.');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(journey.contactNode('A&E attendance').locator('.contact-node.missed')).toHaveCount(1);
  await expect(journey.contactNode('A&E attendance').locator('.mo-marker')).toHaveText('◆ MO');

  await journey.select('ASB incident');
  await panel.getByLabel('Contact type').fill('ASB incident (street drinking)');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(journey.contactNode('ASB incident (street drinking)')).toHaveCount(1);

  await app.undoButton().click();
  await expect(journey.contactNode('ASB incident,')).toHaveCount(1);
  await expect(journey.contactNode('ASB incident (street drinking)')).toHaveCount(0);
  await app.redoButton().click();
  await expect(journey.contactNode('ASB incident (street drinking)')).toHaveCount(1);

  await app.reload();
  await expect(page.getByRole('heading', { name: 'Sample Person A' })).toBeVisible();
  await expect(journey.contactNodes()).toHaveCount(5);
  await expect(journey.edges()).toHaveCount(1);
  await expect(
    journey.contactNode('A&E attendance, A&E, 05/02/2019, missed opportunity: No referral made'),
  ).toHaveCount(1);
  await expect(journey.contactNode('ASB incident (street drinking)')).toHaveCount(1);
  await expect(page.getByTestId('journey-counts')).toHaveText(
    '5 contacts · 3 agencies · 1 missed opportunity',
  );
  await expect(page.locator('.react-flow__node-lifeEvent')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screenshots/journey-view.png' });

  await page.getByRole('button', { name: '← Cases' }).click();
  const listed = page.getByRole('row', { name: /Sample Person A/ });
  await expect(listed.getByRole('cell').nth(4)).toHaveText('5');
  await expect(listed.getByRole('cell').nth(5)).toHaveText('1');
});
