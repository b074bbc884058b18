/**
 * The time axis. x is measured from `originDay` (a day number, see toDayNumber) so screen
 * coordinates stay small whatever the dates; pxPerDay is the zoom. React Flow's own zoom stays
 * at 1, so zooming changes how much time fits on screen and never the size of the text.
 */
export interface TimeScale {
  originDay: number;
  pxPerDay: number;
}

/**
 * Sixty years (a whole life) fit a 1,200 px canvas at the minimum; one week fills it at the
 * maximum. A journey longer than the minimum allows passes its own fit as the minimum instead, so
 * zooming out always reaches the whole journey.
 */
export const ZOOM_LIMITS = { minPxPerDay: 1200 / (366 * 60), maxPxPerDay: 1200 / 7 } as const;

export function clampPxPerDay(pxPerDay: number, minPxPerDay: number = ZOOM_LIMITS.minPxPerDay): number {
  if (!Number.isFinite(pxPerDay)) return ZOOM_LIMITS.maxPxPerDay;
  return Math.min(
    ZOOM_LIMITS.maxPxPerDay,
    Math.max(Math.min(minPxPerDay, ZOOM_LIMITS.minPxPerDay), pxPerDay),
  );
}

export function dayToX(scale: TimeScale, day: number): number {
  return (day - scale.originDay) * scale.pxPerDay;
}

export function xToDay(scale: TimeScale, x: number): number {
  return scale.originDay + x / scale.pxPerDay;
}

/**
 * Zooms by `factor` keeping the day at `anchorX` (a flow x) at that same x: the origin moves, not
 * the view, so what is drawn around the anchor stays where it is on screen and in the layout.
 */
export function zoomAround(
  scale: TimeScale,
  factor: number,
  anchorX: number,
  minPxPerDay?: number,
): TimeScale {
  const pxPerDay = clampPxPerDay(scale.pxPerDay * factor, minPxPerDay);
  return { originDay: xToDay(scale, anchorX) - anchorX / pxPerDay, pxPerDay };
}

/**
 * The scale that shows minDay..maxDay across widthPx, less paddingPx on the left and rightPx on
 * the right (room for the last card's text). Never clamped below the whole journey.
 */
export function fitScale(
  minDay: number,
  maxDay: number,
  widthPx: number,
  paddingPx: number,
  rightPx: number = paddingPx,
): TimeScale {
  const span = Math.max(maxDay - minDay, 1);
  const pxPerDay = Math.max(widthPx - paddingPx - rightPx, 1) / span;
  return { originDay: minDay, pxPerDay: clampPxPerDay(pxPerDay, pxPerDay) };
}

/**
 * Where a point drawn at x under `drawn` is at `shown`: x' = factor * x + offsetX. Zooming keeps
 * the origin's relation to days, so one multiply and one shift carry the whole layout across.
 */
export function shiftBetween(drawn: TimeScale, shown: TimeScale): { factor: number; offsetX: number } {
  return {
    factor: shown.pxPerDay / drawn.pxPerDay,
    offsetX: (drawn.originDay - shown.originDay) * shown.pxPerDay,
  };
}

/** A span of flow x, from..to. */
export interface FlowSpan {
  fromX: number;
  toX: number;
}

/**
 * Whether cards laid out under `drawn` across `laidOut`, carried to `shown` (shiftBetween), still
 * cover every x of `view`. Zooming in only spreads them, so they always do; zooming out draws them
 * together and the view's edges come to show time that has no cards laid out yet.
 */
export function carriedCardsCover(
  drawn: TimeScale,
  shown: TimeScale,
  laidOut: FlowSpan,
  view: FlowSpan,
): boolean {
  const { factor, offsetX } = shiftBetween(drawn, shown);
  return factor * laidOut.fromX + offsetX <= view.fromX && factor * laidOut.toX + offsetX >= view.toX;
}
