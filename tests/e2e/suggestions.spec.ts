import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { JourneyPage } from './pages/journey-page';

test('the rules suggest missed opportunities; the analyst accepts one and dismisses another, and the dismissal is remembered', async ({
  page,
}) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();
  await app.createCase('Crisis Person');
  const dates = ['03/01/2019', '10/01/2019', '17/01/2019', '01/06/2019', '08/06/2019', '15/06/2019'];
  await journey.addContactsWithForm(
    dates.map((date, i) => ({ date, agency: 'A&E', type: `A&E attendance ${i + 1}` })),
  );

  const panel = page.getByRole('region', { name: /Suggested missed opportunities/ });
  await expect(page.getByRole('heading', { name: 'Suggested missed opportunities (2)' })).toBeVisible();
  await expect(journey.contactNode('A&E attendance 3')).toHaveAttribute(
    'aria-label',
    /suggested missed opportunity: No referral made/,
  );
  await expect(journey.contactNode('A&E attendance 3')).toContainText('MO?');
  await page.screenshot({ path: 'test-results/screenshots/suggestions.png' });

  await panel
    .getByRole('listitem', { name: /17\/01\/2019/ })
    .getByRole('button', { name: 'Accept…' })
    .click();
  await panel.getByRole('button', { name: 'Flag as missed opportunity' }).click();
  await expect(page.getByTestId('journey-counts')).toHaveText('6 contacts · 1 agency · 1 missed opportunity');
  await expect(journey.contactNode('A&E attendance 3')).toHaveAttribute(
    'aria-label',
    /, missed opportunity: No referral made/,
  );

  await panel
    .getByRole('listitem', { name: /15\/06\/2019/ })
    .getByRole('button', { name: 'Dismiss' })
    .click();
  await expect(page.getByRole('heading', { name: /Suggested missed opportunities/ })).toHaveCount(0);
  await app.reload();
  await expect(page.getByRole('heading', { name: 'Crisis Person' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Suggested missed opportunities/ })).toHaveCount(0);
  await expect(page.getByTestId('journey-counts')).toHaveText('6 contacts · 1 agency · 1 missed opportunity');
});
