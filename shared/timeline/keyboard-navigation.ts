import { bisector } from 'd3-array';

/**
 * Moving round the timeline by keyboard, over the lanes as the timeline shows them: each lane's
 * contacts in time order (same-moment ones by id, as journey-tracks sorts them). JourneyTracks
 * fits this shape, so the keys move through exactly the order that is drawn.
 */
export interface LanesInTimeOrder {
  /** The shown lanes, top to bottom. */
  lanes: ReadonlyArray<{ id: string }>;
  /** Each lane's contacts: ids and start days (a fraction of a day for a time) in the same order. */
  tracks: ReadonlyMap<string, { ids: readonly string[]; days: ArrayLike<number> }>;
  placeOf: ReadonlyMap<string, { agencyId: string; index: number }>;
}

/**
 * - previous / next: the contact before or after in time within the lane (Left / Right);
 * - lane-above / lane-below: the contact nearest in time in the next lane up or down that has
 *   any, empty lanes skipped (Up / Down);
 * - lane-first / lane-last: the lane's first or last contact (Home / End);
 * - journey-first / journey-last: the journey's earliest or latest contact (Ctrl+Home / Ctrl+End).
 */
export type TimelineMove =
  | 'previous'
  | 'next'
  | 'lane-above'
  | 'lane-below'
  | 'lane-first'
  | 'lane-last'
  | 'journey-first'
  | 'journey-last';

const firstAtLeast = bisector((day: number) => day).left;

function trackOf(lanes: LanesInTimeOrder, agencyId: string) {
  const track = lanes.tracks.get(agencyId);
  return track !== undefined && track.ids.length > 0 ? track : null;
}

/** The contact in a lane nearest in time to `day`; of two equally near, the earlier. */
function nearestIn(track: { ids: readonly string[]; days: ArrayLike<number> }, day: number): string {
  const { days } = track;
  const after = firstAtLeast(days, day);
  if (after === 0) return track.ids[0];
  if (after === days.length) return track.ids[days.length - 1];
  return day - days[after - 1] <= days[after] - day ? track.ids[after - 1] : track.ids[after];
}

function acrossLanes(lanes: LanesInTimeOrder, agencyId: string, day: number, step: 1 | -1): string | null {
  const from = lanes.lanes.findIndex((lane) => lane.id === agencyId);
  for (let i = from + step; i >= 0 && i < lanes.lanes.length; i += step) {
    const track = trackOf(lanes, lanes.lanes[i].id);
    if (track !== null) return nearestIn(track, day);
  }
  return null;
}

/**
 * The journey's earliest (or latest) contact. Contacts at the same moment are read top lane first,
 * as a panel reads the picture, so the first is the top one and the last the bottom one.
 */
function journeyEnd(lanes: LanesInTimeOrder, which: 'first' | 'last'): string | null {
  let best: { id: string; day: number } | null = null;
  for (const lane of lanes.lanes) {
    const track = trackOf(lanes, lane.id);
    if (track === null) continue;
    const i = which === 'first' ? 0 : track.ids.length - 1;
    const day = track.days[i];
    if (best === null || (which === 'first' ? day < best.day : day >= best.day))
      best = { id: track.ids[i], day };
  }
  return best?.id ?? null;
}

/**
 * Where a key moves focus from `contactId`, or null when there is nowhere further that way (the
 * end of a lane, no lane with contacts above or below): focus then stays where it is.
 */
export function moveFocus(lanes: LanesInTimeOrder, contactId: string, move: TimelineMove): string | null {
  if (move === 'journey-first' || move === 'journey-last')
    return journeyEnd(lanes, move === 'journey-first' ? 'first' : 'last');
  const place = lanes.placeOf.get(contactId);
  const track = place && trackOf(lanes, place.agencyId);
  if (place === undefined || track === null || track === undefined) return null;
  const last = track.ids.length - 1;
  switch (move) {
    case 'previous':
      return place.index > 0 ? track.ids[place.index - 1] : null;
    case 'next':
      return place.index < last ? track.ids[place.index + 1] : null;
    case 'lane-first':
      return track.ids[0];
    case 'lane-last':
      return track.ids[last];
    case 'lane-above':
      return acrossLanes(lanes, place.agencyId, track.days[place.index], -1);
    case 'lane-below':
      return acrossLanes(lanes, place.agencyId, track.days[place.index], 1);
  }
}

/**
 * The contact focus lands on when the timeline is reached: the one last focused, if it is still
 * shown; else the selected one; else the earliest contact in view (top lane first); else the
 * journey's first. Null for a journey with no contacts in any shown lane.
 */
export function contactToFocus(
  lanes: LanesInTimeOrder,
  options: { remembered: string | null; selected: string | null; viewFromDay: number; viewToDay: number },
): string | null {
  for (const id of [options.remembered, options.selected])
    if (id !== null && lanes.placeOf.has(id)) return id;
  let best: { id: string; day: number } | null = null;
  for (const lane of lanes.lanes) {
    const track = trackOf(lanes, lane.id);
    if (track === null) continue;
    const i = firstAtLeast(track.days, options.viewFromDay);
    if (
      i < track.ids.length &&
      track.days[i] <= options.viewToDay &&
      (best === null || track.days[i] < best.day)
    )
      best = { id: track.ids[i], day: track.days[i] };
  }
  return best?.id ?? journeyEnd(lanes, 'first');
}

/**
 * Where focus goes when the focused contact is deleted, so the user stays in the same place:
 * the next contact in its lane, else the one before, else the nearest in time in the lane below,
 * else above. Null when it was the journey's only contact.
 */
export function focusAfterDeleting(lanes: LanesInTimeOrder, contactId: string): string | null {
  for (const move of ['next', 'previous', 'lane-below', 'lane-above'] as const) {
    const to = moveFocus(lanes, contactId, move);
    if (to !== null) return to;
  }
  return null;
}
