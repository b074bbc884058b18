/**
 * The time axis. x is measured from `originDay` (a day number, see toDayNumber) so screen
 * coordinates stay small whatever the dates; pxPerDay is the zoom. React Flow's own zoom stays
 * at 1, so zooming changes how much time fits on screen and never the size of the text.
 */
export interface TimeScale {
  originDay: number;
  pxPerDay: number;
}

/** Ten years fit a 1,200 px canvas at the minimum; one week fills it at the maximum. */
export const ZOOM_LIMITS = { minPxPerDay: 1200 / (366 * 10), maxPxPerDay: 1200 / 7 } as const;

export function clampPxPerDay(pxPerDay: number): number {
  if (!Number.isFinite(pxPerDay)) return ZOOM_LIMITS.maxPxPerDay;
  return Math.min(ZOOM_LIMITS.maxPxPerDay, Math.max(ZOOM_LIMITS.minPxPerDay, pxPerDay));
}

export function dayToX(scale: TimeScale, day: number): number {
  return (day - scale.originDay) * scale.pxPerDay;
}

export function xToDay(scale: TimeScale, x: number): number {
  return scale.originDay + x / scale.pxPerDay;
}

/**
 * Zooms by `factor` keeping the day under `anchorX` (a flow x) where it is. Returns the new scale
 * and `shiftX`: add it to the viewport's x so the anchor stays under the pointer on screen.
 */
export function zoomAround(scale: TimeScale, factor: number, anchorX: number): { scale: TimeScale; shiftX: number } {
  const day = xToDay(scale, anchorX);
  const next = { ...scale, pxPerDay: clampPxPerDay(scale.pxPerDay * factor) };
  return { scale: next, shiftX: anchorX - dayToX(next, day) };
}

/** The scale that shows minDay..maxDay across widthPx, less padding either side. */
export function fitScale(minDay: number, maxDay: number, widthPx: number, paddingPx: number): TimeScale {
  const span = Math.max(maxDay - minDay, 1);
  return { originDay: minDay, pxPerDay: clampPxPerDay(Math.max(widthPx - 2 * paddingPx, 1) / span) };
}
