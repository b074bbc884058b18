/** Sizes of the timeline in px. Cards are sized for a type and a date at 12 px text. */
export interface LayoutDims {
  cardWidth: number;
  cardHeight: number;
  rowGap: number;
  lanePadding: number;
  maxRows: number;
  lifeEventTrackHeight: number;
}

export const DEFAULT_LAYOUT_DIMS: LayoutDims = {
  cardWidth: 132,
  cardHeight: 38,
  rowGap: 4,
  lanePadding: 6,
  maxRows: 3,
  lifeEventTrackHeight: 40,
};
