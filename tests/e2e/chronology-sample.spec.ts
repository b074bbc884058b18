import { describeReturnProblem } from '../../shared/chronology/return-problems';
import { openReturn } from '../../shared/chronology/return-tables';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';

test('a trainer opens Adult R, the case merged from five agency returns, and sees its 21 contacts from five agencies, two flagged', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  const card = page
    .getByRole('region', { name: 'Samples for training' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Adult R', exact: true }) });
  await card.getByText("Trainer's note").click();
  await expect(card).toContainText('Left for the trainee to find (3)');
  await card.getByRole('button', { name: 'Open Adult R in training mode' }).click();
  await app.ready();
  await expect(page.getByTestId('training-banner')).toContainText('Training: Adult R');
  await expect(page.getByRole('heading', { name: 'Adult R', level: 1 })).toBeVisible();
  await expect(page.getByTestId('journey-counts')).toHaveText(
    '21 contacts · 5 agencies · 2 missed opportunities',
  );
  await page.screenshot({ path: 'test-results/screenshots/chronology-adult-r.png' });
});

test('an analyst exports the integrated chronology of Adult R as a Word document, and it reads back row by row in date order with the gap', async ({
  page,
  fileDialogs,
}) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Open Adult R in training mode' }).click();
  await app.ready();
  await expect(page.getByTestId('journey-counts')).toHaveText(
    '21 contacts · 5 agencies · 2 missed opportunities',
  );
  const saved = await fileDialogs.save(async () => {
    await page.getByText('Export…').click();
    await page.screenshot({ path: 'test-results/screenshots/chronology-export-menu.png' });
    await page.getByRole('menuitem', { name: 'Integrated chronology (.docx)' }).click();
  });
  expect(saved.name).toBe('Adult R integrated chronology.docx');
  const read = openReturn(new Uint8Array(saved.bytes), saved.name);
  if (!read.ok) throw new Error(read.problems.map(describeReturnProblem).join('\n'));
  const rows = read.tables[0].rows.map((r) => r.cells.map((c) => (c?.kind === 'text' ? c.text : '')));
  expect(rows).toHaveLength(22);
  expect(rows[0].slice(0, 2)).toEqual(['14/01/2019 22:40', 'Northshire Police']);
  expect(rows.find((r) => r[0] === '19/04/2019 to 02/09/2019')?.[2]).toBe(
    'No contact with any agency for 136 days, from 19/04/2019 to 02/09/2019',
  );
  expect(rows.find((r) => r[0] === '25/11/2019')?.[5]).toMatch(/^Yes: Evicted or excluded to the street/);
});
