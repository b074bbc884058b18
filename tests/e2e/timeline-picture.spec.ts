import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { JourneyPage } from './pages/journey-page';

test('the exported timeline picture shows the links the screen shows, lines and all', async ({
  page,
  fileDialogs,
}) => {
  const app = new AppPage(page);
  const journey = new JourneyPage(page);
  await app.open();
  await app.createCase('Pictured Person', 'Lead Analyst');
  await journey.addContactsWithForm([
    { date: '03/02/2019', agency: 'Police', type: 'Arrest' },
    { date: '20/09/2019', agency: 'Housing', type: 'Housing options' },
  ]);
  await journey.drawLink('Arrest', 'Housing options');
  await expect(journey.edges()).toHaveCount(1);
  await page.mouse.move(0, 0);

  // Points along the link as drawn on screen, relative to the timeline (what the picture is of).
  const along = await page.evaluate(() => {
    const timeline = document.querySelector('[data-testid="timeline"]')?.getBoundingClientRect();
    const path = document.querySelector<SVGPathElement>('.react-flow__edge path.react-flow__edge-path');
    const matrix = path?.getScreenCTM();
    if (!timeline || !path || !matrix) throw new Error('no link drawn');
    const length = path.getTotalLength();
    return [0.15, 0.25, 0.35, 0.65, 0.75, 0.85].map((t) => {
      const p = path.getPointAtLength(t * length).matrixTransform(matrix);
      return { x: p.x - timeline.left, y: p.y - timeline.top };
    });
  });

  const picture = await fileDialogs.save(async () => {
    await page.getByText('Export…').click();
    await page.getByRole('menuitem', { name: 'Timeline picture (.png)' }).click();
  });
  expect(picture.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  writeFileSync('test-results/screenshots/timeline-picture-with-link.png', picture.bytes);

  // The picture is drawn at twice screen resolution: a stroke is there when some pixel near each point is as dark as the line.
  const darkest = await page.evaluate(
    async ({ png, points }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (context === null) throw new Error('no canvas');
      context.drawImage(image, 0, 0);
      return points.map(({ x, y }) => {
        const { data } = context.getImageData(Math.round(x * 2) - 4, Math.round(y * 2) - 4, 9, 9);
        let min = 255;
        for (let i = 0; i < data.length; i += 4) min = Math.min(min, data[i], data[i + 1], data[i + 2]);
        return min;
      });
    },
    { png: picture.bytes.toString('base64'), points: along },
  );
  for (const value of darkest) expect(value, 'the link line is in the picture').toBeLessThan(200);
});
