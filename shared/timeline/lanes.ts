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
  /** Rows of cards in use; the compact row of marks, if any, is below them. */
  rows: number;
}

/**
 * The lanes one journey shows, in the agencies' order: those its contacts use and those the
 * analyst added to it. An agency another case (or an import into another case) created is not
 * an empty lane in every journey.
 */
export function journeyLanes<T extends { id: string }>(
  agencies: readonly T[],
  usedAgencyIds: ReadonlySet<string>,
  addedLaneIds: readonly string[] = [],
): T[] {
  const added = new Set(addedLaneIds);
  return agencies.filter((a) => usedAgencyIds.has(a.id) || added.has(a.id));
}
