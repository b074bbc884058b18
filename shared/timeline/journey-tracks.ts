import type { LaneInput } from './lanes';

export interface TimelineContactInput {
  id: string;
  agencyId: string;
  startDay: number;
  /** The end of an interval contact (a stay, a sentence), or null for a contact on one date. */
  endDay?: number | null;
  /**
   * For an approximate date (a month, a year, a range): the day after the last day it may fall on.
   * startDay is then its earliest day, and the contact is drawn across the whole period.
   */
  periodEndDay?: number | null;
  missedOpportunity: boolean;
  /** The width in px of the card's text on one line (its contact type, or its date if wider). */
  textWidth?: number;
  /** The width in px of the contact type alone, written beside a mark where it fits. */
  labelWidth?: number;
}

export interface TimelineLifeEventInput {
  id: string;
  day: number;
  /** The width in px of the life event's label (its kind and date). */
  textWidth?: number;
}

/** Used where no width was measured (tests, the command line): about a 14-character label. */
const DEFAULT_TEXT_WIDTH = 90;

/**
 * One track's items in start order (same-day ones by id), held in plain arrays so that laying the
 * track out at a new time scale is arithmetic over numbers, never a sort or a Map.
 */
export interface LaneTrack {
  agencyId: string;
  ids: string[];
  days: Float64Array;
  /** The end day of an interval, or NaN. */
  endDays: Float64Array;
  /** The day after an approximate date's period, or NaN for an exact date. */
  periodEnds: Float64Array;
  textWidths: Float64Array;
  labelWidths: Float64Array;
  /** missedBefore[i] is how many of the first i contacts are missed opportunities, so an aggregate counts its own in O(1). */
  missedBefore: Int32Array;
}

/** A journey sorted once into lane tracks: every zoom step and pan lays out from this. */
export interface JourneyTracks {
  /** One per visible agency, in lane order. */
  lanes: LaneInput[];
  tracks: Map<string, LaneTrack>;
  /** Where each shown contact sits: its lane's agency and its index in that lane's track. */
  placeOf: Map<string, { agencyId: string; index: number }>;
  /** Life events as a track of their own (agencyId ''), never missed opportunities. */
  lifeEvents: LaneTrack;
  /** Contacts of hidden agencies. */
  excludedContactIds: string[];
  dayExtent: { minDay: number; maxDay: number } | null;
}

/** Ids compared by code unit: the same order every time, at a fraction of localeCompare's cost. */
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface TrackEntry {
  id: string;
  startDay: number;
  endDay?: number | null;
  periodEndDay?: number | null;
  missedOpportunity: boolean;
  textWidth?: number;
  labelWidth?: number;
}

const laterThanStart = (day: number | null | undefined, start: number) =>
  day === null || day === undefined || day <= start ? Number.NaN : day;

function makeTrack(agencyId: string, entries: TrackEntry[]): LaneTrack {
  entries.sort((a, b) => a.startDay - b.startDay || byId(a.id, b.id));
  const missedBefore = new Int32Array(entries.length + 1);
  entries.forEach((c, i) => {
    missedBefore[i + 1] = missedBefore[i] + (c.missedOpportunity ? 1 : 0);
  });
  return {
    agencyId,
    ids: entries.map((c) => c.id),
    days: Float64Array.from(entries, (c) => c.startDay),
    endDays: Float64Array.from(entries, (c) => laterThanStart(c.endDay, c.startDay)),
    periodEnds: Float64Array.from(entries, (c) => laterThanStart(c.periodEndDay, c.startDay)),
    textWidths: Float64Array.from(entries, (c) => c.textWidth ?? DEFAULT_TEXT_WIDTH),
    labelWidths: Float64Array.from(entries, (c) => c.labelWidth ?? c.textWidth ?? DEFAULT_TEXT_WIDTH),
    missedBefore,
  };
}

export function prepareJourneyTracks(input: {
  contacts: TimelineContactInput[];
  agencies: LaneInput[];
  lifeEvents: TimelineLifeEventInput[];
}): JourneyTracks {
  const lanes = input.agencies.filter((a) => !a.hidden).sort((a, b) => a.laneOrder - b.laneOrder);
  const members = new Map<string, TimelineContactInput[]>(lanes.map((lane) => [lane.id, []]));
  const excludedContactIds: string[] = [];
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (const contact of input.contacts) {
    const lane = members.get(contact.agencyId);
    if (lane === undefined) {
      excludedContactIds.push(contact.id);
      continue;
    }
    lane.push(contact);
    minDay = Math.min(minDay, contact.startDay);
    maxDay = Math.max(
      maxDay,
      contact.endDay ?? contact.startDay,
      contact.periodEndDay ?? contact.startDay,
      contact.startDay,
    );
  }
  const tracks = new Map<string, LaneTrack>();
  const placeOf = new Map<string, { agencyId: string; index: number }>();
  for (const [agencyId, contacts] of members) {
    const track = makeTrack(agencyId, contacts);
    track.ids.forEach((id, index) => placeOf.set(id, { agencyId, index }));
    tracks.set(agencyId, track);
  }
  const lifeEvents = makeTrack(
    '',
    input.lifeEvents.map((e) => ({
      id: e.id,
      startDay: e.day,
      missedOpportunity: false,
      textWidth: e.textWidth,
      labelWidth: e.textWidth,
    })),
  );
  return {
    lanes,
    tracks,
    placeOf,
    lifeEvents,
    excludedContactIds,
    dayExtent: Number.isFinite(minDay) ? { minDay, maxDay } : null,
  };
}
