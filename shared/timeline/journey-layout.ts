import { bisector } from 'd3-array';
import type { JourneyTracks, LaneTrack } from './journey-tracks';
import { DEFAULT_LAYOUT_DIMS, type LayoutDims } from './layout-dims';
import { NO_ROW, groupMarks, packRows, placeMarkLabels } from './lane-packing';
import type { LaneLayout } from './lanes';
import { dayToX, type TimeScale } from './time-scale';

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * What is drawn. Every contact is drawn at its date: a card's left edge, a mark's centre and an
 * aggregate's two ends are x(date) exactly (dateX); only how much is written there changes. An
 * approximate contact is drawn from its earliest day (dateX) across its whole period (periodPx,
 * 0 for an exact date), as a band that the renderer styles as uncertain.
 */
export type TimelineItem =
  | (Box & {
      kind: 'contact';
      agencyId: string;
      dateX: number;
      row: number;
      missedOpportunity: boolean;
      spanPx: number;
      periodPx: number;
    })
  | (Box & {
      kind: 'mark';
      agencyId: string;
      dateX: number;
      missedOpportunity: boolean;
      labelWidth: number;
      spanPx: number;
      periodPx: number;
    })
  | (Box & {
      kind: 'cluster';
      agencyId: string;
      contactIds: string[];
      count: number;
      missedCount: number;
      firstDay: number;
      lastDay: number;
    })
  | (Box & { kind: 'life-event'; dateX: number })
  | (Box & { kind: 'life-event-mark'; dateX: number; labelWidth: number })
  | (Box & {
      kind: 'life-event-cluster';
      lifeEventIds: string[];
      count: number;
      firstDay: number;
      lastDay: number;
    });

/** One track (a lane, or the life events) laid out at one scale: which items are cards, which marks. */
export interface PackedTrack {
  track: LaneTrack;
  y: number;
  height: number;
  rowHeight: number;
  cardRows: number;
  /** Each item's row of cards, or NO_ROW for a mark. */
  rows: Int8Array;
  xs: Float64Array;
  widths: Float64Array;
  /** The furthest right edge of the cards up to each index, so the cards in view are found by binary search. */
  rightMax: Float64Array;
  /** Track indexes of the marks, in order, and where each group of them starts (plus one past the last). */
  marks: Int32Array;
  groups: Int32Array;
  groupLeft: Float64Array;
  groupRight: Float64Array;
  labelShown: Uint8Array;
  /** The compact row of marks, from the track's top. */
  markOffset: number;
  /** How many items are cards. */
  cards: number;
}

/**
 * A journey laid out at one time scale: the lanes, how tall, and which contacts are cards. The
 * items themselves are made on demand for the part of the journey in view (visibleItems).
 */
export interface JourneyLayout {
  tracks: JourneyTracks;
  scale: TimeScale;
  lanes: LaneLayout[];
  packed: Map<string, PackedTrack>;
  lifeEvents: PackedTrack;
  lifeEventTrack: { y: number; height: number };
  totalHeight: number;
  dims: LayoutDims;
}

export interface LayoutOptions {
  dims?: Partial<LayoutDims>;
  /** The canvas height: lanes get rows of cards only while every lane still fits (see layoutJourney). */
  availableHeight?: number;
  /** The least height of each lane (agency id), so its name is never cut. */
  minLaneHeights?: ReadonlyMap<string, number>;
}

/** The furthest day a contact's dates reach: its end, or the end of an approximate date's period (NaN for neither). */
function reachOf(track: LaneTrack, i: number): number {
  const end = track.endDays[i];
  const period = track.periodEnds[i];
  return Number.isNaN(end) ? period : Number.isNaN(period) ? end : Math.max(end, period);
}

/** A card's extent: its text (up to the widest card, beyond which it wraps), or its dates if longer. */
function cardWidth(track: LaneTrack, i: number, scale: TimeScale, dims: LayoutDims, capped: boolean): number {
  const text = track.textWidths[i] + dims.cardPadding;
  const width = capped ? Math.min(dims.maxCardWidth, text) : text;
  const end = reachOf(track, i);
  return Number.isNaN(end) ? width : Math.max(width, (end - track.days[i]) * scale.pxPerDay);
}

function packTrack(
  track: LaneTrack,
  scale: TimeScale,
  dims: LayoutDims,
  maxRows: number,
  rowHeight: number,
  minHeight: number,
  capped: boolean,
): PackedTrack {
  const n = track.days.length;
  const xs = new Float64Array(n);
  const widths = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    xs[i] = dayToX(scale, track.days[i]);
    widths[i] = cardWidth(track, i, scale, dims, capped);
  }
  const { rows, rowsUsed, overflow } = packRows(xs, widths, maxRows, dims.rowGap);
  const rightMax = new Float64Array(n);
  let right = -Infinity;
  const marks = new Int32Array(overflow);
  let m = 0;
  for (let i = 0; i < n; i += 1) {
    if (rows[i] === NO_ROW) marks[m++] = i;
    else right = Math.max(right, xs[i] + widths[i]);
    rightMax[i] = right;
  }
  const centres = Float64Array.from(marks, (i) => xs[i]);
  const groups = groupMarks(centres, dims.mergePx);
  const count = groups.length - 1;
  const half = dims.markSize / 2;
  const groupLeft = new Float64Array(count);
  const groupRight = new Float64Array(count);
  const single: boolean[] = [];
  const labelWidths = new Float64Array(count);
  for (let g = 0; g < count; g += 1) {
    groupLeft[g] = centres[groups[g]] - half;
    groupRight[g] = centres[groups[g + 1] - 1] + half;
    single.push(groups[g + 1] - groups[g] === 1);
    labelWidths[g] = track.labelWidths[marks[groups[g]]];
  }
  const labelShown = placeMarkLabels(groupLeft, groupRight, labelWidths, single, dims.labelGap);
  for (let g = 0; g < count; g += 1) if (labelShown[g]) groupRight[g] += dims.labelGap + labelWidths[g];
  const cardsHeight = rowsUsed * rowHeight + Math.max(0, rowsUsed - 1) * dims.rowGap;
  const marksHeight = overflow > 0 ? (rowsUsed > 0 ? dims.rowGap : 0) + dims.markRowHeight : 0;
  const height = Math.max(
    minHeight,
    cardsHeight + marksHeight + 2 * dims.lanePadding,
    dims.markRowHeight + 2 * dims.lanePadding,
  );
  const markOffset = dims.lanePadding + (rowsUsed > 0 ? cardsHeight + dims.rowGap : 0);
  return {
    track,
    y: 0,
    height,
    rowHeight,
    cardRows: rowsUsed,
    rows,
    xs,
    widths,
    rightMax,
    marks,
    groups,
    groupLeft,
    groupRight,
    labelShown,
    markOffset,
    cards: n - overflow,
  };
}

/** One track packed with 0, 1, ... maxRows rows of cards allowed, made as the layout asks for them. */
class TrackChoices {
  private readonly made: PackedTrack[] = [];
  constructor(private readonly pack: (rows: number) => PackedTrack) {}
  at(rows: number): PackedTrack {
    this.made[rows] ??= this.pack(rows);
    return this.made[rows];
  }
}

/**
 * Lays out a journey at one time scale. In each lane, contacts in date order go into the first
 * row of cards where they overlap nothing (packRows); those that fit no row are marks at their
 * dates on a compact row below. Every lane starts with marks only (the life events with one row);
 * rows of cards are then handed out, one at a time, to the lane where a row turns the most
 * contacts into cards per px of height, while every lane still fits availableHeight and up to
 * dims.maxRows a lane. So Fit journey shows every lane, and a taller window shows more cards.
 */
export function layoutJourney(
  tracks: JourneyTracks,
  scale: TimeScale,
  options: LayoutOptions = {},
): JourneyLayout {
  const dims = { ...DEFAULT_LAYOUT_DIMS, ...options.dims };
  const available = options.availableHeight ?? Infinity;
  const choices = [
    new TrackChoices((rows) =>
      packTrack(tracks.lifeEvents, scale, dims, rows, dims.lifeEventRowHeight, 0, false),
    ),
    ...tracks.lanes.map((lane) => {
      const track = tracks.tracks.get(lane.id);
      if (track === undefined) throw new Error(`no track for lane ${lane.id}`);
      const minHeight = options.minLaneHeights?.get(lane.id) ?? 0;
      return new TrackChoices((rows) =>
        packTrack(track, scale, dims, rows, dims.cardHeight, minHeight, true),
      );
    }),
  ];
  const chosen = choices.map(() => 0);
  let total = choices.reduce((sum, choice) => sum + choice.at(0).height, 0);
  const lifeEventRow = choices[0].at(1).height - choices[0].at(0).height;
  if (total + lifeEventRow <= available) {
    chosen[0] = 1;
    total += lifeEventRow;
  }
  for (;;) {
    let best = -1;
    let bestScore = 0;
    choices.forEach((choice, i) => {
      if (chosen[i] >= dims.maxRows) return;
      const now = choice.at(chosen[i]);
      const next = choice.at(chosen[i] + 1);
      const gained = next.cards - now.cards;
      const added = next.height - now.height;
      if (gained <= 0 || total + added > available) return;
      const score = gained / Math.max(added, 1);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best < 0) break;
    total += choices[best].at(chosen[best] + 1).height - choices[best].at(chosen[best]).height;
    chosen[best] += 1;
  }
  const lifeEvents = choices[0].at(chosen[0]);
  let y = lifeEvents.height;
  const packed = new Map<string, PackedTrack>();
  const lanes = tracks.lanes.map((lane, index) => {
    const laid = { ...choices[index + 1].at(chosen[index + 1]), y };
    packed.set(lane.id, laid);
    const out: LaneLayout = { agencyId: lane.id, index, y, height: laid.height, rows: laid.cardRows };
    y += laid.height;
    return out;
  });
  return {
    tracks,
    scale,
    lanes,
    packed,
    lifeEvents,
    lifeEventTrack: { y: 0, height: lifeEvents.height },
    totalHeight: y,
    dims,
  };
}

/** How far an interval contact's dates reach right of its start, in px at this scale (0 for one date). */
function spanOf(track: LaneTrack, i: number, scale: TimeScale): number {
  const end = reachOf(track, i);
  return Number.isNaN(end) ? 0 : (end - track.days[i]) * scale.pxPerDay;
}

/** How wide an approximate date's period is, in px at this scale (0 for an exact date). */
function periodOf(track: LaneTrack, i: number, scale: TimeScale): number {
  const end = track.periodEnds[i];
  return Number.isNaN(end) ? 0 : (end - track.days[i]) * scale.pxPerDay;
}

function cardItem(layout: JourneyLayout, packed: PackedTrack, i: number, life: boolean): TimelineItem {
  const { track, xs, widths, rows } = packed;
  const { dims } = layout;
  const box = {
    id: track.ids[i],
    x: xs[i],
    y: packed.y + dims.lanePadding + rows[i] * (packed.rowHeight + dims.rowGap),
    width: widths[i],
    height: packed.rowHeight,
  };
  if (life) return { ...box, kind: 'life-event', dateX: xs[i] };
  const missedOpportunity = track.missedBefore[i + 1] > track.missedBefore[i];
  return {
    ...box,
    kind: 'contact',
    agencyId: track.agencyId,
    dateX: xs[i],
    row: rows[i],
    missedOpportunity,
    spanPx: spanOf(track, i, layout.scale),
    periodPx: periodOf(track, i, layout.scale),
  };
}

/** A group of marks: one mark (centred on its date) or one aggregate spanning its first to its last date. */
function groupItem(layout: JourneyLayout, packed: PackedTrack, g: number, life: boolean): TimelineItem {
  const { track, marks, groups, xs } = packed;
  const size = layout.dims.markSize;
  const y = packed.y + packed.markOffset + (layout.dims.markRowHeight - size) / 2;
  const from = marks[groups[g]];
  const to = marks[groups[g + 1] - 1];
  if (from === to) {
    const labelWidth = packed.labelShown[g] ? track.labelWidths[from] : 0;
    const box = { id: track.ids[from], x: xs[from] - size / 2, y, width: size, height: size };
    if (life) return { ...box, kind: 'life-event-mark', dateX: xs[from], labelWidth };
    const missedOpportunity = track.missedBefore[from + 1] > track.missedBefore[from];
    return {
      ...box,
      kind: 'mark',
      agencyId: track.agencyId,
      dateX: xs[from],
      missedOpportunity,
      labelWidth,
      spanPx: spanOf(track, from, layout.scale),
      periodPx: periodOf(track, from, layout.scale),
    };
  }
  const ids = Array.from(marks.subarray(groups[g], groups[g + 1]), (i) => track.ids[i]);
  const box = {
    id: `cluster:${life ? 'life-events' : track.agencyId}:${ids[0]}`,
    x: xs[from],
    y,
    width: xs[to] - xs[from],
    height: size,
  };
  const span = { count: ids.length, firstDay: track.days[from], lastDay: track.days[to] };
  if (life) return { ...box, kind: 'life-event-cluster', lifeEventIds: ids, ...span };
  let missedCount = 0;
  for (const i of marks.subarray(groups[g], groups[g + 1]))
    missedCount += track.missedBefore[i + 1] - track.missedBefore[i];
  return { ...box, kind: 'cluster', agencyId: track.agencyId, contactIds: ids, missedCount, ...span };
}

const firstAtLeast = bisector((value: number) => value).left;

/** The items of one track overlapping fromX..toX: cards found through rightMax, groups through their right edges. */
function trackItems(
  layout: JourneyLayout,
  packed: PackedTrack,
  fromX: number,
  toX: number,
  life: boolean,
  out: TimelineItem[],
): void {
  const { xs, widths, rows, rightMax } = packed;
  for (let i = firstAtLeast(rightMax, fromX); i < xs.length && xs[i] <= toX; i += 1) {
    if (rows[i] !== NO_ROW && xs[i] + widths[i] >= fromX) out.push(cardItem(layout, packed, i, life));
  }
  for (
    let g = firstAtLeast(packed.groupRight, fromX);
    g < packed.groupLeft.length && packed.groupLeft[g] <= toX;
    g += 1
  )
    out.push(groupItem(layout, packed, g, life));
}

/**
 * Items overlapping fromX..toX, sorted by x then y. Each track's items in view are found by binary
 * search, so the work is what is on screen, not the journey's size.
 */
export function visibleItems(layout: JourneyLayout, fromX: number, toX: number): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const lane of layout.lanes) {
    const packed = layout.packed.get(lane.agencyId);
    if (packed !== undefined) trackItems(layout, packed, fromX, toX, false, items);
  }
  trackItems(layout, layout.lifeEvents, fromX, toX, true, items);
  return items.sort((a, b) => a.x - b.x || a.y - b.y);
}

/** The item that shows a contact at this scale (its card, its mark, or the aggregate it is in), or null for a hidden lane's contact. */
export function itemOfContact(layout: JourneyLayout, contactId: string): TimelineItem | null {
  const place = layout.tracks.placeOf.get(contactId);
  const packed = place && layout.packed.get(place.agencyId);
  if (place === undefined || packed === undefined) return null;
  if (packed.rows[place.index] !== NO_ROW) return cardItem(layout, packed, place.index, false);
  const m = firstAtLeast(packed.marks, place.index);
  const g = bisector((value: number) => value).right(packed.groups, m) - 1;
  return groupItem(layout, packed, g, false);
}
