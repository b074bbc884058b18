import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';

test('an unexpected failure is shown, keeps the work, and offers a diagnostic report with no personal data', async ({
  page,
  fileDialogs,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.createCase('Jane Example');
  await expect(page.getByRole('heading', { name: 'Jane Example' })).toBeVisible();

  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error("'Jane Example' could not be drawn at row 12 for O'Brien, kennedy@example.org");
    }, 0);
  });
  const alert = page.getByRole('alert').filter({ hasText: 'Something failed' });
  await expect(alert).toContainText("'Jane Example' could not be drawn at row 12 for O'Brien");
  const report = await fileDialogs.save(() =>
    alert.getByRole('button', { name: 'Save a diagnostic report…' }).click(),
  );
  const text = report.bytes.toString('utf8');
  expect(JSON.parse(text).error.message).toBe('[text] could not be drawn at row # for [word], [email]');
  for (const leaked of ['Jane', 'Brien', 'kennedy', 'example.org']) expect(text).not.toContain(leaked);
  await expect(alert.getByRole('status')).toContainText(
    'names, numbers, dates, addresses and quoted text taken out',
  );
  expect(JSON.parse(text).store.cases).toBe(1);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('heading', { name: 'Jane Example' })).toBeVisible();
});
