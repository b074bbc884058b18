import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';

test('an analyst backs up, carries on, restores the backup in two clicks, can undo the restore, and moves everything through one exported file', async ({ page, fileDialogs }) => {
  const app = new AppPage(page);
  await app.open();
  const newCase = async (pseudonym: string) => {
    await page.getByRole('link', { name: 'Cases' }).click();
    await app.createCase(pseudonym);
    await expect(page.getByRole('heading', { name: pseudonym })).toBeVisible();
  };
  await newCase('Kept Person');
  await page.getByRole('link', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status')).toContainText('Backed up as journey-mapper-backup-');
  await expect(page.getByRole('table', { name: 'Backups' }).getByRole('row')).toHaveCount(2);

  await newCase('Added Later');
  await page.getByRole('link', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Restore…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status')).toContainText('Restored the backup of');
  await page.screenshot({ path: 'test-results/screenshots/backups.png' });
  await page.getByRole('link', { name: 'Cases' }).click();
  await expect(page.getByRole('row', { name: /Kept Person/ })).toHaveCount(1);
  await expect(page.getByRole('row', { name: /Added Later/ })).toHaveCount(0);

  await app.undoButton().click();
  await expect(page.getByRole('row', { name: /Added Later/ })).toHaveCount(1);

  // Export everything, carry on, then bring the store back from that one file.
  await page.getByRole('link', { name: 'Backups' }).click();
  const everything = await fileDialogs.save(() => page.getByRole('button', { name: 'Export everything…' }).click());
  expect(everything.name).toMatch(/^journey-mapper-everything-\d{4}-\d{2}-\d{2}\.journey-backup\.gz$/);
  expect([...everything.bytes.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
  await newCase('Third Person');
  await page.getByRole('link', { name: 'Backups' }).click();
  await fileDialogs.open(() => page.getByRole('button', { name: 'Restore from a file…' }).click(), { name: everything.name, buffer: everything.bytes });
  await expect(page.getByRole('dialog')).toContainText(`Restore ${everything.name}?`);
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status')).toContainText(`Restored ${everything.name}: 2 cases.`);
  await page.getByRole('link', { name: 'Cases' }).click();
  await expect(page.getByRole('row', { name: /Kept Person|Added Later/ })).toHaveCount(2);
  await expect(page.getByRole('row', { name: /Third Person/ })).toHaveCount(0);

  // A file that is no backup is refused, and nothing changes.
  await page.getByRole('link', { name: 'Backups' }).click();
  await fileDialogs.open(() => page.getByRole('button', { name: 'Restore from a file…' }).click(), { name: 'notes.json', buffer: Buffer.from('{"hello": 1}') });
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status')).toContainText('That did not work, and nothing was changed: notes.json cannot be read: this is not a Journey Mapper project file');
});
