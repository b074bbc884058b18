import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { JourneyPage } from './pages/journey-page';

/** Six contacts as an analyst reads them off a chronology, each priced by a library entry's whole name. */
const RUN = [
  { date: '03/02/2019', agency: 'Police', type: 'Arrest and detain' },
  { date: '04/02/2019', agency: 'Ambulance', type: 'Ambulance call-out' },
  {
    date: '04/02/2019',
    agency: 'A&E',
    type: 'A&E attendance, no investigation, no significant treatment (VB11Z)',
  },
  { date: '10/02/2019', agency: 'Housing', type: 'Housing options processing' },
  { date: '11/02/2019', agency: 'Police', type: 'ASB incident' },
  { date: '12/02/2019', agency: 'GP', type: 'GP appointment' },
];

function dateField(page: Page) {
  return new JourneyPage(page).panel().getByLabel('Date (dd/mm/yyyy)');
}

test('the keyboard route: from a fresh case, N, a date, Tab through, Enter, six contacts without the mouse', async ({
  page,
}) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();
  await app.createCase('Keyboard Person');
  await expect(page.getByRole('heading', { name: 'Keyboard Person' })).toBeVisible();

  await page.keyboard.press('n');
  await expect(dateField(page)).toBeFocused();
  for (const [index, contact] of RUN.entries()) {
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(contact.date);
    await page.keyboard.press('Tab');
    await expect(journey.panel().getByLabel('Time (optional)')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(journey.panel().getByLabel('Agency')).toBeFocused();
    await page.keyboard.type(contact.agency);
    await expect(journey.panel().getByLabel('Agency').locator('option:checked')).toHaveText(contact.agency);
    await page.keyboard.press('Tab');
    await expect(journey.panel().getByLabel('Contact type')).toBeFocused();
    await page.keyboard.type(contact.type);
    await page.keyboard.press('Enter');
    await expect(journey.contactNodes()).toHaveCount(index + 1);
    // The form stays, cleared, with the cursor back in the date for the next contact.
    await expect(dateField(page)).toBeFocused();
    await expect(journey.panel().getByLabel('Contact type')).toHaveValue('');
  }

  await expect(page.getByTestId('journey-counts')).toHaveText(
    '6 contacts · 5 agencies · 0 missed opportunities',
  );
  await page.keyboard.press('Escape');
  await expect(journey.panel().getByRole('heading', { name: 'Add contact' })).toHaveCount(0);
  // £719 + £192 + £123.75 + £558 + £673 + £37.40: each priced by its whole name, none by a shorter one.
  await expect(page.getByTestId('journey-total')).toContainText('£2,303.15');
  await expect(page.getByTestId('uncosted-count')).toHaveText(
    '0 of 6 contacts not costed (not counted as £0)',
  );
});

test('F, + / - and the arrows work wherever focus is but a text box or the timeline (where arrows move between contacts); a double-click on a lane puts the cursor in the form', async ({
  page,
}) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();
  await app.createCase('Moving Person');
  await journey.addContactsWithForm([
    { date: '03/02/2019', agency: 'Police', type: 'Welfare check' },
    { date: '03/02/2021', agency: 'Housing', type: 'Tenancy visit' },
  ]);
  const timeline = page.getByTestId('timeline');
  const scale = async () => Number(await timeline.getAttribute('data-px-per-day'));
  const fitted = await scale();

  // Focus on a toolbar button, never on the timeline.
  await page.getByRole('button', { name: 'Add life event' }).focus();
  await page.keyboard.press('+');
  await expect.poll(scale).toBeCloseTo(fitted * 1.6, 3);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect.poll(scale).toBeCloseTo(fitted / 1.6, 3);
  await page.keyboard.press('f');
  await expect.poll(scale).toBeCloseTo(fitted, 3);

  const card = journey.contactNode('Welfare check');
  const before = await card.boundingBox();
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(async () => (await card.boundingBox())?.x ?? Infinity)
    .toBeLessThan((before?.x ?? 0) - 100);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await card.boundingBox())?.x).toBeCloseTo(before?.x ?? 0, 0);

  // In a text box the same keys type.
  await page.getByRole('button', { name: 'Add contact' }).click();
  await journey.panel().getByLabel('Contact type').fill('');
  await journey.panel().getByLabel('Contact type').press('f');
  await journey.panel().getByLabel('Contact type').press('+');
  await expect(journey.panel().getByLabel('Contact type')).toHaveValue('f+');
  expect(await scale()).toBeCloseTo(fitted, 3);
  await page.keyboard.press('Escape');

  await journey.doubleClickLane('Housing', 0.5);
  await expect(dateField(page)).toBeFocused();
  await expect(journey.panel().getByLabel('Agency').locator('option:checked')).toHaveText('Housing');
});

test('Escape closes the innermost thing open: a menu, then a dialog, then the side panel', async ({
  page,
}) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();
  await app.createCase('Escaping Person');
  await page.keyboard.press('n');
  const entryHeading = journey.panel().getByRole('heading', { name: 'Add contact' });
  await expect(entryHeading).toBeVisible();

  await page.getByText('Export…').click();
  await expect(page.getByRole('menu')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(entryHeading).toBeVisible();

  await journey.moreAction('Anonymise…');
  await expect(page.getByRole('dialog', { name: 'Anonymise case' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(entryHeading).toBeVisible();

  // From inside the form's own text box too.
  await dateField(page).focus();
  await page.keyboard.press('Escape');
  await expect(entryHeading).toHaveCount(0);

  for (const [action, heading] of [
    ['Lanes…', 'Lanes'],
    ['Case details…', 'Case details'],
  ]) {
    await journey.moreAction(action);
    await expect(journey.panel().getByRole('heading', { name: heading })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(journey.panel().getByRole('heading', { name: heading })).toHaveCount(0);
  }
  await page.getByRole('button', { name: 'Add life event' }).click();
  await expect(journey.panel().getByRole('heading', { name: 'Add life event' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(journey.panel().getByRole('heading', { name: 'Add life event' })).toHaveCount(0);
});
