import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { JourneyPage } from './pages/journey-page';

/** Two lanes of three contacts; Arrest and detain and ASB incident are priced by the library, the rest are not costed. */
const CONTACTS = [
  { date: '03/02/2019', agency: 'Police', type: 'Arrest and detain' },
  { date: '11/02/2019', agency: 'Police', type: 'ASB incident' },
  { date: '01/03/2019', agency: 'Police', type: 'Welfare check' },
  { date: '10/02/2019', agency: 'Housing', type: 'Housing options processing' },
  { date: '20/02/2019', agency: 'Housing', type: 'Tenancy visit' },
  { date: '05/03/2019', agency: 'Housing', type: 'Eviction notice' },
];

function timeline(page: Page): Locator {
  return page.getByRole('application', { name: 'Journey timeline' });
}

/** The contact the timeline's aria-activedescendant names: what a screen reader reads as focused. */
async function focusedContact(page: Page): Promise<Locator> {
  const id = await timeline(page).getAttribute('aria-activedescendant');
  expect(id, 'the timeline names a focused contact').toBeTruthy();
  return page.locator(`[id="${id}"]`);
}

async function expectFocusOn(page: Page, name: string): Promise<void> {
  await expect.poll(async () => (await focusedContact(page)).getAttribute('aria-label')).toBe(name);
  await expect(timeline(page)).toBeFocused();
}

/** From the journey toolbar's last control (More), one Tab: the timeline is the next stop. */
async function tabIntoTimeline(page: Page): Promise<void> {
  await page.getByRole('toolbar', { name: 'Journey' }).locator('summary', { hasText: 'More' }).focus();
  await page.keyboard.press('Tab');
  await expect(timeline(page)).toBeFocused();
}

/** Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would; fails if it takes more than `most` presses. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab', most = 12): Promise<void> {
  for (let presses = 1; presses <= most; presses += 1) {
    await page.keyboard.press(key);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${key} never reached the target`);
}

test('the timeline by keyboard alone: one Tab stop, arrows through six contacts in two lanes, open, edit, delete and undo', async ({
  page,
}) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();
  await app.createCase('Keyboard Timeline Person');
  await journey.addContactsWithForm(CONTACTS);
  await journey.select('Arrest and detain');
  await journey.panel().getByRole('checkbox', { name: 'Missed opportunity' }).check();
  await journey.panel().getByLabel('Category').selectOption('No referral made');
  await journey.panel().getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('journey-counts')).toHaveText(
    '6 contacts · 2 agencies · 1 missed opportunity',
  );
  await page.keyboard.press('Escape');
  await expect(journey.panel().getByRole('heading', { name: 'Contact' })).toHaveCount(0);

  // Reached in one Tab from the control before it, and left in one more: the cards are not Tab stops.
  await tabIntoTimeline(page);
  await expectFocusOn(
    page,
    'Police: Arrest and detain, 03/02/2019, £719.00, missed opportunity: No referral made',
  );
  const ring = page.getByTestId('timeline-focus');
  await expect(ring).toHaveClass(/shown/);
  await page.screenshot({ path: 'test-results/timeline-keyboard-focus.png' });

  // Left and Right in time order within the lane, staying put at its end.
  await page.keyboard.press('ArrowRight');
  await expectFocusOn(page, 'Police: ASB incident, 11/02/2019, £673.00');
  await page.keyboard.press('ArrowRight');
  await expectFocusOn(page, 'Police: Welfare check, 01/03/2019, not costed');
  await page.keyboard.press('ArrowRight');
  await expectFocusOn(page, 'Police: Welfare check, 01/03/2019, not costed');
  // Down: the Housing contact nearest in time to 01/03/2019 is 05/03/2019, not 20/02/2019.
  await page.keyboard.press('ArrowDown');
  await expectFocusOn(page, 'Housing: Eviction notice, 05/03/2019, not costed');
  await page.keyboard.press('ArrowLeft');
  await expectFocusOn(page, 'Housing: Tenancy visit, 20/02/2019, not costed');
  await page.keyboard.press('Home');
  await expectFocusOn(page, 'Housing: Housing options processing, 10/02/2019, £558.00');
  await page.keyboard.press('ArrowUp');
  await expectFocusOn(page, 'Police: ASB incident, 11/02/2019, £673.00');
  await page.keyboard.press('End');
  await expectFocusOn(page, 'Police: Welfare check, 01/03/2019, not costed');
  await page.keyboard.press('ControlOrMeta+Home');
  await expectFocusOn(
    page,
    'Police: Arrest and detain, 03/02/2019, £719.00, missed opportunity: No referral made',
  );
  await page.keyboard.press('ControlOrMeta+End');
  await expectFocusOn(page, 'Housing: Eviction notice, 05/03/2019, not costed');

  // The ring is drawn round the contact where the contact is drawn.
  const ringBox = await ring.boundingBox();
  const cardBox = await journey.contactNode('Eviction notice').boundingBox();
  expect(ringBox?.x).toBeCloseTo(cardBox?.x ?? NaN, 0);
  expect(ringBox?.y).toBeCloseTo(cardBox?.y ?? NaN, 0);

  // Enter opens the contact in the side panel; Tab goes on into it, and the edit is saved with Enter.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(journey.panel().getByRole('heading', { name: 'Contact' })).toBeVisible();
  const contactType = journey.panel().getByLabel('Contact type');
  await expect(contactType).toHaveValue('Tenancy visit');
  await tabTo(page, contactType, 'Tab');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Tenancy sustainment visit');
  await page.keyboard.press('Enter');
  await expect(journey.contactNode('Tenancy sustainment visit')).toHaveCount(1);
  await tabTo(page, timeline(page), 'Shift+Tab', 30);
  await expectFocusOn(page, 'Housing: Tenancy sustainment visit, 20/02/2019, not costed');

  // Delete deletes it at once, says so with an undo, and focus goes on to the next in the lane; Ctrl+Z brings it back.
  await page.keyboard.press('Delete');
  await expect(journey.contactNodes()).toHaveCount(5);
  await expect(
    page.getByRole('status').filter({ hasText: 'Deleted Tenancy sustainment visit, 20/02/2019' }),
  ).toBeVisible();
  await expect(journey.panel().getByRole('heading', { name: 'Contact' })).toHaveCount(0);
  await expectFocusOn(page, 'Housing: Eviction notice, 05/03/2019, not costed');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(journey.contactNodes()).toHaveCount(6);
  await page.keyboard.press('ArrowLeft');
  await expectFocusOn(page, 'Housing: Tenancy sustainment visit, 20/02/2019, not costed');

  // Tab leaves the timeline in one press.
  await page.keyboard.press('Tab');
  await expect(timeline(page)).not.toBeFocused();
});

test('the view follows focus without moving a contact; zoom and pan are announced; Shift+arrows pan inside the timeline', async ({
  page,
}) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();
  await app.createCase('Following Person');
  await journey.addContactsWithForm([
    { date: '03/02/2019', agency: 'Police', type: 'Welfare check' },
    { date: '03/06/2020', agency: 'Police', type: 'Arrest and detain' },
    { date: '03/02/2021', agency: 'Housing', type: 'Tenancy visit' },
  ]);
  const announcement = page.getByTestId('timeline-view-announcement');

  await tabIntoTimeline(page);
  await expectFocusOn(page, 'Police: Welfare check, 03/02/2019, not costed');
  // + zooms round the focused contact, which stays in view; the new range is said once it settles.
  for (let step = 0; step < 6; step += 1) await page.keyboard.press('+');
  await expect(announcement).toHaveText(
    /^Showing \d\d \w{3} 2019 to \d\d \w{3} 2019, about \d+ days across$/,
  );
  const canvas = await page.locator('.timeline-canvas').boundingBox();
  const inView = async (locator: Locator) => {
    const box = await locator.boundingBox();
    return (
      box !== null && canvas !== null && box.x >= canvas.x && box.x + box.width <= canvas.x + canvas.width
    );
  };
  expect(await inView(page.getByTestId('timeline-focus'))).toBe(true);
  await expect(journey.contactNode('Tenancy visit')).toHaveCount(0);

  // Far along the journey: the view pans to the contact, and the ring sits on its card, at its date.
  await page.keyboard.press('ControlOrMeta+End');
  await expectFocusOn(page, 'Housing: Tenancy visit, 03/02/2021, not costed');
  await expect(journey.contactNode('Tenancy visit')).toHaveCount(1);
  expect(await inView(journey.contactNode('Tenancy visit'))).toBe(true);
  const ringBox = await page.getByTestId('timeline-focus').boundingBox();
  const dateMark = await page.locator('.date-mark[data-date="2021-02-03"]').boundingBox();
  expect((ringBox?.x ?? NaN) - ((dateMark?.x ?? NaN) + (dateMark?.width ?? NaN) / 2)).toBeCloseTo(0, 0);
  await expect(announcement).toHaveText(
    /^Showing \d\d \w{3} 202[01] to \d\d \w{3} 2021, about \d+ days across$/,
  );

  // Shift+arrows pan the view, leaving the focus where it is.
  const before = await journey.contactNode('Tenancy visit').boundingBox();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect
    .poll(async () => (await journey.contactNode('Tenancy visit').boundingBox())?.x ?? -Infinity)
    .toBeGreaterThan((before?.x ?? 0) + 100);
  await expectFocusOn(page, 'Housing: Tenancy visit, 03/02/2021, not costed');

  await page.keyboard.press('f');
  await expect(announcement).toHaveText(
    'Showing the whole journey, Dec 2018 to Jul 2021, about 3 years across',
  );
});

test('contacts drawn as marks or inside an "n contacts" aggregate are reachable, and say so', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Open Matthew in training mode' }).click();
  await app.ready();
  await expect(page.getByTestId('journey-counts')).toContainText('125 contacts');
  await tabIntoTimeline(page);
  await page.keyboard.press('ControlOrMeta+Home');
  const names = new Map<string, string>();
  const focusedId = async () => (await timeline(page).getAttribute('aria-activedescendant')) ?? '';
  // Every contact of every lane, lane by lane: Home, then Right to the lane's end, then Down.
  for (;;) {
    await page.keyboard.press('Home');
    for (;;) {
      const id = await focusedId();
      names.set(id, (await (await focusedContact(page)).getAttribute('aria-label')) ?? '');
      await page.keyboard.press('ArrowRight');
      if ((await focusedId()) === id) break;
    }
    const laneEnd = await focusedId();
    await page.keyboard.press('ArrowDown');
    if ((await focusedId()) === laneEnd) break;
  }
  expect(names.size).toBe(125);
  const grouped = [...names.values()].filter((n) =>
    /, one of \d+ contacts drawn together at this zoom \(plus zooms in\)$/.test(n),
  );
  expect(grouped.length, 'Matthew fitted draws some contacts inside aggregates').toBeGreaterThan(0);
  await page.screenshot({ path: 'test-results/timeline-keyboard-aggregate.png' });
});

test('at 200% zoom (640 x 450 CSS pixels) the focused contact is ringed, named beside the ring and kept in view; the table is the same journey', async ({
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 450 });
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Open Matthew in training mode' }).click();
  await app.ready();
  await tabIntoTimeline(page);
  await page.keyboard.press('ControlOrMeta+End');
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('+');
  await page.keyboard.press('ArrowLeft');
  const ring = page.getByTestId('timeline-focus');
  const canvas = await page.locator('.timeline-canvas').boundingBox();
  const box = await ring.boundingBox();
  expect(
    box !== null &&
      canvas !== null &&
      box.x >= canvas.x &&
      box.x + box.width <= canvas.x + canvas.width &&
      box.y >= canvas.y &&
      box.y + box.height <= canvas.y + canvas.height,
  ).toBe(true);
  await expect(ring).toHaveClass(/shown/);
  await expect(page.locator('.timeline-focus-caption')).toHaveText(
    (await ring.getAttribute('aria-label')) ?? '',
  );
  await page.screenshot({ path: 'test-results/screenshots/timeline-keyboard-zoom200.png' });

  await page.setViewportSize({ width: 1440, height: 900 });
  await page
    .getByRole('group', { name: 'Show the journey as' })
    .getByRole('button', { name: 'Table' })
    .click();
  await expect(page.getByRole('table', { name: 'Contacts' })).toHaveAttribute('aria-rowcount', '126');
  await page.getByRole('searchbox', { name: 'Filter contacts' }).focus();
  await page.keyboard.type('police');
  await page.keyboard.press('Tab');
  await page.screenshot({ path: 'test-results/screenshots/timeline-keyboard-table.png' });
});

test('a click on a contact makes it the focused one: the keys carry on from there, and the ring shows only once a key is pressed', async ({
  page,
}) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();
  await app.createCase('Clicking Person');
  await journey.addContactsWithForm(CONTACTS.slice(0, 3));
  await journey.select('ASB incident');
  await expect(timeline(page)).toBeFocused();
  await expect(page.getByTestId('timeline-focus')).not.toHaveClass(/shown/);
  await page.keyboard.press('ArrowRight');
  await expectFocusOn(page, 'Police: Welfare check, 01/03/2019, not costed');
  await expect(page.getByTestId('timeline-focus')).toHaveClass(/shown/);
});
