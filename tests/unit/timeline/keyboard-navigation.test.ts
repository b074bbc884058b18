import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contactToFocus,
  focusAfterDeleting,
  moveFocus,
  prepareJourneyTracks,
  type TimelineMove,
} from '../../../shared/timeline';

const lane = (id: string, laneOrder: number) => ({ id, laneOrder, hidden: false });
const contact = (id: string, agencyId: string, startDay: number) => ({
  id,
  agencyId,
  startDay,
  missedOpportunity: false,
});

/**
 * Police: p1 (day 10), p2 (20), p3 (40); Housing: none (an empty lane the analyst added);
 * A&E: a1 (18), a2 (31); GP: g1 (5).
 */
const journey = prepareJourneyTracks({
  agencies: [lane('police', 0), lane('housing', 1), lane('ae', 2), lane('gp', 3)],
  contacts: [
    contact('p2', 'police', 20),
    contact('a2', 'ae', 31),
    contact('p1', 'police', 10),
    contact('g1', 'gp', 5),
    contact('p3', 'police', 40),
    contact('a1', 'ae', 18),
  ],
  lifeEvents: [],
});

describe('moving round the timeline by keyboard', () => {
  it('Left and Right step through a lane in time order and stop at its ends', () => {
    expect(moveFocus(journey, 'p1', 'next')).toBe('p2');
    expect(moveFocus(journey, 'p2', 'next')).toBe('p3');
    expect(moveFocus(journey, 'p3', 'next')).toBeNull();
    expect(moveFocus(journey, 'p2', 'previous')).toBe('p1');
    expect(moveFocus(journey, 'p1', 'previous')).toBeNull();
  });

  it('Up and Down go to the contact nearest in time in the next lane with contacts, skipping empty lanes', () => {
    expect(moveFocus(journey, 'p2', 'lane-below')).toBe('a1');
    expect(moveFocus(journey, 'p3', 'lane-below')).toBe('a2');
    expect(moveFocus(journey, 'a2', 'lane-above')).toBe('p3');
    expect(moveFocus(journey, 'a1', 'lane-below')).toBe('g1');
    expect(moveFocus(journey, 'g1', 'lane-above')).toBe('a1');
    expect(moveFocus(journey, 'p1', 'lane-above')).toBeNull();
    expect(moveFocus(journey, 'g1', 'lane-below')).toBeNull();
  });

  it('of two contacts equally near in time, Up and Down take the earlier', () => {
    // a1 (18) and a2 (31) are 6.5 days either side of 24.5.
    const even = prepareJourneyTracks({
      agencies: [lane('police', 0), lane('ae', 1)],
      contacts: [contact('p', 'police', 24.5), contact('a1', 'ae', 18), contact('a2', 'ae', 31)],
      lifeEvents: [],
    });
    expect(moveFocus(even, 'p', 'lane-below')).toBe('a1');
  });

  it("Home and End go to the first and last of the lane; Ctrl+Home and Ctrl+End to the journey's first and last", () => {
    expect(moveFocus(journey, 'p2', 'lane-first')).toBe('p1');
    expect(moveFocus(journey, 'p2', 'lane-last')).toBe('p3');
    expect(moveFocus(journey, 'a2', 'journey-first')).toBe('g1');
    expect(moveFocus(journey, 'a2', 'journey-last')).toBe('p3');
  });

  it('contacts at the same moment are read top lane first: the top one is the first, the bottom one the last', () => {
    const tied = prepareJourneyTracks({
      agencies: [lane('police', 0), lane('ae', 1)],
      contacts: [contact('p', 'police', 3), contact('a', 'ae', 3)],
      lifeEvents: [],
    });
    expect(moveFocus(tied, 'a', 'journey-first')).toBe('p');
    expect(moveFocus(tied, 'p', 'journey-last')).toBe('a');
  });

  it('reaching the timeline lands on the contact last focused, else the selected one, else the earliest in view, else the first', () => {
    const view = { viewFromDay: 15, viewToDay: 35 };
    expect(contactToFocus(journey, { remembered: 'a2', selected: 'p1', ...view })).toBe('a2');
    expect(contactToFocus(journey, { remembered: 'deleted', selected: 'p1', ...view })).toBe('p1');
    expect(contactToFocus(journey, { remembered: null, selected: null, ...view })).toBe('a1');
    expect(
      contactToFocus(journey, { remembered: null, selected: null, viewFromDay: 50, viewToDay: 60 }),
    ).toBe('g1');
    expect(
      contactToFocus(prepareJourneyTracks({ agencies: [lane('police', 0)], contacts: [], lifeEvents: [] }), {
        remembered: null,
        selected: null,
        ...view,
      }),
    ).toBeNull();
  });

  it('after a delete, focus goes to the next in the lane, else the one before, else the nearest below, else above', () => {
    expect(focusAfterDeleting(journey, 'p2')).toBe('p3');
    expect(focusAfterDeleting(journey, 'p3')).toBe('p2');
    expect(focusAfterDeleting(journey, 'g1')).toBe('a1');
    const alone = prepareJourneyTracks({
      agencies: [lane('police', 0)],
      contacts: [contact('only', 'police', 1)],
      lifeEvents: [],
    });
    expect(focusAfterDeleting(alone, 'only')).toBeNull();
  });

  it('a contact in a hidden lane is never focused', () => {
    const hidden = prepareJourneyTracks({
      agencies: [lane('police', 0), { ...lane('ae', 1), hidden: true }],
      contacts: [contact('p', 'police', 1), contact('a', 'ae', 1)],
      lifeEvents: [],
    });
    expect(moveFocus(hidden, 'p', 'lane-below')).toBeNull();
    expect(moveFocus(hidden, 'a', 'next')).toBeNull();
  });
});

const arbitraryJourney = fc
  .array(fc.record({ lane: fc.integer({ min: 0, max: 4 }), day: fc.integer({ min: 0, max: 60 }) }), {
    minLength: 1,
    maxLength: 40,
  })
  .map((entries) =>
    prepareJourneyTracks({
      agencies: [0, 1, 2, 3, 4].map((i) => lane(`lane${i}`, i)),
      contacts: entries.map((e, i) => contact(`c${String(i).padStart(2, '0')}`, `lane${e.lane}`, e.day)),
      lifeEvents: [],
    }),
  );
const MOVES: TimelineMove[] = [
  'previous',
  'next',
  'lane-above',
  'lane-below',
  'lane-first',
  'lane-last',
  'journey-first',
  'journey-last',
];

describe('moving round the timeline, for any journey', () => {
  it('Right from the first contact of a lane visits every contact of that lane once, in time order', () => {
    fc.assert(
      fc.property(arbitraryJourney, (tracks) => {
        for (const [, track] of tracks.tracks) {
          if (track.ids.length === 0) continue;
          const visited = [track.ids[0]];
          for (
            let id = moveFocus(tracks, track.ids[0], 'next');
            id !== null;
            id = moveFocus(tracks, id, 'next')
          )
            visited.push(id);
          expect(visited).toEqual(track.ids);
          const days = visited.map((id) => track.days[tracks.placeOf.get(id)!.index]);
          expect(days).toEqual([...days].sort((a, b) => a - b));
        }
      }),
    );
  });

  it('every move lands on a shown contact, and Up/Down on the nearest in time of the nearest lane with contacts', () => {
    fc.assert(
      fc.property(arbitraryJourney, (tracks) => {
        for (const id of tracks.placeOf.keys()) {
          for (const move of MOVES) {
            const to = moveFocus(tracks, id, move);
            if (to !== null) expect(tracks.placeOf.has(to)).toBe(true);
          }
          const from = tracks.placeOf.get(id)!;
          const day = tracks.tracks.get(from.agencyId)!.days[from.index];
          const below = moveFocus(tracks, id, 'lane-below');
          const laneIndex = tracks.lanes.findIndex((l) => l.id === from.agencyId);
          const nextLane = tracks.lanes
            .slice(laneIndex + 1)
            .find((l) => tracks.tracks.get(l.id)!.ids.length > 0);
          if (nextLane === undefined) expect(below).toBeNull();
          else {
            const target = tracks.tracks.get(nextLane.id)!;
            const nearest = Math.min(...Array.from(target.days, (d) => Math.abs(d - day)));
            expect(below).not.toBeNull();
            expect(tracks.placeOf.get(below!)!.agencyId).toBe(nextLane.id);
            expect(Math.abs(target.days[tracks.placeOf.get(below!)!.index] - day)).toBe(nearest);
          }
        }
      }),
    );
  });

  it('Ctrl+Home and Ctrl+End land on the earliest and the latest contact of the journey', () => {
    fc.assert(
      fc.property(arbitraryJourney, (tracks) => {
        const dayOf = (id: string) =>
          tracks.tracks.get(tracks.placeOf.get(id)!.agencyId)!.days[tracks.placeOf.get(id)!.index];
        const all = [...tracks.placeOf.keys()].map(dayOf);
        const any = tracks.placeOf.keys().next().value!;
        expect(dayOf(moveFocus(tracks, any, 'journey-first')!)).toBe(Math.min(...all));
        expect(dayOf(moveFocus(tracks, any, 'journey-last')!)).toBe(Math.max(...all));
      }),
    );
  });
});
