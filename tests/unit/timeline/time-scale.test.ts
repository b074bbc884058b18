import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../shared/model';
import {
  ZOOM_LIMITS,
  carriedCardsCover,
  clampPxPerDay,
  dayToX,
  fitScale,
  shiftBetween,
  xToDay,
  zoomAround,
} from '../../../shared/timeline';

const day = toDayNumber('2019-02-03');

describe('time scale', () => {
  it.each([
    ['sixty years across the canvas', ZOOM_LIMITS.minPxPerDay],
    ['a year', 1200 / 366],
    ['a month', 1200 / 31],
    ['a week', ZOOM_LIMITS.maxPxPerDay],
  ])('maps dates to x and back at %s', (_name, pxPerDay) => {
    const scale = { originDay: toDayNumber('2015-01-01'), pxPerDay };
    expect(dayToX(scale, toDayNumber('2015-01-01'))).toBe(0);
    expect(dayToX(scale, day)).toBeCloseTo((day - scale.originDay) * pxPerDay, 9);
    expect(xToDay(scale, dayToX(scale, day))).toBeCloseTo(day, 9);
    expect(dayToX(scale, day + 1) - dayToX(scale, day)).toBeCloseTo(pxPerDay, 9);
  });

  it('spans sixty years at the minimum zoom (less if the journey is longer) and one week at the maximum, on a 1,200 px canvas', () => {
    expect(60 * 365.25 * ZOOM_LIMITS.minPxPerDay).toBeLessThanOrEqual(1200);
    expect(clampPxPerDay(0.001, 0.002)).toBe(0.002);
    expect(7 * ZOOM_LIMITS.maxPxPerDay).toBeCloseTo(1200, 6);
    expect(clampPxPerDay(1e9)).toBe(ZOOM_LIMITS.maxPxPerDay);
    expect(clampPxPerDay(0)).toBe(ZOOM_LIMITS.minPxPerDay);
  });

  it('zooms around an anchor, keeping the day under it in place', () => {
    const scale = { originDay: day - 100, pxPerDay: 2 };
    const anchorX = 500;
    const anchorDay = xToDay(scale, anchorX);
    const next = zoomAround(scale, 3, anchorX);
    expect(next.pxPerDay).toBe(6);
    expect(dayToX(next, anchorDay)).toBeCloseTo(anchorX, 9);
    expect(dayToX(next, anchorDay + 10) - dayToX(next, anchorDay)).toBeCloseTo(60, 9);
    const limited = zoomAround(scale, 1e6, anchorX);
    expect(limited.pxPerDay).toBe(ZOOM_LIMITS.maxPxPerDay);
    expect(dayToX(limited, anchorDay)).toBeCloseTo(anchorX, 9);
  });

  it('carries a point drawn at one scale to where the same day is at another', () => {
    const drawn = { originDay: day - 100, pxPerDay: 2 };
    const shown = zoomAround(zoomAround(drawn, 1.6, 320), 0.7, 900);
    const { factor, offsetX } = shiftBetween(drawn, shown);
    for (const d of [day - 100, day, day + 37.5, day + 400])
      expect(factor * dayToX(drawn, d) + offsetX).toBeCloseTo(dayToX(shown, d), 9);
    expect(shiftBetween(drawn, drawn)).toEqual({ factor: 1, offsetX: 0 });
  });

  it('fits a journey into the width less padding', () => {
    const scale = fitScale(day, day + 100, 1048, 24);
    expect(scale.originDay).toBe(day);
    expect(dayToX(scale, day + 100)).toBeCloseTo(1000, 9);
  });

  describe('whether cards laid out at one scale, carried to another, still cover the view', () => {
    const drawn = { originDay: day - 400, pxPerDay: 1.5 };
    const view = { fromX: 0, toX: 1200 };
    const laidOut = { fromX: -132, toX: 1200 + 264 + 132 };

    it('always do when zooming in around a point in view', () => {
      for (const anchorX of [0, 300, 600, 1199]) {
        for (const factor of [1, 1.2, 1.6 ** 3, 1000])
          expect(carriedCardsCover(drawn, zoomAround(drawn, factor, anchorX), laidOut, view)).toBe(true);
      }
    });

    it("stop once zooming out has drawn them in from the view's edges", () => {
      // A small step out keeps them over the view: the laid-out span reaches a card and more beyond each edge.
      expect(carriedCardsCover(drawn, zoomAround(drawn, 0.95, 600), laidOut, view)).toBe(true);
      expect(carriedCardsCover(drawn, zoomAround(drawn, 1 / 1.6, 600), laidOut, view)).toBe(false);
      // Anchored at the left edge, the cards draw in from the right only.
      const shown = zoomAround(drawn, 0.7, 0);
      const { factor, offsetX } = shiftBetween(drawn, shown);
      expect(factor * laidOut.fromX + offsetX).toBeLessThanOrEqual(view.fromX);
      expect(factor * laidOut.toX + offsetX).toBeLessThan(view.toX);
      expect(carriedCardsCover(drawn, shown, laidOut, view)).toBe(false);
    });

    it('agree with carrying each edge day across by dayToX', () => {
      const shown = zoomAround(drawn, 0.9, 450);
      const leftDay = xToDay(drawn, laidOut.fromX);
      const rightDay = xToDay(drawn, laidOut.toX);
      const covers = dayToX(shown, leftDay) <= view.fromX && dayToX(shown, rightDay) >= view.toX;
      expect(carriedCardsCover(drawn, shown, laidOut, view)).toBe(covers);
    });
  });
});
