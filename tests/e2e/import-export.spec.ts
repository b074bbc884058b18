import { writeFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { JourneyPage } from './pages/journey-page';

const SERVICES = ['Police', 'A&E', 'Housing', 'Ambulance', 'Street Outreach', 'Womens Aid'];
const CONTACTS = [
  'Arrest and detain',
  'Welfare check',
  'A&E attendance',
  'Housing options',
  'Outreach visit',
  'Ambulance call-out',
];
const BAD_FOLLOW_UPS = [10, 50, 120];
const pad = (n: number) => String(n).padStart(2, '0');

/** A police-and-partners extract as analysts receive them: a title, a blank line, its own headers, UK dates. */
function messyExtract(): Buffer {
  const rows: unknown[][] = [
    ['Partnership extract - run 01/10/2020'],
    [],
    ['Ref', 'Contact date', 'Time', 'Service', 'Contact', 'Notes', 'MO?', 'MO reason', 'Follow-up date'],
  ];
  for (let i = 0; i < 200; i += 1) {
    const day = new Date(Date.UTC(2019, 0, 2 + i * 3));
    const [d, m, y] = [day.getUTCDate(), day.getUTCMonth() + 1, day.getUTCFullYear()];
    const date = i % 4 === 0 ? `${d}/${m}/${String(y).slice(2)}` : `${pad(d)}/${pad(m)}/${y}`;
    const followUp = BAD_FOLLOW_UPS.includes(i)
      ? `${pad(d)}/${pad(m)}/${y - 1}`
      : i % 7 === 0
        ? `${pad(d)}/${pad(m)}/${y + 1}`
        : '';
    const missed = i % 25 === 0;
    rows.push([
      `R${1000 + i}`,
      date,
      i % 3 === 0 ? `${pad(8 + (i % 12))}:${pad((i * 7) % 60)}` : '',
      SERVICES[i % SERVICES.length],
      CONTACTS[i % CONTACTS.length],
      `Contact ${i}, seen by the team`,
      missed ? 'Y' : 'N',
      missed ? 'No referral made' : '',
      followUp,
    ]);
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Extract');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

test('an analyst imports a messy 200-row extract, fixes the mapping, exports the costed workbook and undoes the import', async ({
  page,
  fileDialogs,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.createCase('Imported Person');
  await new JourneyPage(page).moreAction('Import…');

  await fileDialogs.open(() => page.getByRole('button', { name: 'Choose a spreadsheet…' }).click(), {
    name: 'partnership extract.xlsx',
    buffer: messyExtract(),
  });
  await expect(page.getByRole('spinbutton', { name: 'Header row' })).toHaveValue('3');
  const field = (column: string) => page.getByLabel(new RegExp(`^Field for column ${column} `));
  await expect(field('B')).toHaveValue('date');
  await expect(field('D')).toHaveValue('agency');
  await expect(field('G')).toHaveValue('missedOpportunity');
  await expect(field('I')).toHaveValue('end');

  await page.getByRole('button', { name: 'Check 200 rows' }).click();
  await expect(page.getByTestId('problem-count')).toHaveText(
    '3 problems: nothing will be imported until they are fixed',
  );
  const problems = page.getByRole('table', { name: 'Problems' });
  await expect(problems.getByRole('row')).toHaveCount(4);
  await expect(problems).toContainText('14');
  await expect(problems).toContainText('I (Follow-up date)');
  await expect(problems).toContainText("is before the contact's start (01/02/2019)");
  await page.screenshot({ path: 'test-results/screenshots/import-problems.png', fullPage: true });

  await field('I').selectOption({ label: 'Ignore' });
  await page.getByRole('button', { name: 'Check 200 rows' }).click();
  await expect(page.getByTestId('check-result')).toHaveText('All 200 contacts are valid.');
  await page
    .getByLabel('Agency for “Street Outreach”')
    .selectOption({ label: 'New lane (sector Third sector)' });
  await page.getByLabel('Agency for “Womens Aid”').selectOption({ label: 'Third sector' });
  await expect(page.getByTestId('import-summary')).toContainText('200 contacts into Imported Person');
  await expect(page.getByTestId('import-summary')).toContainText('New agencies: Street Outreach');
  await page.screenshot({ path: 'test-results/screenshots/import-preview.png', fullPage: true });
  await page.getByRole('button', { name: 'Import 200 contacts' }).click();

  await expect(page.getByTestId('journey-counts')).toHaveText(
    '200 contacts · 6 agencies · 8 missed opportunities',
  );
  const total = (await page.getByTestId('journey-total').textContent())?.split(' ')[0] ?? '';
  expect(total).toMatch(/^£[\d,]+\.\d\d$/);
  await page.screenshot({ path: 'test-results/screenshots/journey-imported.png' });

  const saved = await fileDialogs.save(async () => {
    await page.getByText('Export…').click();
    await page.getByRole('menuitem', { name: 'Costed workbook (.xlsx)' }).click();
  });
  expect(saved.name).toBe('Imported Person costed journey.xlsx');
  const book = XLSX.read(saved.bytes, { type: 'buffer' });
  expect(book.SheetNames).toEqual([
    'Journey',
    'By cost bearer',
    'By financial year',
    'By agency',
    'By contact type',
    'Missed opportunities',
    'Unit costs and sources',
    'Integrated chronology',
    'About',
  ]);
  expect(XLSX.utils.sheet_to_json(book.Sheets.Journey)).toHaveLength(200);
  const byBearer = XLSX.utils.sheet_to_json<{ 'Cost bearer': string; Cost: number }>(
    book.Sheets['By cost bearer'],
  );
  const workbookTotal = byBearer.find((r) => r['Cost bearer'] === 'Total')?.Cost ?? -1;
  expect(`£${workbookTotal.toLocaleString('en-GB', { minimumFractionDigits: 2 })}`).toBe(total);
  expect(XLSX.utils.sheet_to_json(book.Sheets['Missed opportunities'])).toHaveLength(8);

  const picture = await fileDialogs.save(async () => {
    await page.getByText('Export…').click();
    await page.getByRole('menuitem', { name: 'Timeline picture (.png)' }).click();
  });
  expect(picture.name).toBe('Imported Person timeline.png');
  expect(picture.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(picture.bytes.length).toBeGreaterThan(20_000);
  writeFileSync('test-results/screenshots/timeline-export.png', picture.bytes);

  await app.undoButton().click();
  await expect(page.getByTestId('journey-counts')).toHaveText(
    '0 contacts · 0 agencies · 0 missed opportunities',
  );
  // Redo reads the same file again and writes exactly the same contacts.
  await app.redoButton().click();
  await expect(page.getByTestId('journey-counts')).toHaveText(
    '200 contacts · 6 agencies · 8 missed opportunities',
  );
  await expect(page.getByTestId('journey-total')).toHaveText(
    new RegExp(`^${total.replace(/[.$£]/g, '\\$&')} `),
  );
});

/** A city-wide extract in the canonical template's columns: thirty people, fifteen hundred contacts each. */
function largeExtract(rows: number): Buffer {
  const lines = [
    'Case,Date,End date,Agency,Contact type,Quantity,Outcome,Description,Missed opportunity,Category,Note',
  ];
  for (let i = 0; i < rows; i += 1) {
    const day = new Date(Date.UTC(2018, 3, 1 + (i % 1500)));
    lines.push(
      `Person ${String((i % 30) + 1).padStart(2, '0')},${pad(day.getUTCDate())}/${pad(day.getUTCMonth() + 1)}/${day.getUTCFullYear()},,${Math.floor(i / 30) % 3 === 0 ? 'Housing' : 'Police'},Welfare check,,,Row ${i},no,,`,
    );
  }
  return Buffer.from(lines.join('\r\n'));
}

test('a large csv shows its progress where it was started; Cancel while writing leaves nothing, and importing again writes it all', async ({
  page,
  fileDialogs,
}) => {
  // Two large imports into the browser's store: 2-3 minutes on a browser whose store writes slowly (see below).
  test.setTimeout(420_000);
  const app = new AppPage(page);
  await app.open();
  const extract = { name: 'city extract.csv', buffer: largeExtract(45_000) };
  const chooseAndCheck = async () => {
    await page.getByRole('link', { name: 'Import contacts…' }).click();
    await fileDialogs.open(
      () => page.getByRole('button', { name: 'Choose a spreadsheet…' }).click(),
      extract,
    );
    await page.getByRole('button', { name: 'Check 45,000 rows' }).click();
    await expect(page.getByTestId('check-result')).toHaveText('All 45,000 contacts are valid.');
    // After a cancel the browser may still be taking back what the import had begun to write.
    await expect(page.getByTestId('import-summary')).toContainText(
      '1,500 contacts into a new case, Person 01',
      { timeout: 60_000 },
    );
    await expect(page.getByTestId('import-summary')).toContainText(
      '…and 15,000 contacts into 10 more cases (10 of them new)',
    );
  };

  await chooseAndCheck();
  await page.getByRole('button', { name: 'Import 45,000 contacts' }).click();
  const progress = page.getByTestId('import-progress');
  // Progress moves a batch of 20,000 at a time, and how long a batch takes to write differs
  // widely between Chromium versions; CI installs whichever Chromium Debian serves.
  await expect(progress).toContainText(/Writing contacts [1-9][\d,]* of 45,000/, { timeout: 60_000 });
  await expect(progress).toBeInViewport();
  await page.screenshot({ path: 'test-results/screenshots/import-large-writing.png' });
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('The import was cancelled: nothing was written.')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/import-large-cancelled.png' });
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  await expect(page.getByText('Person 01')).toHaveCount(0);

  await chooseAndCheck();
  await page.getByRole('button', { name: 'Import 45,000 contacts' }).click();
  await expect(page.getByTestId('journey-counts')).toHaveText(
    /^1,?500 contacts · 2 agencies · 0 missed opportunities$/,
    { timeout: 240_000 },
  );
  await expect(app.undoButton()).toBeEnabled();
});
