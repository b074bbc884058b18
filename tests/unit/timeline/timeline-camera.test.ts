import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../shared/model';
import { TimelineCamera, ZOOM_LIMITS, dayToX } from '../../../shared/timeline';

const first = toDayNumber('2006-10-09');
const last = toDayNumber('2021-03-01');

/** A camera on a 1,200 x 700 canvas showing Matthew's years, fitted. */
function fittedCamera(): TimelineCamera {
  const camera = new TimelineCamera();
  camera.setJourney(first, last);
  camera.setSize(1200, 700);
  return camera;
}

/** Where a day is on screen (canvas px) in the camera's view. */
function screenX(camera: TimelineCamera, day: number): number {
  const { scale, x } = camera.snapshot();
  return dayToX(scale, day) + x;
}

describe('timeline camera', () => {
  it('is not placed until it has a size, then fits the journey: first day 48 px in, last day 168 px from the right edge', () => {
    const camera = new TimelineCamera();
    camera.setJourney(first, last);
    expect(camera.snapshot().placed).toBe(false);
    camera.setSize(1200, 700);
    const view = camera.snapshot();
    expect(view.placed).toBe(true);
    expect(view.following).toBe(true);
    expect(screenX(camera, first)).toBeCloseTo(48, 6);
    expect(screenX(camera, last)).toBeCloseTo(1200 - 168, 6);
    expect(view.y).toBe(0);
  });

  it('follows the journey as it grows until the user moves the view, and Fit follows it again', () => {
    const camera = fittedCamera();
    camera.setJourney(first, last + 365);
    expect(screenX(camera, last + 365)).toBeCloseTo(1200 - 168, 6);
    camera.moveTo(-300, 0, true);
    expect(camera.snapshot().following).toBe(false);
    camera.setJourney(first, last + 730);
    expect(camera.snapshot().x).toBe(-300);
    camera.fit();
    expect(camera.snapshot().following).toBe(true);
    expect(screenX(camera, last + 730)).toBeCloseTo(1200 - 168, 6);
  });

  it('a move React Flow reports without the user (its own sync) does not stop following', () => {
    const camera = fittedCamera();
    camera.moveTo(camera.snapshot().x, 0, false);
    expect(camera.snapshot().following).toBe(true);
  });

  it('zooms about a point: the day under the pointer keeps its place on screen, for any factor and point', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 1200, noNaN: true }),
        (factor, anchorX) => {
          const camera = fittedCamera();
          const { scale, x } = camera.snapshot();
          const anchoredDay = scale.originDay + (anchorX - x) / scale.pxPerDay;
          camera.zoomAt(factor, anchorX);
          expect(screenX(camera, anchoredDay)).toBeCloseTo(anchorX, 6);
          expect(camera.snapshot().following).toBe(false);
        },
      ),
    );
  });

  it('zooming out stops at the whole journey or sixty years, whichever is wider; zooming in at a week across 1,200 px', () => {
    const camera = fittedCamera();
    for (let i = 0; i < 40; i += 1) camera.zoomStep('out');
    expect(camera.snapshot().scale.pxPerDay).toBeCloseTo(ZOOM_LIMITS.minPxPerDay, 9);
    for (let i = 0; i < 60; i += 1) camera.zoomStep('in');
    expect(camera.snapshot().scale.pxPerDay).toBeCloseTo(ZOOM_LIMITS.maxPxPerDay, 9);

    // A journey longer than sixty years: zooming out reaches all of it.
    const long = new TimelineCamera();
    long.setJourney(first, first + 366 * 90);
    long.setSize(1200, 700);
    const whole = long.snapshot().scale.pxPerDay;
    long.zoomStep('in');
    for (let i = 0; i < 10; i += 1) long.zoomStep('out');
    expect(long.snapshot().scale.pxPerDay).toBeCloseTo(whole, 9);
  });

  it('a zoom step is 1.6 times about the middle of the view', () => {
    const camera = fittedCamera();
    const before = camera.snapshot();
    const middleDay = before.scale.originDay + (600 - before.x) / before.scale.pxPerDay;
    camera.zoomStep('in');
    expect(camera.snapshot().scale.pxPerDay / before.scale.pxPerDay).toBeCloseTo(1.6, 9);
    expect(screenX(camera, middleDay)).toBeCloseTo(600, 6);
  });

  it('pans by keyboard a quarter of the view across, or 80 px down and up but never above the top lane', () => {
    const camera = fittedCamera();
    const x = camera.snapshot().x;
    camera.pan('pan-right');
    expect(camera.snapshot().x).toBe(x - 300);
    camera.pan('pan-left');
    camera.pan('pan-left');
    expect(camera.snapshot().x).toBe(x + 300);
    camera.pan('pan-down');
    expect(camera.snapshot().y).toBe(-80);
    camera.pan('pan-up');
    camera.pan('pan-up');
    expect(camera.snapshot().y).toBe(0);
    expect(camera.snapshot().following).toBe(false);
  });

  it('opens an "n contacts" span to a third of the view, centred on it', () => {
    const camera = fittedCamera();
    const from = toDayNumber('2019-02-03');
    const to = toDayNumber('2019-02-13');
    camera.showSpan(from, to);
    expect(screenX(camera, (from + to) / 2)).toBeCloseTo(600, 6);
    expect(screenX(camera, to) - screenX(camera, from)).toBeCloseTo((1200 - 96) / 3, 6);
  });

  it('centres a day from the overview strip, and says which days are in view', () => {
    const camera = fittedCamera();
    camera.zoomStep('in');
    const day = toDayNumber('2012-06-01');
    camera.centreOn(day);
    expect(screenX(camera, day)).toBeCloseTo(600, 6);
    const { fromDay, toDay } = camera.viewDays();
    expect((fromDay + toDay) / 2).toBeCloseTo(day, 6);
  });

  it('gathers the wheel notches of one frame into one step: factors multiplied, the last pointer x kept, handed over once', () => {
    const camera = fittedCamera();
    expect(camera.wheel(-100, 400)).toBe(true);
    expect(camera.wheel(-100, 410)).toBe(false);
    expect(camera.wheel(50, 420)).toBe(false);
    const step = camera.takeWheel();
    expect(step?.factor).toBeCloseTo(Math.exp(150 / 300), 9);
    expect(step?.anchorX).toBe(420);
    expect(camera.takeWheel()).toBeNull();
    expect(camera.wheel(100, 0)).toBe(true);
  });

  it('tells its listeners of each change, with a new view each time, and stops when they leave', () => {
    const camera = fittedCamera();
    const seen: unknown[] = [];
    const leave = camera.subscribe(() => seen.push(camera.snapshot()));
    camera.pan('pan-right');
    camera.zoomStep('in');
    expect(seen).toHaveLength(2);
    expect(seen[0]).not.toBe(seen[1]);
    leave();
    camera.pan('pan-right');
    expect(seen).toHaveLength(2);
  });
});
