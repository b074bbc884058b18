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
