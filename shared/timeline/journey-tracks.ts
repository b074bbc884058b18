import type { LaneInput } from './lanes';

export interface TimelineContactInput {
  id: string;
  agencyId: string;
  startDay: number;
  missedOpportunity: boolean;
}

export interface TimelineLifeEventInput {
  id: string;
  day: number;
}

/**
 * One lane's contacts in start order (same-day contacts by id), held in plain arrays so that
 * laying the lane out at a new time scale is arithmetic over numbers, never a sort or a Map.
 */
export interface LaneTrack {
  agencyId: string;
  ids: string[];
  days: Float64Array;
  /** missedBefore[i] is how many of the first i contacts are missed opportunities, so a cluster counts its own in O(1). */
  missedBefore: Int32Array;
}

/** A journey sorted once into lane tracks: every zoom step and pan lays out from this. */
export interface JourneyTracks {
  /** One per visible agency, in lane order. */
  lanes: LaneInput[];
  tracks: Map<string, LaneTrack>;
  /** Where each shown contact sits: its lane's agency and its index in that lane's track. */
  placeOf: Map<string, { agencyId: string; index: number }>;
  lifeEvents: { ids: string[]; days: Float64Array };
  /** Contacts of hidden agencies. */
  excludedContactIds: string[];
  dayExtent: { minDay: number; maxDay: number } | null;
}

/** Ids compared by code unit: the same order every time, at a fraction of localeCompare's cost. */
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function prepareJourneyTracks(input: { contacts: TimelineContactInput[]; agencies: LaneInput[]; lifeEvents: TimelineLifeEventInput[] }): JourneyTracks {
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
    maxDay = Math.max(maxDay, contact.startDay);
  }
  const tracks = new Map<string, LaneTrack>();
  const placeOf = new Map<string, { agencyId: string; index: number }>();
  for (const [agencyId, contacts] of members) {
    contacts.sort((a, b) => a.startDay - b.startDay || byId(a.id, b.id));
    const missedBefore = new Int32Array(contacts.length + 1);
    contacts.forEach((c, i) => {
      missedBefore[i + 1] = missedBefore[i] + (c.missedOpportunity ? 1 : 0);
      placeOf.set(c.id, { agencyId, index: i });
    });
    tracks.set(agencyId, { agencyId, ids: contacts.map((c) => c.id), days: Float64Array.from(contacts, (c) => c.startDay), missedBefore });
  }
  const events = [...input.lifeEvents].sort((a, b) => a.day - b.day || byId(a.id, b.id));
  return {
    lanes,
    tracks,
    placeOf,
    lifeEvents: { ids: events.map((e) => e.id), days: Float64Array.from(events, (e) => e.day) },
    excludedContactIds,
    dayExtent: Number.isFinite(minDay) ? { minDay, maxDay } : null,
  };
}
