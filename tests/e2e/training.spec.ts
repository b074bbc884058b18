import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { JourneyPage } from './pages/journey-page';

test('a trainer opens a sample in training mode, flags a missed opportunity, resets, and finds the sample unchanged and real cases untouched', async ({
  page,
}) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();
  await app.createCase('Real Case');
  await page.getByRole('link', { name: 'Cases' }).click();

  await page.getByRole('button', { name: 'Open Sample A in training mode' }).click();
  await app.ready();
  await expect(page.getByTestId('training-banner')).toContainText('Training: Sample A');
  // A sample with one case lands on its journey.
  await expect(page.getByRole('heading', { name: 'Sample A', level: 1 })).toBeVisible();
  await expect(page.getByTestId('journey-counts')).toHaveText(
    '12 contacts · 4 agencies · 2 missed opportunities',
  );
  await journey.select('Arrest, Police, 03/02/2019');
  const panel = journey.panel();
  await panel.getByRole('checkbox', { name: 'Missed opportunity' }).check();
  await panel.getByLabel('Category').selectOption('No referral made');
  await panel.getByLabel('Note').fill('Trainee: intoxicated on arrest, no referral to treatment.');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('journey-counts')).toHaveText(
    '12 contacts · 4 agencies · 3 missed opportunities',
  );
  await page.screenshot({ path: 'test-results/screenshots/training.png' });

  await page.getByRole('button', { name: 'Reset the sample' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
  await app.ready();
  // Reset keeps the trainee on the sample's journey, now as shipped.
  await expect(page.getByTestId('journey-counts')).toHaveText(
    '12 contacts · 4 agencies · 2 missed opportunities',
  );
  await page.getByRole('link', { name: 'Cases' }).click();
  await expect(page.getByRole('row', { name: /Real Case/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Leave training' }).click();
  await app.ready();
  await expect(page.getByTestId('training-banner')).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Real Case/ })).toHaveCount(1);
  await expect(page.getByRole('row', { name: /Sample A/ })).toHaveCount(0);
});

test("a trainer opens Matthew from the start screen, reads the trainer's note, flags a missed opportunity, resets, and finds Matthew as shipped", async ({
  page,
}) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();
  const cards = page.getByRole('region', { name: 'Samples for training' }).getByRole('listitem');
  await expect(cards.first()).toHaveAccessibleName('Matthew');
  const matthew = cards.filter({ has: page.getByRole('heading', { name: 'Matthew', exact: true }) });
  await matthew.getByText("Trainer's note").click();
  await expect(matthew).toContainText('Left for the trainee to find (4)');
  // The answers to the exercise stay hidden until the trainer asks for them.
  const answer = '02/03/2008: a police domestic abuse call with him in the house';
  await expect(matthew).toContainText('08/07/2010: CAMHS discharged him after two letters home');
  await expect(matthew).not.toContainText(answer);
  await matthew.getByRole('button', { name: 'Show answers' }).click();
  await expect(matthew).toContainText(answer);
  await page.screenshot({ path: 'test-results/screenshots/training-samples.png', fullPage: true });
  await matthew.getByRole('button', { name: 'Hide answers' }).click();
  await expect(matthew).not.toContainText(answer);

  await matthew.getByRole('button', { name: 'Open Matthew in training mode' }).click();
  await app.ready();
  await expect(page.getByTestId('training-banner')).toContainText('Training: Matthew');
  await page.getByRole('button', { name: "Trainer's note" }).click();
  const note = page.getByRole('region', { name: "Trainer's note: Matthew" });
  await expect(note).toContainText('Left for the trainee to find (4)');
  await expect(note).not.toContainText(answer);
  await note.getByRole('button', { name: 'Show answers' }).click();
  await expect(note).toContainText(answer);
  await page.screenshot({ path: 'test-results/screenshots/training-trainer-note.png' });
  await page.getByRole('button', { name: "Trainer's note" }).click();
  await expect(note).toHaveCount(0);

  await expect(page.getByRole('heading', { name: 'Matthew', level: 1 })).toBeVisible();
  const shipped = '125 contacts · 16 agencies · 8 missed opportunities';
  await expect(page.getByTestId('journey-counts')).toHaveText(shipped);
  const total = page.getByTestId('journey-total');
  await expect(total).toContainText('£59,993.48 at 2023/24 prices');
  await page.screenshot({ path: 'test-results/screenshots/training-matthew.png' });

  // The trainee finds one the note leaves unflagged: the 2008 domestic abuse call, passed to nobody.
  await journey.select('Domestic abuse incident (police cost), Police, 02/03/2008');
  const panel = journey.panel();
  await panel.getByRole('checkbox', { name: 'Missed opportunity' }).check();
  await panel.getByLabel('Category', { exact: true }).selectOption('Information held but not shared');
  await panel
    .getByLabel('Note', { exact: true })
    .fill('Trainee: children in the house; nothing passed to the school or to social care.');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('journey-counts')).toHaveText(
    '125 contacts · 16 agencies · 9 missed opportunities',
  );
  await expect(
    journey.contactNode(
      'Domestic abuse incident (police cost), Police, 02/03/2008 23:40, missed opportunity: Information held but not shared',
    ),
  ).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screenshots/training-matthew-flagged.png' });

  await page.getByRole('button', { name: 'Reset the sample' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
  await app.ready();
  await expect(page.getByTestId('training-banner')).toContainText('Training: Matthew');
  // The reload keeps the address, so the trainer is back on Matthew's journey as shipped.
  await expect(page.getByRole('heading', { name: 'Matthew', level: 1 })).toBeVisible();
  await expect(page.getByTestId('journey-counts')).toHaveText(shipped);
  await expect(total).toContainText('£59,993.48 at 2023/24 prices');
  await expect(
    journey.contactNode(
      'Domestic abuse incident (police cost), Police, 02/03/2008 23:40, missed opportunity',
    ),
  ).toHaveCount(0);
  await expect(
    journey.contactNode('Domestic abuse incident (police cost), Police, 02/03/2008 23:40'),
  ).toHaveCount(1);
});

test('each sample opens alone in a fresh sandbox: Matthew, then Woman W, then the cohort of 30 shows its own 30 cases and totals', async ({
  page,
}) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  const openSample = async (title: string) => {
    await page.getByRole('button', { name: 'Leave training' }).click();
    await app.ready();
    await page.getByRole('button', { name: `Open ${title} in training mode` }).click();
    await app.ready();
    await expect(page.getByTestId('training-banner')).toContainText(`Training: ${title}`);
  };
  await app.open();
  await page.getByRole('button', { name: 'Open Matthew in training mode' }).click();
  await app.ready();
  await expect(page.getByRole('heading', { name: 'Matthew', level: 1 })).toBeVisible();
  // The trainee flags one; opening Matthew again from its card starts afresh, without it.
  await journey.select('Domestic abuse incident (police cost), Police, 02/03/2008');
  await journey.panel().getByRole('checkbox', { name: 'Missed opportunity' }).check();
  await journey
    .panel()
    .getByLabel('Category', { exact: true })
    .selectOption('Information held but not shared');
  await journey.panel().getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('journey-counts')).toHaveText(
    '125 contacts · 16 agencies · 9 missed opportunities',
  );
  await openSample('Matthew');
  await expect(page.getByTestId('journey-counts')).toHaveText(
    '125 contacts · 16 agencies · 8 missed opportunities',
  );

  await openSample('Woman W');
  await expect(page.getByRole('heading', { name: 'Woman W', level: 1 })).toBeVisible();
  await expect(page.getByTestId('journey-counts')).toContainText('139 contacts · 14 agencies');
  await page.getByRole('link', { name: 'Cases' }).click();
  await expect(page.getByRole('row', { name: /Woman W/ })).toHaveCount(1);
  await expect(page.getByRole('row', { name: /Matthew/ })).toHaveCount(0);

  await openSample('A cohort of 30');
  // The cohort sample lands on the Cohort screen, with its own 30 cases and its pinned total.
  await expect(page.getByRole('link', { name: 'Cohort' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('cohort-count')).toHaveText('30 of 30 cases');
  await expect(page.getByTestId('cohort-headline')).toContainText('30 people cost £2,698,240.29 in all');
  await page.screenshot({ path: 'test-results/screenshots/training-cohort.png' });

  await page.getByRole('button', { name: 'Reset the sample' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
  await app.ready();
  await expect(page.getByTestId('training-banner')).toContainText('Training: A cohort of 30');
  await expect(page.getByTestId('cohort-count')).toHaveText('30 of 30 cases');
  await expect(page.getByTestId('cohort-headline')).toContainText('30 people cost £2,698,240.29 in all');
});
