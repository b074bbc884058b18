import { wrappedLines } from '../../../shared/timeline';

/** The app's font stack (styles.css :root), so measured text is the text drawn. */
const FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";
export const FONTS = {
  cardTitle: `600 12px ${FAMILY}`,
  cardDate: `11px ${FAMILY}`,
  markLabel: `600 11px ${FAMILY}`,
  lifeEvent: `12px ${FAMILY}`,
  laneName: `600 14px ${FAMILY}`,
  linkLabel: `10px ${FAMILY}`,
} as const;

/** The "◆ MO" and "◇ MO?" markers before a card's title: their own padding and margin included. */
export const MARKER_WIDTH = { missed: 36, suggested: 42 } as const;
/** Room a life event's chip keeps for its flag, gaps and the date's smaller type. */
const LIFE_EVENT_EXTRA = 26;
const LANE_LINE_HEIGHT = 17;
const LANE_LABEL_TEXT_WIDTH = 168 - 6 - 20;

/**
 * Text widths measured with a canvas in the fonts the timeline draws with, cached by text: a
 * journey's contact types repeat, so a 20,000-contact journey measures a few hundred strings.
 */
export class TextWidths {
  private readonly context = document.createElement('canvas').getContext('2d');
  private readonly cache = new Map<string, number>();

  width(text: string, font: string): number {
    const key = `${font}|${text}`;
    let width = this.cache.get(key);
    if (width === undefined) {
      if (this.context === null) width = text.length * 7;
      else {
        this.context.font = font;
        width = Math.ceil(this.context.measureText(text).width);
      }
      this.cache.set(key, width);
    }
    return width;
  }

  lifeEventWidth(kind: string, dateLabel: string): number {
    return this.width(kind, FONTS.lifeEvent) + this.width(dateLabel, FONTS.cardDate) + LIFE_EVENT_EXTRA;
  }

  /** The least height of a lane whose name wraps in the lane-name column, so the name is never cut. */
  laneNameHeight(name: string): number {
    const words = name.split(/\s+/).filter((w) => w.length > 0);
    const lines = wrappedLines(
      words.map((w) => this.width(w, FONTS.laneName)),
      this.width(' ', FONTS.laneName),
      LANE_LABEL_TEXT_WIDTH,
    );
    return lines * LANE_LINE_HEIGHT + 6;
  }
}
