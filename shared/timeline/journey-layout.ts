import { bisector } from 'd3-array';
import type { JourneyTracks, LaneTrack } from './journey-tracks';
import { DEFAULT_LAYOUT_DIMS, type LayoutDims } from './layout-dims';
import { layoutLanes, type LaneLayout } from './lanes';
import { dayToX, type TimeScale } from './time-scale';

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export type TimelineItem =
  | (Box & { kind: 'contact'; agencyId: string; exactX: number; row: number; missedOpportunity: boolean })
  | (Box & { kind: 'cluster'; agencyId: string; contactIds: string[]; count: number; missedCount: number; firstDay: number; lastDay: number })
  | (Box & { kind: 'life-event' });

/**
 * A journey laid out at one time scale: where the lanes are and how tall. The items themselves
 * are made on demand for the part of the journey in view (visibleItems), so neither a zoom step
 * nor a pan builds an object per contact of the whole journey.
 */
export interface JourneyLayout {
  tracks: JourneyTracks;
  scale: TimeScale;
  lanes: LaneLayout[];
  lifeEventTrack: { y: number; height: number };
  totalHeight: number;
  dims: LayoutDims;
}

function cellOf(scale: TimeScale, day: number, width: number): number {
  return Math.floor(dayToX(scale, day) / width);
}

/** The first index from `low` whose day falls in `cell` or later (days are in order, so cells are too). */
function firstAtCell(days: Float64Array, low: number, cell: number, scale: TimeScale, width: number): number {
  return bisector((day: number) => cellOf(scale, day, width)).left(days, cell, low);
}

/**
 * Lays out a journey at one time scale. Each lane is cut into cells one card wide, aligned to
 * x = 0 so cells stay put while panning. A cell with up to maxRows contacts shows each as a card,
 * stacked in start order (so same-day contacts never overlap); a fuller cell becomes one cluster.
 * Zoomed out, most cells are clusters: that is the aggregation that keeps 20,000 contacts fast.
 * A lane is as tall as its busiest cell of cards.
 */
export function layoutJourney(tracks: JourneyTracks, scale: TimeScale, dims: Partial<LayoutDims> = {}): JourneyLayout {
  const all = { ...DEFAULT_LAYOUT_DIMS, ...dims };
  const rowsPerLane = new Map<string, number>();
  for (const [agencyId, track] of tracks.tracks) {
    // A cell's contacts are a run of equal cells in the track; a full run of cards sets the rows.
    let rows = 1;
    let runCell = Number.NaN;
    let run = 0;
    for (const day of track.days) {
      const cell = cellOf(scale, day, all.cardWidth);
      if (cell !== runCell) {
        if (run <= all.maxRows) rows = Math.max(rows, run);
        runCell = cell;
        run = 0;
      }
      run += 1;
    }
    if (run <= all.maxRows) rows = Math.max(rows, run);
    rowsPerLane.set(agencyId, rows);
  }
  const lanes = layoutLanes(tracks.lanes, rowsPerLane, all);
  const last = lanes[lanes.length - 1];
  return {
    tracks,
    scale,
    lanes,
    lifeEventTrack: { y: 0, height: all.lifeEventTrackHeight },
    totalHeight: last ? last.y + last.height : all.lifeEventTrackHeight,
    dims: all,
  };
}

/** The items of one cell: its contacts (indexes from..to of the lane's track) as cards in rows, or one cluster. */
function cellItems(layout: JourneyLayout, lane: LaneLayout, track: LaneTrack, cell: number, from: number, to: number, out: TimelineItem[]): void {
  const { dims, scale } = layout;
  const x = cell * dims.cardWidth;
  const top = lane.y + dims.lanePadding;
  const count = to - from;
  if (count > dims.maxRows) {
    out.push({
      kind: 'cluster', id: `cluster:${track.agencyId}:${cell}`, agencyId: track.agencyId, x, y: top, width: dims.cardWidth, height: dims.cardHeight,
      contactIds: track.ids.slice(from, to), count, missedCount: track.missedBefore[to] - track.missedBefore[from],
      firstDay: track.days[from], lastDay: track.days[to - 1],
    });
    return;
  }
  for (let i = from; i < to; i += 1) {
    const row = i - from;
    out.push({
      kind: 'contact', id: track.ids[i], agencyId: track.agencyId, x, y: top + row * (dims.cardHeight + dims.rowGap),
      width: dims.cardWidth, height: dims.cardHeight, exactX: dayToX(scale, track.days[i]), row,
      missedOpportunity: track.missedBefore[i + 1] > track.missedBefore[i],
    });
  }
}

/** Life events share one track; in a crowded cell they sit side by side in sub-columns. */
function lifeEventItems(layout: JourneyLayout, fromCell: number, toCell: number, out: TimelineItem[]): void {
  const { ids, days } = layout.tracks.lifeEvents;
  const { dims, scale } = layout;
  let i = firstAtCell(days, 0, fromCell, scale, dims.cardWidth);
  while (i < days.length) {
    const cell = cellOf(scale, days[i], dims.cardWidth);
    if (cell > toCell) break;
    const end = firstAtCell(days, i + 1, cell + 1, scale, dims.cardWidth);
    const width = dims.cardWidth / (end - i);
    for (let k = i; k < end; k += 1) {
      out.push({ kind: 'life-event', id: ids[k], x: cell * dims.cardWidth + (k - i) * width, y: 4, width, height: dims.lifeEventTrackHeight - 8 });
    }
    i = end;
  }
}

/**
 * Items overlapping fromX..toX, sorted by x then y. Each lane's cells in view are found by binary
 * search, so the work is what is on screen (and a step per cell), not the journey's size.
 */
export function visibleItems(layout: JourneyLayout, fromX: number, toX: number): TimelineItem[] {
  const width = layout.dims.cardWidth;
  const fromCell = Math.ceil(fromX / width) - 1;
  const toCell = Math.floor(toX / width);
  const items: TimelineItem[] = [];
  for (const lane of layout.lanes) {
    const track = layout.tracks.tracks.get(lane.agencyId);
    if (track === undefined) continue;
    let i = firstAtCell(track.days, 0, fromCell, layout.scale, width);
    while (i < track.days.length) {
      const cell = cellOf(layout.scale, track.days[i], width);
      if (cell > toCell) break;
      const end = firstAtCell(track.days, i + 1, cell + 1, layout.scale, width);
      cellItems(layout, lane, track, cell, i, end, items);
      i = end;
    }
  }
  lifeEventItems(layout, fromCell, toCell, items);
  return items.filter((item) => item.x + item.width >= fromX && item.x <= toX).sort((a, b) => a.x - b.x || a.y - b.y);
}

/** The item that shows a contact at this scale (its card, or the cluster it is in), or null for a hidden lane's contact. */
export function itemOfContact(layout: JourneyLayout, contactId: string): TimelineItem | null {
  const place = layout.tracks.placeOf.get(contactId);
  const track = place && layout.tracks.tracks.get(place.agencyId);
  const lane = place && layout.lanes.find((l) => l.agencyId === place.agencyId);
  if (place === undefined || track === undefined || lane === undefined) return null;
  const width = layout.dims.cardWidth;
  const cell = cellOf(layout.scale, track.days[place.index], width);
  const from = firstAtCell(track.days, 0, cell, layout.scale, width);
  const to = firstAtCell(track.days, place.index + 1, cell + 1, layout.scale, width);
  const items: TimelineItem[] = [];
  cellItems(layout, lane, track, cell, from, to, items);
  return items.length === 1 ? items[0] : items[place.index - from];
}
