import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { JourneyPage } from './pages/journey-page';

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

test('the deflator series is edited year by year and replaced from a file, and the journey total follows it', async ({
  page,
  fileDialogs,
}) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();
  await app.createCase('Deflated Person');
  // £65.56 at 2023/24 prices, stated at 2024/25 prices: the total is £65.56 × index[2024/25] / index[2023/24].
  await journey.addContactsWithForm([
    { date: '03/02/2024', agency: 'Ambulance', type: 'Ambulance: hear and treat' },
  ]);
  await page.getByLabel('Price year for all costs').selectOption('2024/25');
  const total = page.getByTestId('journey-total');
  await expect(total).toContainText('£67.12');

  const openSeries = async () => {
    await page.getByRole('link', { name: 'Unit costs' }).click();
    await page.locator('.deflator-panel summary').click();
  };
  const backToJourney = async () => {
    await page.getByRole('link', { name: 'Cases' }).click();
    await page.getByRole('button', { name: 'Deflated Person', exact: true }).click();
  };

  // Edited: twice the 2023/24 index for 2024/25 doubles the cost exactly, and the series says it was edited.
  await openSeries();
  const panel = page.locator('.deflator-panel');
  await panel.getByLabel('Index for 2024/25').fill('-3');
  await panel.getByLabel('Index for 2024/25').blur();
  await expect(panel.getByRole('status')).toHaveText(
    /^The index for 2024\/25 must be a number above 0; it stays 102\.3/,
  );
  await panel.getByLabel('Index for 2024/25').fill('200');
  await panel.getByLabel('Index for 2024/25').blur();
  await expect(panel.getByRole('status')).toHaveText('The index for 2024/25 is now 200.');
  await expect(panel.locator('summary')).toContainText('(edited)');
  await backToJourney();
  await expect(total).toContainText('£131.12');

  // Replaced: a file that is not a series is refused and changes nothing; a series file is used whole.
  await openSeries();
  const replace = () => panel.getByRole('button', { name: 'Replace series…' }).click();
  await fileDialogs.open(replace, { name: 'notes.json', buffer: Buffer.from('not json') });
  await expect(panel.getByRole('status')).toContainText('notes.json was not used: it is not JSON');
  await fileDialogs.open(replace, {
    name: 'half.json',
    buffer: json({
      type: 'journey-mapper/deflator-series',
      version: 1,
      name: 'Half',
      source: 'x',
      baseYear: '2023/24',
      latestOutturnYear: '2023/24',
      values: { '2023/24': 'one hundred' },
    }),
  });
  await expect(panel.getByRole('status')).toContainText('half.json was not used: values.2023/24:');
  await expect(panel.locator('summary')).toContainText('(edited)');
  const series = {
    type: 'journey-mapper/deflator-series',
    version: 1,
    name: 'Test series',
    source: 'Made for this test',
    baseYear: '2023/24',
    latestOutturnYear: '2023/24',
    values: { '2023/24': 80, '2024/25': 100 },
  };
  await fileDialogs.open(replace, { name: 'test-series.json', buffer: json(series) });
  await expect(panel.getByRole('status')).toHaveText('Now using Test series.');
  await expect(panel.locator('summary')).toHaveText('Deflator series: Test series (2023/24 to 2024/25)');
  await backToJourney();
  // £65.56 × 100 / 80 = £81.95.
  await expect(total).toContainText('£81.95');

  // And back to the series that ships with the app.
  await openSeries();
  await panel.getByRole('button', { name: 'Use the shipped series' }).click();
  await expect(panel.getByRole('status')).toHaveText('Back to the shipped series.');
  await expect(panel.getByRole('button', { name: 'Use the shipped series' })).toHaveCount(0);
  await backToJourney();
  await expect(total).toContainText('£67.12');
});

test('the unit-cost library is exported as JSON and a shared library is imported, adding only what is new', async ({
  page,
  fileDialogs,
}) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('link', { name: 'Unit costs' }).click();
  const files = page.locator('.library-files', { has: page.getByRole('button', { name: 'Export library' }) });

  const saved = await fileDialogs.save(() => files.getByRole('button', { name: 'Export library' }).click());
  expect(saved.name).toBe('unit-cost-library.json');
  const exported = JSON.parse(saved.bytes.toString('utf8')) as {
    type: string;
    unitCosts: Array<{ id: string; name: string; amountPence: number }>;
  };
  expect(exported.type).toBe('journey-mapper/unit-cost-library');
  expect(exported.unitCosts.find((u) => u.name === 'Arrest and detain')?.amountPence).toBe(71_900);
  await expect(files.getByRole('status')).toHaveText(
    `Saved ${exported.unitCosts.length} unit costs to unit-cost-library.json.`,
  );

  const importLibrary = () => files.getByRole('button', { name: 'Import library…' }).click();
  const broken = { ...exported, unitCosts: [{ ...exported.unitCosts[0], unit: 'fortnight' }] };
  await fileDialogs.open(importLibrary, { name: 'broken.json', buffer: json(broken) });
  await expect(files.getByRole('alert')).toContainText(
    'Nothing was imported. broken.json, unitCosts.0.unit:',
  );

  const outreach = {
    ...exported.unitCosts[0],
    id: 'shared-outreach',
    name: 'Assertive outreach visit',
    amountPence: 6_250,
  };
  const shared = { ...exported, unitCosts: [exported.unitCosts[0], outreach] };
  await fileDialogs.open(importLibrary, { name: 'shared.json', buffer: json(shared) });
  await expect(files.getByRole('status')).toHaveText(
    'Added 1 unit costs from shared.json; 1 were already in the library and were left as they are.',
  );
  await page.getByLabel('Search').fill('assertive outreach');
  await expect(page.getByRole('row', { name: /^Assertive outreach visit/ })).toContainText('£62.50');
});
