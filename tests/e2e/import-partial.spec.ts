import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { JourneyPage } from './pages/journey-page';

/** Five contacts in the canonical columns; rows 3 and 5 (the sheet's numbering) have problems. */
const EXTRACT = [
  'Date,End date,Agency,Contact type,Quantity,Outcome,Description,Missed opportunity,Category,Note',
  '03/02/2019,,Police,Arrest,,,first,no,,',
  '31/02/2019,,Police,Arrest,,,no such day,no,,',
  '10/03/2019,,Street Outreach,Outreach visit,,,third,no,,',
  '12/03/2019,01/03/2019,Street Outreach,Outreach visit,,,ends before it starts,no,,',
  '20/04/2019,,Police,ASB incident,,,fifth,no,,',
].join('\r\n');

test('an analyst imports the good rows of a file with problems, the problem rows saved to a file first, in one undoable step; a new lane stays in its own journey', async ({
  page,
  fileDialogs,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.createCase('Partial Person');
  await new JourneyPage(page).moreAction('Import…');
  await fileDialogs.open(() => page.getByRole('button', { name: 'Choose a spreadsheet…' }).click(), {
    name: 'outreach.csv',
    buffer: Buffer.from(EXTRACT),
  });
  await page.getByRole('button', { name: 'Check 5 rows' }).click();
  // All or nothing stays the default.
  await expect(page.getByTestId('problem-count')).toHaveText(
    '2 problems: nothing will be imported until they are fixed',
  );
  await expect(page.getByRole('button', { name: /^Import \d+ contacts$/ })).toHaveCount(0);

  await page
    .getByRole('button', { name: 'Import the 3 good rows; save the 2 problem rows to a file' })
    .click();
  await expect(page.getByTestId('problem-count')).toHaveText(
    '2 problems: 2 problem rows will be saved to a file and left out',
  );
  await page
    .getByLabel('Agency for “Street Outreach”')
    .selectOption({ label: 'New lane (sector Third sector)' });
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('3 contacts into Partial Person');
  await expect(summary).toContainText(
    'Left out: 2 problem rows (rows 3, 5), saved to a file before the import',
  );
  await page.screenshot({ path: 'test-results/screenshots/import-partial.png', fullPage: true });

  const saved = await fileDialogs.save(() =>
    page.getByRole('button', { name: 'Save the problem rows, then import 3 contacts' }).click(),
  );
  expect(saved.name).toBe('outreach problem rows.csv');
  const problemFile = saved.bytes.toString('utf8');
  expect(problemFile).toContain('31/02/2019');
  expect(problemFile).toContain('ends before it starts');
  expect(problemFile).not.toContain('first');
  await expect(page.getByTestId('journey-counts')).toHaveText(
    '3 contacts · 2 agencies · 0 missed opportunities',
  );
  await expect(page.locator('.lane-label', { hasText: 'Street Outreach' })).toHaveCount(1);

  // The good rows were one step: Undo takes them all back, Redo writes the same three again.
  await app.undoButton().click();
  await expect(page.getByTestId('journey-counts')).toHaveText(
    '0 contacts · 0 agencies · 0 missed opportunities',
  );
  await app.redoButton().click();
  await expect(page.getByTestId('journey-counts')).toHaveText(
    '3 contacts · 2 agencies · 0 missed opportunities',
  );

  // The agency the import created is not an empty lane in another journey, until added to it.
  await page.getByRole('link', { name: 'Cases' }).click();
  await app.createCase('Other Person');
  await expect(page.getByRole('heading', { name: 'Other Person', level: 1 })).toBeVisible();
  await expect(page.locator('.lane-label', { hasText: 'Street Outreach' })).toHaveCount(0);
  await new JourneyPage(page).moreAction('Lanes…');
  await page.getByRole('button', { name: 'Add Street Outreach to this journey' }).click();
  await expect(page.locator('.lane-label', { hasText: 'Street Outreach' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Remove Street Outreach from this journey' })).toBeVisible();
});
