import type { LayoutDims } from './layout-dims';

export interface LaneInput {
  id: string;
  laneOrder: number;
  hidden: boolean;
}

export interface LaneLayout {
  agencyId: string;
  index: number;
  y: number;
  height: number;
  rows: number;
}

export function laneHeight(rows: number, dims: LayoutDims): number {
  return Math.max(1, rows) * (dims.cardHeight + dims.rowGap) - dims.rowGap + 2 * dims.lanePadding;
}

/**
 * The lanes one journey shows, in the agencies' order: those its contacts use and those the
 * analyst added to it. An agency another case (or an import into another case) created is not
 * an empty lane in every journey.
 */
export function journeyLanes<T extends { id: string }>(agencies: readonly T[], usedAgencyIds: ReadonlySet<string>, addedLaneIds: readonly string[] = []): T[] {
  const added = new Set(addedLaneIds);
  return agencies.filter((a) => usedAgencyIds.has(a.id) || added.has(a.id));
}

/** One lane per visible agency in lane order, below the life-event track; each as tall as its busiest cell. */
export function layoutLanes(agencies: LaneInput[], rowsPerLane: Map<string, number>, dims: LayoutDims): LaneLayout[] {
  const visible = agencies.filter((a) => !a.hidden).sort((a, b) => a.laneOrder - b.laneOrder);
  let y = dims.lifeEventTrackHeight;
  return visible.map((agency, index) => {
    const rows = Math.max(1, rowsPerLane.get(agency.id) ?? 1);
    const lane = { agencyId: agency.id, index, y, height: laneHeight(rows, dims), rows };
    y += lane.height;
    return lane;
  });
}
