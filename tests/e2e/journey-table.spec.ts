import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { JourneyPage } from './pages/journey-page';
import type { Page } from '@playwright/test';

async function openSampleJourney(page: Page, sample: string): Promise<void> {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('button', { name: `Open ${sample} in training mode` }).click();
  await app.ready();
  await expect(page.getByTestId('journey-counts')).toBeVisible();
}

test('the journey as a table: one row per contact, sorted, filtered, and a row selects the contact for editing as on the timeline', async ({
  page,
}) => {
  await openSampleJourney(page, 'Sample A');
  const views = page.getByRole('group', { name: 'Show the journey as' });
  await views.getByRole('button', { name: 'Table' }).click();
  await expect(views.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
  const table = page.getByRole('table', { name: 'Contacts' });
  await expect(table.getByRole('row')).toHaveCount(13);
  await expect(table).toHaveAttribute('aria-rowcount', '13');
  await expect(table.getByRole('columnheader', { name: 'Date' })).toHaveAttribute('aria-sort', 'ascending');

  // The first contact in time: an arrest at £719 (Safe Space Appendix 2, price year unknown, so never uplifted).
  await expect(table.getByRole('row').nth(1)).toHaveText(
    /^03\/02\/2019\s*23:10\s*Police\s*Arrest\s*£719\.00\s*$/,
  );
  const flagged = table.getByRole('row').filter({ hasText: 'No referral made' });
  await expect(flagged).toHaveText(
    /10\/02\/2019\s*03:05\s*A&E\s*A&E attendance\s*£[\d,.]+\s*◆ Missed opportunity\s*No referral made/,
  );
  await expect(table.getByRole('row').filter({ hasText: 'Evicted from B&B' })).toContainText(
    '◆ Missed opportunityEvicted or excluded to the street',
  );

  await table.getByRole('button', { name: /^Cost/ }).click();
  await expect(table.getByRole('columnheader', { name: /^Cost/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('row').last()).toContainText('not costed');
  await table.getByRole('button', { name: /^Cost/ }).click();
  await expect(table.getByRole('columnheader', { name: /^Cost/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('columnheader', { name: 'Date' })).toHaveAttribute('aria-sort', 'none');
  await expect(table.getByRole('row').last()).toContainText('not costed');
  const costs = await table.getByRole('row').locator('td.number').allTextContents();
  const pounds = costs.filter((c) => c.startsWith('£')).map((c) => Number(c.replace(/[£,]/g, '')));
  expect(pounds.length).toBe(costs.length - 1);
  expect(pounds).toEqual([...pounds].sort((a, b) => b - a));

  await page.getByRole('searchbox', { name: 'Filter contacts' }).fill('housing');
  await expect(page.getByTestId('journey-table-count')).toHaveText('3 of 12 contacts');
  await expect(table.getByRole('row')).toHaveCount(4);
  await page.screenshot({ path: '/tmp/shots/a11y/table-view-filtered.png' });

  await table.getByRole('button', { name: 'Evicted from B&B' }).click();
  const journey = new JourneyPage(page);
  await expect(journey.panel().getByRole('heading', { name: 'Contact' })).toBeVisible();
  await expect(table.getByRole('row', { name: /Evicted from B&B/ })).toHaveAttribute('aria-current', 'true');
  await journey.panel().getByLabel('Contact type').fill('Evicted from B&B (notice served)');
  await journey.panel().getByRole('button', { name: 'Save changes' }).click();
  await expect(table.getByRole('rowheader', { name: 'Evicted from B&B (notice served)' })).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/a11y/table-view-selected.png' });

  await views.getByRole('button', { name: 'Timeline' }).click();
  await expect(journey.contactNode('Evicted from B&B (notice served)').locator('.contact-node')).toHaveClass(
    /selected/,
  );
  await expect(journey.panel().getByLabel('Contact type')).toHaveValue('Evicted from B&B (notice served)');
});

test('a long journey in the table draws only the rows in view, yet tells a screen reader every row is there', async ({
  page,
}) => {
  await openSampleJourney(page, 'Matthew');
  await page
    .getByRole('group', { name: 'Show the journey as' })
    .getByRole('button', { name: 'Table' })
    .click();
  const table = page.getByRole('table', { name: 'Contacts' });
  await expect(table).toHaveAttribute('aria-rowcount', '126');
  await expect(table.getByRole('row').nth(1)).toHaveAttribute('aria-rowindex', '2');
  expect(await table.getByRole('row').count()).toBeLessThan(126);
  await page.screenshot({ path: '/tmp/shots/a11y/table-view-matthew.png' });
  await page.locator('.journey-table-wrap').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(table.getByRole('row').last()).toHaveAttribute('aria-rowindex', '126');
});

test('at 1280 x 900 every column of the table of Matthew’s journey is in view without a sideways scroll', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openSampleJourney(page, 'Matthew');
  await page
    .getByRole('group', { name: 'Show the journey as' })
    .getByRole('button', { name: 'Table' })
    .click();
  const table = page.getByRole('table', { name: 'Contacts' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const wrap = page.locator('.journey-table-wrap');
  const widths = await wrap.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
  expect(widths.client).toBeGreaterThan(0);
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  const wrapBox = await wrap.boundingBox();
  const categoryBox = await table.getByRole('columnheader', { name: 'Category' }).boundingBox();
  expect(wrapBox).not.toBeNull();
  expect(categoryBox).not.toBeNull();
  if (wrapBox === null || categoryBox === null) return;
  expect(categoryBox.x + categoryBox.width).toBeLessThanOrEqual(wrapBox.x + wrapBox.width);
});
