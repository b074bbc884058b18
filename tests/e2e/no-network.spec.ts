import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { JourneyPage } from './pages/journey-page';

test('no request leaves the app while a user works through every screen: journey, review, anonymise, export, import, unit costs, scenarios, cohort, backups, diagnostic report, training', async ({
  page,
  fileDialogs,
}) => {
  const requests: string[] = [];
  page.context().on('request', (request) => requests.push(request.url()));
  page.on('request', (request) => requests.push(request.url()));
  const app = new AppPage(page);
  await app.open();
  const origin = new URL(page.url()).origin;

  await app.createCase('Network Check');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.getByLabel('Date (dd/mm/yyyy)').fill('03/02/2019');
  await page.getByLabel('Contact type').fill('Arrest and detain');
  await page.getByLabel('Contact type').press('Enter');
  await expect(page.getByTestId('journey-counts')).toHaveText(
    '1 contact · 1 agency · 0 missed opportunities',
  );
  await page.getByRole('link', { name: 'Review' }).click();
  await expect(page.getByTestId('review-position')).toHaveText('1 / 2');
  await page.keyboard.press('End');
  await expect(page.getByTestId('review-slide')).toContainText('Summary: Network Check');
  await page.keyboard.press('Escape');
  await new JourneyPage(page).moreAction('Anonymise…');
  const anonymise = page.getByRole('dialog', { name: 'Anonymise case' });
  await expect(anonymise).toContainText('Person');
  await anonymise.getByRole('button', { name: 'Close' }).click();
  await fileDialogs.save(async () => {
    await page.getByText('Export…').click();
    await page.getByRole('menuitem', { name: 'Costed workbook (.xlsx)' }).click();
  });
  await new JourneyPage(page).moreAction('Import…');
  await fileDialogs.open(() => page.getByRole('button', { name: 'Choose a spreadsheet…' }).click(), {
    name: 'contacts-template.xlsx',
    buffer: readFileSync('samples/templates/contacts-template.xlsx'),
  });
  await page.getByRole('button', { name: 'Check 3 rows' }).click();
  await expect(page.getByTestId('check-result')).toHaveText('All 3 contacts are valid.');
  await page.getByRole('link', { name: 'Unit costs' }).click();
  await expect(page.getByRole('heading', { name: 'Unit costs', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Scenarios' }).click();
  await page.getByRole('button', { name: 'Open the Safe Space Appendix 2 sample' }).click();
  await expect(page.getByTestId('value-of-savings')).toHaveText('£1,350,966.36');
  await page.getByRole('link', { name: 'Cohort' }).click();
  await expect(page.getByRole('row', { name: /Network Check/ })).toBeVisible();
  await page.getByRole('link', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status')).toContainText('Backed up as journey-mapper-backup-');
  await page.getByRole('button', { name: 'Export everything…' }).click();
  await page.getByRole('dialog').getByLabel('Passphrase', { exact: true }).fill('a passphrase for the check');
  await page.getByRole('dialog').getByLabel('Passphrase again').fill('a passphrase for the check');
  await fileDialogs.save(() => page.getByRole('dialog').getByRole('button', { name: 'Export…' }).click());

  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('a failure to report');
    }, 0);
  });
  const failure = page.getByRole('alert').filter({ hasText: 'Something failed' });
  await fileDialogs.save(() => failure.getByRole('button', { name: 'Save a diagnostic report…' }).click());
  await failure.getByRole('button', { name: 'Dismiss' }).click();

  await page.getByRole('link', { name: 'Cases' }).click();
  await page.getByRole('button', { name: 'Open Sample A in training mode' }).click();
  await app.ready();
  await expect(page.getByTestId('training-banner')).toContainText('Training: Sample A');
  await expect(page.getByTestId('journey-counts')).toHaveText(
    '12 contacts · 4 agencies · 2 missed opportunities',
  );
  await page.getByRole('button', { name: 'Leave training' }).click();
  await app.ready();

  const local = (url: string) =>
    url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith(`blob:${origin}/`);
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => !local(url))).toEqual([]);
});

test('the page cannot be framed by another site, and Trusted Types keep markup from becoming script', async ({
  page,
  desktopApp,
}) => {
  const app = new AppPage(page);
  await app.open();
  if (desktopApp === null) {
    const response = await page.request.get('/');
    expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
  }
  const refused = await page.evaluate(() => {
    const div = document.createElement('div');
    div.innerHTML = '<img src=x onerror="window.__ran=1">';
    let scriptRefused = false;
    try {
      document.createElement('script').src = 'https://example.com/x.js';
    } catch {
      scriptRefused = true;
    }
    return { text: div.textContent, children: div.childElementCount, scriptRefused };
  });
  expect(refused).toEqual({ text: '<img src=x onerror="window.__ran=1">', children: 0, scriptRefused: true });
});
