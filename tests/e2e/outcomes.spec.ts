import * as XLSX from 'xlsx';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { JourneyPage } from './pages/journey-page';

test("two NDT scores entered on a journey draw its outcome line and fill the workbook's Outcomes sheet", async ({
  page,
  fileDialogs,
}) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();
  await app.createCase('Outcome Person');
  await journey.addContactsWithForm([
    { date: '01/02/2019', agency: 'Police', type: 'Arrest and detain' },
    { date: '01/11/2019', agency: 'A&E', type: 'A&E attendance' },
  ]);
  await expect(page.getByTestId('outcome-line')).toHaveCount(0);

  await journey.moreAction('Outcomes…');
  const panel = page.getByRole('region', { name: 'Outcomes' });
  const form = panel.getByRole('form', { name: 'Add an outcome score' });
  await expect(form.getByLabel('Measure')).toHaveValue('ndt-assessment');
  await form.getByLabel('Date (dd/mm/yyyy)').fill('01/03/2019');
  await form.getByLabel('Total').fill('52');
  await form.getByRole('button', { name: 'Add score' }).click();
  await expect(form.getByRole('alert')).toHaveText("the total 52 is outside NDT assessment's range, 0-48");
  await form.getByLabel('Total').fill('31');
  await form.getByRole('button', { name: 'Add score' }).click();
  await expect(form.getByRole('status')).toHaveText('Added NDT assessment 31 on 01/03/2019.');
  await form.getByLabel('Date (dd/mm/yyyy)').fill('01/09/2019');
  await form.getByLabel('Total').fill('22');
  await form.getByRole('button', { name: 'Add score' }).click();
  await expect(panel.getByRole('table', { name: 'Outcome scores' }).getByRole('row')).toHaveCount(3);

  const line = page.getByTestId('outcome-line');
  await expect(line).toHaveAttribute(
    'aria-label',
    'Outcome scores. NDT assessment (0-48, lower is better): 31 on 01/03/2019, 22 on 01/09/2019',
  );
  // The later, lower score sits later on the time axis and lower in the lane.
  const points = page.getByTestId('outcome-line-ndt-assessment').locator('circle');
  await expect(points).toHaveCount(2);
  const [first, second] = [await points.nth(0).boundingBox(), await points.nth(1).boundingBox()];
  expect(second?.x ?? 0).toBeGreaterThan(first?.x ?? 0);
  expect(second?.y ?? 0).toBeGreaterThan(first?.y ?? 0);
  await page.screenshot({ path: 'test-results/screenshots/journey-outcome-line.png' });

  const saved = await fileDialogs.save(async () => {
    await page.getByText('Export…').click();
    await page.getByRole('menuitem', { name: 'Costed workbook (.xlsx)' }).click();
  });
  const book = XLSX.read(saved.bytes, { type: 'buffer' });
  expect(
    XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Outcomes, { header: 1, raw: false, defval: '' }),
  ).toEqual([
    ['Case', 'Date', 'Measure', 'Item', 'Score'],
    ['Outcome Person', '01/03/2019', 'NDT assessment', '', '31'],
    ['Outcome Person', '01/09/2019', 'NDT assessment', '', '22'],
  ]);

  // A sheet with a bad row is refused whole, the row named; a good one lands as one step.
  const scoreSheet = (rows: unknown[][]) => {
    const sheet = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      sheet,
      XLSX.utils.aoa_to_sheet([['Case', 'Date', 'Measure', 'Item', 'Score'], ...rows]),
      'Scores',
    );
    return XLSX.write(sheet, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  };
  await fileDialogs.open(() => panel.getByRole('button', { name: 'Import scores from a sheet…' }).click(), {
    name: 'scores.xlsx',
    buffer: scoreSheet([
      ['Outcome Person', '01/12/2019', 'Outcomes Star', '', 55],
      ['Outcome Person', '01/12/2019', 'NDT', '', 52],
    ]),
  });
  await expect(panel.getByRole('alert')).toContainText(
    'scores.xlsx, sheet "Scores", row 3, column E (Score): the total 52 is outside NDT assessment\'s range, 0-48',
  );
  await expect(panel.getByRole('table', { name: 'Outcome scores' }).getByRole('row')).toHaveCount(3);
  await fileDialogs.open(() => panel.getByRole('button', { name: 'Import scores from a sheet…' }).click(), {
    name: 'scores.xlsx',
    buffer: scoreSheet([['Outcome Person', '01/12/2019', 'Outcomes Star', '', 55]]),
  });
  await expect(panel.getByRole('status')).toHaveText('Imported 1 score from scores.xlsx.');
  await expect(panel.getByRole('table', { name: 'Outcome scores' }).getByRole('row')).toHaveCount(4);
  await expect(page.getByTestId('outcome-line-outcomes-star').locator('circle')).toHaveCount(1);
});
