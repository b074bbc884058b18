import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';

const FIXTURE = 'tests/fixtures/anonymise/planted-case.journey.json';
type Recorded = { createdAt: string; updatedAt: string };
/** Identifiers planted in the fixture's case notes and contact descriptions. */
const PLANTED = [
  'Kelly',
  'Hughes',
  'Kez',
  'Tracey',
  'Sarah Whitfield',
  'Dean Colley',
  'DE23 8LF',
  '07700 900461',
  '558 073 0217',
  'CR/448210/19',
  'k.hughes88@example.co.uk',
  'Osmaston Road',
  'JT 48 22 17 C',
  '14/02/1988',
];

test('an analyst anonymises a case, reads the report, exports the workbook and adds the copy as a new case; the original is unchanged', async ({
  page,
  fileDialogs,
}) => {
  const started = Date.now();
  const app = new AppPage(page);
  await app.open();
  await fileDialogs.open(() => page.getByRole('button', { name: 'Open project file…' }).click(), {
    name: 'planted.journey.json',
    buffer: readFileSync(FIXTURE),
  });
  await expect(page.getByRole('button', { name: 'Rename KH planted' })).toBeVisible();

  await page.getByLabel('Select KH planted').check();
  await page.getByRole('button', { name: 'Anonymise…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Anonymise case' });
  await dialog.getByLabel('Seed').fill('4242');
  const report = dialog.getByTestId('anonymise-report');
  await expect(report).toContainText('age band 25-34');
  await expect(dialog.getByRole('table', { name: 'Replaced in free text' })).toContainText('postcodes');
  await expect(dialog.getByRole('table', { name: 'Replaced in the case details' })).toContainText(
    'known names and aliases removed',
  );
  await expect(report).toContainText('Check by hand before sharing');
  for (const identifier of PLANTED) await expect(report).not.toContainText(identifier);
  const pseudonym = (await report.locator('.anonymise-cases strong').first().textContent()) ?? '';
  expect(pseudonym).toMatch(/^Person [A-Z2-9]{4}$/);
  await page.screenshot({ path: 'test-results/screenshots/anonymise-dialog.png', fullPage: true });

  const saved = await fileDialogs.save(() =>
    dialog.getByRole('button', { name: 'Export Costed workbook (.xlsx)' }).click(),
  );
  expect(saved.name).toBe(`${pseudonym} costed journey.xlsx`);
  const book = XLSX.read(saved.bytes, { type: 'buffer' });
  const about = XLSX.utils.sheet_to_json<string[]>(book.Sheets.About, { header: 1 });
  expect(about).toContainEqual(['Anonymised', 'yes']);
  const everyCell = book.SheetNames.map((name) => XLSX.utils.sheet_to_csv(book.Sheets[name])).join('\n');
  for (const identifier of PLANTED) expect(everyCell, identifier).not.toContain(identifier);
  expect(everyCell).toContain('[NAME]');

  // Every instant the app recorded is the time of anonymisation: none moved with the journey's dates.
  const projectSaved = await fileDialogs.save(() =>
    dialog.getByRole('button', { name: 'Export Project file (.journey.json)' }).click(),
  );
  const copy = JSON.parse(projectSaved.bytes.toString('utf8')) as {
    exportedAt: string;
    cases: Recorded[];
    contacts: Recorded[];
  };
  const recorded = [
    copy.exportedAt,
    ...[...copy.cases, ...copy.contacts].flatMap((r) => [r.createdAt, r.updatedAt]),
  ];
  for (const at of recorded) expect(Date.parse(at), at).toBeGreaterThanOrEqual(started - 1000);
  for (const at of recorded) expect(Date.parse(at), at).toBeLessThanOrEqual(Date.now());

  await dialog.getByRole('button', { name: 'Add as a new case' }).click();
  await expect(dialog.getByRole('status')).toContainText(`Added ${pseudonym}`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: `Rename ${pseudonym}` })).toBeVisible();
  await expect(page.getByLabel('Designated lead for KH planted')).toHaveValue('Sarah Whitfield');
  await expect(page.getByLabel(`Designated lead for ${pseudonym}`)).toHaveValue('Designated lead');
  const rowOf = (name: string) =>
    page.getByRole('row').filter({ has: page.getByRole('button', { name: `Rename ${name}` }) });
  const today = new Date().toISOString().slice(0, 10).split('-').reverse().join('/');
  await expect(rowOf(pseudonym)).toContainText(today);
  await expect(rowOf('KH planted')).toContainText('06/01/2025');
  await page.screenshot({ path: 'test-results/screenshots/anonymised-copy-in-cases.png', fullPage: true });

  // The original exports exactly as it was opened: same notes, dates and descriptions.
  await page.locator('.case-list > .screen-heading summary', { hasText: 'Export…' }).click();
  await page.getByRole('menuitem', { name: 'Project file (.journey.json)' }).click();
  await page
    .getByRole('dialog', { name: 'Export a project file' })
    .getByRole('checkbox', { name: 'Encrypt with a passphrase' })
    .uncheck();
  const exported = await fileDialogs.save(() =>
    page.getByRole('dialog').getByRole('button', { name: 'Export…' }).click(),
  );
  const before = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  const after = JSON.parse(exported.bytes.toString('utf8'));
  expect(after.anonymised).toBe(false);
  expect(after.cases).toEqual(before.cases);
  const contactFields = (p: { contacts: Array<{ start: string; description: string; outcome: string }> }) =>
    p.contacts.map((c) => [c.start, c.description, c.outcome]).sort();
  expect(contactFields(after)).toEqual(contactFields(before));
});
