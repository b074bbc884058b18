import type { JourneyLayout } from './journey-layout';

/** The agency whose lane is at flow y, or null above the lanes (the life-event track) or below them. */
export function laneAt(layout: JourneyLayout, y: number): string | null {
  return layout.lanes.find((lane) => y >= lane.y && y < lane.y + lane.height)?.agencyId ?? null;
}
