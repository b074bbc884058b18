import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';

test('an analyst backs up, carries on, restores the backup in two clicks, can undo the restore, and moves everything through one exported file', async ({
  page,
  fileDialogs,
}) => {
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
  await page.getByRole('button', { name: 'Export everything…' }).click();
  await page.getByRole('dialog').getByRole('checkbox', { name: 'Encrypt with a passphrase' }).uncheck();
  const everything = await fileDialogs.save(() =>
    page.getByRole('dialog').getByRole('button', { name: 'Export…' }).click(),
  );
  expect(everything.name).toMatch(/^journey-mapper-everything-\d{4}-\d{2}-\d{2}\.journey-backup\.gz$/);
  expect([...everything.bytes.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
  await newCase('Third Person');
  await page.getByRole('link', { name: 'Backups' }).click();
  await fileDialogs.open(() => page.getByRole('button', { name: 'Restore from a file…' }).click(), {
    name: everything.name,
    buffer: everything.bytes,
  });
  await expect(page.getByRole('dialog')).toContainText(`Restore ${everything.name}?`);
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status')).toContainText(`Restored ${everything.name}: 2 cases.`);
  await page.getByRole('link', { name: 'Cases' }).click();
  await expect(page.getByRole('row', { name: /Kept Person|Added Later/ })).toHaveCount(2);
  await expect(page.getByRole('row', { name: /Third Person/ })).toHaveCount(0);

  // A file that is no backup is refused, and nothing changes.
  await page.getByRole('link', { name: 'Backups' }).click();
  await fileDialogs.open(() => page.getByRole('button', { name: 'Restore from a file…' }).click(), {
    name: 'notes.json',
    buffer: Buffer.from('{"hello": 1}'),
  });
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status')).toContainText(
    'That did not work, and nothing was changed: notes.json cannot be read: this is not a Journey Mapper project file',
  );
});

test('everything exported encrypted restores on a fresh store with its passphrase; a wrong passphrase changes nothing', async ({
  page,
  fileDialogs,
  browser,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.createCase('Sealed Person');
  await page.getByRole('link', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Export everything…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export everything' });
  await expect(exportDialog.getByRole('checkbox', { name: 'Encrypt with a passphrase' })).toBeChecked();
  await exportDialog.getByLabel('Passphrase', { exact: true }).fill('blue lantern over the harbour');
  await exportDialog.getByLabel('Passphrase again').fill('blue lantern over the harbour');
  await page.screenshot({ path: '/tmp/shots/security/export-encrypted.png' });
  const sealed = await fileDialogs.save(() => exportDialog.getByRole('button', { name: 'Export…' }).click());
  expect(sealed.name).toMatch(/^journey-mapper-everything-\d{4}-\d{2}-\d{2}\.journey-backup\.gz\.encrypted$/);
  expect(sealed.bytes.subarray(0, 5).toString()).toBe('JMENC');

  // Another machine: a browser profile with an empty store.
  const fresh = await (await browser.newContext()).newPage();
  const other = new AppPage(fresh);
  await other.open();
  await fresh.getByRole('link', { name: 'Backups' }).click();
  const restoreFrom = async () => {
    const chooser = fresh.waitForEvent('filechooser');
    await fresh.getByRole('button', { name: 'Restore from a file…' }).click();
    await (
      await chooser
    ).setFiles({ name: sealed.name, mimeType: 'application/octet-stream', buffer: sealed.bytes });
  };
  await restoreFrom();
  await fresh.getByRole('dialog').getByLabel('Passphrase').fill('red lantern');
  await fresh.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(fresh.getByRole('status')).toContainText(
    'That did not work, and nothing was changed: the passphrase is wrong, or the file has been changed since it was encrypted',
  );
  await fresh.getByRole('link', { name: 'Cases' }).click();
  await expect(fresh.getByRole('row', { name: /Sealed Person/ })).toHaveCount(0);

  await fresh.getByRole('link', { name: 'Backups' }).click();
  await restoreFrom();
  await fresh.getByRole('dialog').getByLabel('Passphrase').fill('blue lantern over the harbour');
  await fresh.screenshot({ path: '/tmp/shots/security/restore-encrypted.png' });
  await fresh.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(fresh.getByRole('status')).toContainText(`Restored ${sealed.name}: 1 case.`);
  await fresh.getByRole('link', { name: 'Cases' }).click();
  await expect(fresh.getByRole('row', { name: /Sealed Person/ })).toHaveCount(1);
});

test('deleting a case warns that backups keep it, and can remove it from every backup too', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  for (const pseudonym of ['Erased Person', 'Kept Person']) {
    await page.getByRole('link', { name: 'Cases' }).click();
    await app.createCase(pseudonym);
    await expect(page.getByRole('heading', { name: pseudonym })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status')).toContainText('Backed up as journey-mapper-backup-');

  await page.getByRole('link', { name: 'Cases' }).click();
  await page.getByRole('button', { name: 'Delete Erased Person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Erased Person?' });
  await expect(dialog).toContainText('The daily backups keep the case for up to 14 days.');
  await dialog.getByRole('checkbox', { name: /Remove from backups too/ }).check();
  await page.screenshot({ path: '/tmp/shots/security/delete-from-backups.png' });
  await dialog.getByRole('button', { name: 'Delete case' }).click();
  await expect(page.getByRole('status')).toContainText(
    'Deleted case Erased Person and removed it from 1 backup.',
  );

  // The erasure is logged, by the case's internal id only.
  await page.getByRole('link', { name: 'Backups' }).click();
  const erasures = page.getByRole('table', { name: 'Erasures from backups' });
  await expect(erasures.getByRole('row')).toHaveCount(2);
  await expect(erasures.getByRole('row').nth(1).getByRole('cell').nth(2)).toHaveText('1');
  await expect(erasures).not.toContainText('Erased Person');
  await page.screenshot({ path: '/tmp/shots/security/erasure-log.png' });

  // The backup, restored, no longer holds the erased case, and still holds the other.
  await page.getByRole('button', { name: 'Restore…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status')).toContainText('Restored the backup of');
  await page.getByRole('link', { name: 'Cases' }).click();
  await expect(page.getByRole('row', { name: /Kept Person/ })).toHaveCount(1);
  await expect(page.getByRole('row', { name: /Erased Person/ })).toHaveCount(0);
});

test('a project file is offered encrypted, and opens again only with its passphrase', async ({
  page,
  fileDialogs,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.createCase('Sealed Project');
  await page.getByText('Export…').click();
  await page.getByRole('menuitem', { name: 'Project file (.journey.json)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a project file' });
  await expect(dialog.getByRole('checkbox', { name: 'Encrypt with a passphrase' })).toBeChecked();
  await dialog.getByLabel('Passphrase', { exact: true }).fill('quiet river stones');
  await dialog.getByLabel('Passphrase again').fill('quiet river stones');
  const sealed = await fileDialogs.save(() => dialog.getByRole('button', { name: 'Export…' }).click());
  expect(sealed.name).toBe('Sealed Project.journey.json.encrypted');
  expect(sealed.bytes.includes('Sealed Project')).toBe(false);

  await page.getByRole('link', { name: 'Cases' }).click();
  await fileDialogs.open(() => page.getByRole('button', { name: 'Open project file…' }).click(), {
    name: sealed.name,
    buffer: sealed.bytes,
  });
  await page.getByRole('dialog').getByLabel('Passphrase').fill('loud river stones');
  await page.getByRole('dialog').getByRole('button', { name: 'Open' }).click();
  await expect(
    page.getByText(
      `${sealed.name}: the passphrase is wrong, or the file has been changed since it was encrypted`,
    ),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: /Sealed Project/ })).toHaveCount(1);
  await fileDialogs.open(() => page.getByRole('button', { name: 'Open project file…' }).click(), {
    name: sealed.name,
    buffer: sealed.bytes,
  });
  await page.getByRole('dialog').getByLabel('Passphrase').fill('quiet river stones');
  await page.getByRole('dialog').getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('status')).toContainText(`Opened Sealed Project from ${sealed.name} as copies`);
  await expect(page.getByRole('row', { name: /Sealed Project/ })).toHaveCount(2);
});
