import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';

test('a lead opens a 30-case cohort, sorts and filters it, works the most expensive case’s suggestions and reviews it', async ({
  page,
  fileDialogs,
  desktopApp,
}) => {
  const app = new AppPage(page);
  await app.open();
  // The cohort worker starts while the app is idle and checks the empty store before the cohort is
  // written; what it prepared then must not pass for the cohort written after.
  await expect.poll(() => page.workers().some((w) => w.url().includes('cohort.worker'))).toBe(true);
  await fileDialogs.open(() => page.getByRole('button', { name: 'Open project file…' }).click(), {
    name: 'cohort-30.journey.json',
    buffer: readFileSync('samples/projects/cohort-30.journey.json'),
  });
  await page.getByRole('link', { name: 'Cohort' }).click();
  await expect(page.getByTestId('cohort-count')).toHaveText('30 of 30 cases');
  // Costed from the stored per-case aggregates: the sample cohort's pinned total, to the penny.
  await expect(page.getByTestId('cohort-headline')).toContainText('30 people cost £2,698,240.29 in all');
  await expect(page.getByRole('table', { name: 'Common sequences' }).getByRole('row')).not.toHaveCount(0);

  const table = page.getByRole('table', { name: 'Cohort' });
  const firstCase = () => table.getByRole('row').nth(1).getByRole('rowheader');
  await table.getByRole('button', { name: 'Pseudonym' }).click();
  await expect(firstCase()).toHaveText('Cohort person 001');
  await table.getByRole('button', { name: 'Total cost' }).click();
  await expect(table.getByRole('columnheader', { name: 'Total cost' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(firstCase()).toHaveText('Cohort person 003');
  await page.screenshot({ path: 'test-results/screenshots/cohort.png' });

  await page.getByLabel('Designated lead').selectOption('Navigator D');
  await expect(firstCase()).toHaveText('Cohort person 013');
  await expect(page.getByTestId('cohort-count')).not.toHaveText('30 of 30 cases');
  await page.getByLabel('Designated lead').selectOption('');
  // Drawn a render after the table and headline: all five, none left waiting.
  await expect(page.getByRole('figure').locator('svg.recharts-surface')).toHaveCount(5);
  await expect(page.locator('.chart-area[aria-busy="true"]')).toHaveCount(0);
  await page
    .getByRole('figure')
    .filter({ hasText: 'Cost by organisation bearing it' })
    .screenshot({ path: 'test-results/screenshots/cohort-chart.png' });

  // Only the rows in view are drawn; the table still says it has 30, and scrolling brings the cheapest case into view.
  await expect(table).toHaveAttribute('aria-rowcount', '31');
  await expect(table.getByRole('row').filter({ hasText: 'Cohort person' })).not.toHaveCount(30);
  await page.locator('.cohort-table-wrap').evaluate((wrap) => wrap.scrollTo({ top: wrap.scrollHeight }));
  await expect(table.getByRole('row').last()).toHaveAttribute('aria-rowindex', '31');
  await page.locator('.cohort-table-wrap').evaluate((wrap) => wrap.scrollTo({ top: 0 }));

  // Before and after one date for everyone, worked out by the cohort worker, exported as a scenario sheet.
  const beforeAfter = page.getByRole('region', { name: 'Before and after an intervention' });
  // Each case's own date first: those without one are named, a few for each reason.
  await expect(
    beforeAfter.getByText(
      /^14 people; .* Left out: Cohort person 003, Cohort person 005, Cohort person 007, Cohort person 010, Cohort person 011 and 11 more \(no intervention date\)\.$/,
    ),
  ).toBeVisible();
  await beforeAfter.getByLabel('Intervention date (blank: each case’s own)').fill('01/04/2021');
  await beforeAfter.getByLabel('Attribution %').fill('50');
  const byBearer = beforeAfter.getByRole('table', { name: 'Before and after by cost bearer' });
  await expect(
    beforeAfter.getByText(
      '30 people; 30.0 person-years observed before and 30.0 after; 50% of each change attributed.',
    ),
  ).toBeVisible();
  await expect(byBearer.getByRole('row', { name: /^Police / })).toHaveText(
    /7\.6\s*5\.9\s*£4,052\.84\s*£2,939\.12\s*£556\.86\s*£0\.00/,
  );
  await expect(byBearer.getByRole('row', { name: /^All cost bearers / })).toHaveText(
    /£16,444\.45\s*£15,428\.06\s*£508\.19/,
  );
  const sheet = await fileDialogs.save(() =>
    beforeAfter.getByRole('button', { name: 'Export as scenario sheet…' }).click(),
  );
  const lines = sheet.bytes.toString('utf8').split('\r\n');
  expect(lines[0]).toBe('\uFEFFOrganisation,Item,Unit cost,Quantity,Direction,Attribution %,Source');
  // Every digit of the exact change per person-year survives the trip from the worker.
  expect(lines.find((l) => l.startsWith('Police,'))).toContain(
    '"Change in cost per person-year (£4,052.84 before, £2,939.12 after), for a year of the cohort",1113.7151266540722808720607,30,saving,50,',
  );

  await firstCase().getByRole('button').click();
  await expect(page.getByRole('heading', { name: 'Cohort person 003' })).toBeVisible();
  await expect(page.getByTestId('journey-counts')).toContainText('18 missed opportunities');
  const suggestions = page.getByRole('region', { name: /Suggested missed opportunities/ });
  await expect(page.getByRole('heading', { name: 'Suggested missed opportunities (11)' })).toBeVisible();
  await suggestions.getByRole('listitem').first().getByRole('button', { name: 'Accept…' }).click();
  await suggestions.getByRole('button', { name: 'Flag as missed opportunity' }).click();
  await expect(page.getByTestId('journey-counts')).toContainText('19 missed opportunities');
  await expect(page.getByRole('heading', { name: 'Suggested missed opportunities (10)' })).toBeVisible();
  await suggestions.getByRole('listitem').first().getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('heading', { name: 'Suggested missed opportunities (9)' })).toBeVisible();

  // The cohort worker keeps what it last read; the flag just accepted is a change it must not miss.
  await page.getByRole('link', { name: 'Cohort' }).click();
  const person003 = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Cohort person 003' }) });
  await expect(person003.getByRole('cell').nth(9)).toHaveText('19');
  await person003.getByRole('button', { name: 'Cohort person 003' }).click();
  await expect(page.getByTestId('journey-counts')).toContainText('19 missed opportunities');

  await page.getByRole('link', { name: 'Review' }).click();
  await expect(page.getByTestId('review-position')).toHaveText('1 / 21');
  for (let step = 1; step <= 19; step += 1) {
    await page.keyboard.press(step % 2 === 0 ? 'ArrowRight' : 'PageDown');
    await expect(page.getByTestId('review-slide')).toContainText(`Missed opportunity ${step} of 19`);
    if (step === 3) await page.screenshot({ path: 'test-results/screenshots/cohort-review-slide.png' });
  }
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('review-slide')).toContainText('Summary: Cohort person 003');

  const pack =
    desktopApp === null
      ? await printedInBrowser(page)
      : (await fileDialogs.save(() => page.getByRole('button', { name: 'Print review pack' }).click())).bytes;
  writeFileSync('test-results/screenshots/review-pack.pdf', pack);
  expect(pack.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(21);
});

/** In a browser the pack is the print dialog's output: what Chromium prints, one slide per page. */
async function printedInBrowser(page: Page): Promise<Buffer> {
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Print review pack' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.review-slide:visible')).toHaveCount(21);
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return pdf;
}
