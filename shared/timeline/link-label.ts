import type { TimelineItem } from './journey-layout';

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where along a link its label is tried, middle first, then out towards either end. */
const TRIED_AT = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85];

/** How far React Flow's bezier reaches out of a handle (its calculateControlOffset at curvature 0.25). */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);
}

/** A point of the link's curve, drawn from a card's right edge to another's left as React Flow draws it. */
export function linkPoint(source: Point, target: Point, t: number): Point {
  const offset = controlOffset(target.x - source.x);
  const c1 = { x: source.x + offset, y: source.y };
  const c2 = { x: target.x - offset, y: target.y };
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * source.x + b * c1.x + c * c2.x + d * target.x,
    y: a * source.y + b * c1.y + c * c2.y + d * target.y,
  };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** What a label must not cover: an item's box, with a mark's label beside it. */
export function obstacleOf(item: TimelineItem, labelGap: number): Rect {
  const label = item.kind === 'mark' || item.kind === 'life-event-mark' ? item.labelWidth : 0;
  return {
    x: item.x,
    y: item.y,
    width: item.width + (label > 0 ? labelGap + label : 0),
    height: item.height,
  };
}

/**
 * The centre of a link's label: the first point along the link (middle first) where a label of
 * this size covers none of the obstacles, or null when there is none. The label is then not
 * written on the picture; the link keeps its kind in its accessible name and tooltip.
 */
export function placeLinkLabel(
  source: Point,
  target: Point,
  size: { width: number; height: number },
  obstacles: readonly Rect[],
): Point | null {
  for (const t of TRIED_AT) {
    const centre = linkPoint(source, target, t);
    const box = {
      x: centre.x - size.width / 2,
      y: centre.y - size.height / 2,
      width: size.width,
      height: size.height,
    };
    if (!obstacles.some((o) => overlaps(o, box))) return centre;
  }
  return null;
}
