import type { Page } from '@playwright/test';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Motion {
  fps: number;
  frameMs: number;
  longestFrameMs: number;
  /** Pointer moves or zoom notches the page took in the time. */
  steps: number;
}

/** Describes where the view is (its time window), so a script can prove it really moved the view. */
export type ViewProbe = () => Promise<string>;

function expectMoved(before: string, after: string, what: string): void {
  if (before === after) throw new Error(`the scripted ${what} did not move the view (still ${before})`);
}

/** Counts painted frames (requestAnimationFrame) in the page from now until stopFrames. */
async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { benchFrames: { times: number[]; running: boolean } };
    w.benchFrames = { times: [performance.now()], running: true };
    const tick = (time: number) => {
      w.benchFrames.times.push(time);
      if (w.benchFrames.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function stopFrames(page: Page, steps: number): Promise<Motion> {
  const frames = await page.evaluate(() => {
    const w = window as unknown as { benchFrames: { times: number[]; running: boolean } };
    w.benchFrames.running = false;
    const { times } = w.benchFrames;
    const elapsed = performance.now() - times[0];
    let longest = 0;
    for (let i = 1; i < times.length; i += 1) longest = Math.max(longest, times[i] - times[i - 1]);
    const frames = times.length - 1;
    return {
      fps: (frames * 1000) / elapsed,
      frameMs: elapsed / Math.max(frames, 1),
      longestFrameMs: longest,
    };
  });
  return { ...frames, steps };
}

/** Whether a drag started at this point of the page would pan the view (a user grabs empty background). */
export type Grabbable = (x: number, y: number) => Promise<boolean>;

const GRAB_HEIGHTS = [0.55, 0.6, 0.5, 0.65, 0.45, 0.7, 0.4, 0.75, 0.35, 0.8, 0.3];

/**
 * A user dragging the view along the journey for three seconds, the pointer moving 24 px at a
 * time as fast as the page takes the events: the frames the page paints meanwhile are the figure.
 * Each grab is at the first height where `grabbable` says a drag pans (in the app a drag that
 * starts on a link's line selects the link instead).
 */
export async function scriptedPan(
  page: Page,
  box: Box,
  probe: ViewProbe,
  grabbable: Grabbable = async () => true,
  seconds = 3,
): Promise<Motion> {
  const grabX = box.left + box.width * 0.9;
  const grab = async () => {
    for (const height of GRAB_HEIGHTS) {
      const y = box.top + box.height * height;
      if (await grabbable(grabX, y)) {
        await page.mouse.move(grabX, y);
        await page.mouse.down();
        return y;
      }
    }
    throw new Error('found no empty background to grab for the scripted pan');
  };
  let x = grabX;
  let y = await grab();
  const before = await probe();
  await startFrames(page);
  const ends = Date.now() + seconds * 1000;
  let steps = 0;
  while (Date.now() < ends) {
    steps += 1;
    x -= 24;
    if (x < box.left + box.width * 0.1) {
      // Lift and grab again, as a user does, so the pan keeps going the same way in time.
      await page.mouse.up();
      x = grabX;
      y = await grab();
    }
    await page.mouse.move(x, y);
  }
  const motion = await stopFrames(page, steps);
  await page.mouse.up();
  expectMoved(before, await probe(), 'pan');
  return motion;
}

/** One notch of zoom, in (true) or out (false). */
export type ZoomNotch = (zoomIn: boolean) => Promise<void>;

/**
 * Three seconds of zooming time in and out (or, `outFirst`, out and back in) around the middle of
 * the view, a notch at a time as fast as the page takes them: by default Ctrl + mouse wheel, the
 * app's own zoom gesture.
 */
export async function scriptedZoom(
  page: Page,
  box: Box,
  probe: ViewProbe,
  notch?: ZoomNotch,
  outFirst = false,
  seconds = 3,
): Promise<Motion> {
  await page.mouse.move(box.left + box.width / 2, box.top + box.height * 0.55);
  const wheel: ZoomNotch = (zoomIn) => page.mouse.wheel(0, zoomIn ? -100 : 100);
  if (notch === undefined) await page.keyboard.down('Control');
  const before = await probe();
  let turned = before;
  await startFrames(page);
  const ends = Date.now() + seconds * 1000;
  let step = 0;
  while (Date.now() < ends) {
    // Twelve notches one way, twelve back: from the whole journey to a few weeks and back, or
    // from a few months out to years and back.
    const firstHalf = step % 24 < 12;
    await (notch ?? wheel)(outFirst ? !firstHalf : firstHalf);
    step += 1;
    if (step === 12) turned = await probe();
  }
  const motion = await stopFrames(page, step);
  // A slow page may not have taken twelve notches in the time: it is still part way.
  if (step < 12) turned = await probe();
  expectMoved(before, turned, 'zoom');
  if (notch === undefined) await page.keyboard.up('Control');
  return motion;
}
