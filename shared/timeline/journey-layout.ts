import { DEFAULT_LAYOUT_DIMS, type LayoutDims } from './layout-dims';
import { layoutLanes, type LaneInput, type LaneLayout } from './lanes';
import { dayToX, type TimeScale } from './time-scale';

export interface TimelineContactInput {
  id: string;
  agencyId: string;
  startDay: number;
  missedOpportunity: boolean;
  suggested?: boolean;
}

export interface TimelineLifeEventInput {
  id: string;
  day: number;
}

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export type TimelineItem =
  | (Box & { kind: 'contact'; agencyId: string; exactX: number; row: number; missedOpportunity: boolean; suggested: boolean })
  | (Box & { kind: 'cluster'; agencyId: string; contactIds: string[]; count: number; missedCount: number; firstDay: number; lastDay: number })
  | (Box & { kind: 'life-event' });

export interface JourneyLayout {
  lanes: LaneLayout[];
  lifeEventTrack: { y: number; height: number };
  /** Sorted by x, then y: visibleItems relies on it. */
  items: TimelineItem[];
  itemIdByContactId: Map<string, string>;
  excludedContactIds: string[];
  totalHeight: number;
  dayExtent: { minDay: number; maxDay: number } | null;
  cellCount: number;
  dims: LayoutDims;
}

export interface JourneyLayoutInput {
  contacts: TimelineContactInput[];
  agencies: LaneInput[];
  lifeEvents: TimelineLifeEventInput[];
  scale: TimeScale;
  dims?: Partial<LayoutDims>;
}

function cellOf(scale: TimeScale, day: number, width: number): number {
  return Math.floor(dayToX(scale, day) / width);
}

/** Ids compared by code unit: the same order every time, at a fraction of localeCompare's cost on every zoom step. */
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Lays out a journey at one time scale. Each lane is cut into cells one card wide, aligned to
 * x = 0 so cells stay put while panning. A cell with up to maxRows contacts shows each as a card,
 * stacked in start order (so same-day contacts never overlap); a fuller cell becomes one cluster.
 * Zoomed out, most cells are clusters: that is the aggregation that keeps 20,000 contacts fast.
 */
export function layoutJourney(input: JourneyLayoutInput): JourneyLayout {
  const dims = { ...DEFAULT_LAYOUT_DIMS, ...input.dims };
  const { scale } = input;
  const visibleAgencyIds = new Set(input.agencies.filter((a) => !a.hidden).map((a) => a.id));
  const cells = new Map<string, Map<number, TimelineContactInput[]>>();
  const excludedContactIds: string[] = [];
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (const contact of input.contacts) {
    if (!visibleAgencyIds.has(contact.agencyId)) {
      excludedContactIds.push(contact.id);
      continue;
    }
    minDay = Math.min(minDay, contact.startDay);
    maxDay = Math.max(maxDay, contact.startDay);
    let laneCells = cells.get(contact.agencyId);
    if (laneCells === undefined) cells.set(contact.agencyId, (laneCells = new Map()));
    const cell = cellOf(scale, contact.startDay, dims.cardWidth);
    const members = laneCells.get(cell);
    if (members === undefined) laneCells.set(cell, [contact]);
    else members.push(contact);
  }

  const rowsPerLane = new Map<string, number>();
  for (const [agencyId, laneCells] of cells) {
    let rows = 1;
    for (const members of laneCells.values()) rows = Math.max(rows, members.length <= dims.maxRows ? members.length : 1);
    rowsPerLane.set(agencyId, rows);
  }
  const lanes = layoutLanes(input.agencies, rowsPerLane, dims);

  const items: TimelineItem[] = [];
  const itemIdByContactId = new Map<string, string>();
  let cellCount = 0;
  for (const lane of lanes) {
    for (const [cell, members] of cells.get(lane.agencyId) ?? []) {
      cellCount += 1;
      const x = cell * dims.cardWidth;
      const top = lane.y + dims.lanePadding;
      members.sort((a, b) => a.startDay - b.startDay || byId(a.id, b.id));
      if (members.length <= dims.maxRows) {
        members.forEach((c, row) => {
          items.push({
            kind: 'contact', id: c.id, agencyId: lane.agencyId, x, y: top + row * (dims.cardHeight + dims.rowGap),
            width: dims.cardWidth, height: dims.cardHeight, exactX: dayToX(scale, c.startDay), row,
            missedOpportunity: c.missedOpportunity, suggested: c.suggested ?? false,
          });
          itemIdByContactId.set(c.id, c.id);
        });
      } else {
        const id = `cluster:${lane.agencyId}:${cell}`;
        items.push({
          kind: 'cluster', id, agencyId: lane.agencyId, x, y: top, width: dims.cardWidth, height: dims.cardHeight,
          contactIds: members.map((c) => c.id), count: members.length,
          missedCount: members.filter((c) => c.missedOpportunity).length,
          firstDay: members[0].startDay, lastDay: members[members.length - 1].startDay,
        });
        for (const c of members) itemIdByContactId.set(c.id, id);
      }
    }
  }

  // Life events share one track; in a crowded cell they sit side by side in sub-columns.
  const eventCells = new Map<number, TimelineLifeEventInput[]>();
  for (const event of input.lifeEvents) {
    const cell = cellOf(scale, event.day, dims.cardWidth);
    eventCells.set(cell, [...(eventCells.get(cell) ?? []), event]);
  }
  for (const [cell, events] of eventCells) {
    events.sort((a, b) => a.day - b.day || byId(a.id, b.id));
    const width = dims.cardWidth / events.length;
    events.forEach((event, i) => {
      items.push({ kind: 'life-event', id: event.id, x: cell * dims.cardWidth + i * width, y: 4, width, height: dims.lifeEventTrackHeight - 8 });
    });
  }

  items.sort((a, b) => a.x - b.x || a.y - b.y);
  const last = lanes[lanes.length - 1];
  return {
    lanes,
    lifeEventTrack: { y: 0, height: dims.lifeEventTrackHeight },
    items,
    itemIdByContactId,
    excludedContactIds,
    totalHeight: last ? last.y + last.height : dims.lifeEventTrackHeight,
    dayExtent: Number.isFinite(minDay) ? { minDay, maxDay } : null,
    cellCount,
    dims,
  };
}
