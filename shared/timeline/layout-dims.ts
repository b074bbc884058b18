/** Sizes of the timeline in px. Cards hold two lines of a contact type at 12 px text and the date below. */
export interface LayoutDims {
  /** A card is as wide as its text, up to this; a longer contact type wraps to a second line. */
  maxCardWidth: number;
  /** The card's border and padding either side of its text. */
  cardPadding: number;
  cardHeight: number;
  /** Space kept between two cards in a row, and between rows. */
  rowGap: number;
  lanePadding: number;
  /** The most rows of cards a lane may have; Fit journey may allow fewer so every lane shows. */
  maxRows: number;
  /** The compact row of marks, for the contacts that do not fit as cards. */
  markRowHeight: number;
  markSize: number;
  /** Marks whose centres are closer than this are drawn as one "n contacts" mark. */
  mergePx: number;
  /** Space between a mark and its label. */
  labelGap: number;
  lifeEventRowHeight: number;
}

export const DEFAULT_LAYOUT_DIMS: LayoutDims = {
  maxCardWidth: 184,
  cardPadding: 20,
  cardHeight: 48,
  rowGap: 4,
  lanePadding: 3,
  maxRows: 3,
  markRowHeight: 24,
  markSize: 10,
  mergePx: 6,
  labelGap: 4,
  lifeEventRowHeight: 22,
};
