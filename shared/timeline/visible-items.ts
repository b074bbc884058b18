import type { JourneyLayout, TimelineItem } from './journey-layout';

/** Items overlapping fromX..toX, found by binary search: panning costs what is on screen, not the journey's size. */
export function visibleItems(layout: JourneyLayout, fromX: number, toX: number): TimelineItem[] {
  const { items } = layout;
  const searchFrom = fromX - layout.dims.cardWidth;
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (items[mid].x < searchFrom) low = mid + 1;
    else high = mid;
  }
  const shown: TimelineItem[] = [];
  for (let i = low; i < items.length && items[i].x <= toX; i += 1) {
    const item = items[i];
    if (item.x + item.width >= fromX) shown.push(item);
  }
  return shown;
}

/** The agency whose lane is at flow y, or null above the lanes (the life-event track) or below them. */
export function laneAt(layout: JourneyLayout, y: number): string | null {
  return layout.lanes.find((lane) => y >= lane.y && y < lane.y + lane.height)?.agencyId ?? null;
}
