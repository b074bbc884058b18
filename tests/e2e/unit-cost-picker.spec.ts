import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { JourneyPage } from './pages/journey-page';

const VB11Z = 'A&E attendance, no investigation, no significant treatment (VB11Z)';
const SOCIAL_WORKER = 'Adult social worker time (with qualification costs)';

test('a typed contact type is priced only by a whole library name; until then its candidates are listed with what tells them apart', async ({
  page,
}) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();
  await app.createCase('Typed Person');
  await page.getByRole('button', { name: 'Add contact' }).click();
  const panel = journey.panel();
  await panel.getByLabel('Date (dd/mm/yyyy)').fill('20/04/2019');
  await panel.getByLabel('Agency').selectOption({ label: 'A&E' });
  const contactType = panel.getByLabel('Contact type');

  // Typed key by key, as an analyst does: the short "A&E attendance" entry is passed through on the way.
  await contactType.pressSequentially(VB11Z);
  await expect(panel.getByTestId('cost-preview')).toHaveText(
    '£123.75 per contact × 1 (one per contact) = £123.75 (2023/24 prices uplifted to 2023/24).',
  );

  await contactType.fill('');
  await contactType.pressSequentially('A&E attendance, no');
  await expect(panel.getByTestId('cost-preview')).toHaveText(
    'Not costed: no unit cost chosen. It is counted as uncosted, not as £0.',
  );
  const candidates = panel.getByRole('group', {
    name: /library entr(y|ies) may be meant by “A&E attendance, no”/,
  });
  await expect(candidates.getByRole('button')).toHaveCount(1);
  await expect(candidates.getByRole('button')).toContainText(
    '£123.75 per contact · 2023/24 prices · NHS England National Cost Collection',
  );
  await page.screenshot({ path: 'test-results/screenshots/unit-cost-candidates.png' });
  await candidates.getByRole('button').click();
  await expect(panel.getByTestId('cost-preview')).toContainText('= £123.75');
  await expect(candidates).toHaveCount(0);
  await contactType.press('Enter');
  await expect(journey.contactNode('A&E attendance, no')).toHaveCount(1);

  await contactType.fill(SOCIAL_WORKER);
  await expect(panel.getByTestId('cost-preview')).toHaveText(
    'Not costed: no unit cost chosen. It is counted as uncosted, not as £0.',
  );
  const twins = panel.getByRole('group', { name: /2 library entries may be meant/ }).getByRole('button');
  await expect(twins).toHaveCount(2);
  await expect(twins.filter({ hasText: '£58.00 per hour · 2023/24 prices · PSSRU' })).toHaveCount(1);
  await expect(twins.filter({ hasText: '£58.78 per hour · 2015/16 prices · GMCA' })).toHaveCount(1);
});

test("the import's unknown-values step tells two library entries of one name apart, and prices by the one chosen", async ({
  page,
  fileDialogs,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.createCase('Imported Twin');
  await new JourneyPage(page).moreAction('Import…');
  // Per hour with no times, so the row states its hours, as every import requires.
  const csv = `Case,Date,Agency,Contact type,Quantity\r\n,03/02/2019,Adult social care,${SOCIAL_WORKER},2\r\n`;
  await fileDialogs.open(() => page.getByRole('button', { name: 'Choose a spreadsheet…' }).click(), {
    name: 'social care.csv',
    buffer: Buffer.from(csv),
  });
  await page.getByRole('button', { name: 'Check 1 row' }).click();
  const unknown = page.getByRole('table', { name: 'Unknown contact types' });
  const twins = unknown.getByRole('group', { name: /2 library entries may be meant/ }).getByRole('button');
  await expect(twins).toHaveCount(2);
  await expect(twins.nth(0)).toContainText(/£58\.\d\d per hour · 20\d\d\/\d\d prices · /);
  await page.screenshot({ path: 'test-results/screenshots/import-unit-cost-twins.png', fullPage: true });
  await twins.filter({ hasText: '2015/16 prices · GMCA' }).click();
  await expect(unknown).toContainText('£58.78 per hour · 2015/16 prices · GMCA');
  await page.getByRole('button', { name: 'Import 1 contact' }).click();

  await expect(page.getByTestId('journey-counts')).toHaveText(
    '1 contact · 1 agency · 0 missed opportunities',
  );
  await new JourneyPage(page).select(SOCIAL_WORKER);
  await expect(page.getByRole('complementary', { name: 'Details' })).toContainText(
    '£58.78 per hour · 2015/16 prices · GMCA',
  );
});
