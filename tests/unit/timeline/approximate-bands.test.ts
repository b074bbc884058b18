import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../shared/model';
import {
  layoutJourney,
  prepareJourneyTracks,
  timelineDaysOf,
  visibleItems,
  type TimelineContactInput,
} from '../../../shared/timeline';

const agencies = [{ id: 'police', laneOrder: 0, hidden: false }];

function contact(id: string, start: string, end: string | null = null): TimelineContactInput {
  return {
    id,
    agencyId: 'police',
    ...timelineDaysOf({ start, end }),
    missedOpportunity: false,
    textWidth: 60,
  };
}

describe('approximate contacts on the timeline', () => {
  it('places an approximate date from its earliest day to the end of its last day, and an exact one at its moment', () => {
    expect(timelineDaysOf({ start: '2018-10', end: null })).toEqual({
      startDay: toDayNumber('2018-10-01'),
      endDay: null,
      periodEndDay: toDayNumber('2018-11-01'),
    });
    expect(timelineDaysOf({ start: '2019-02-03T10:00', end: '2019-02-05' })).toEqual({
      startDay: toDayNumber('2019-02-03T10:00'),
      endDay: toDayNumber('2019-02-05'),
      periodEndDay: null,
    });
    expect(timelineDaysOf({ start: '2018-04', end: '2018-06' })).toMatchObject({
      endDay: toDayNumber('2018-07-01'),
    });
  });

  it('draws a year as a band across the year, ordered by its earliest day, hiding none of the exact contacts in its lane', () => {
    const contacts = [
      contact('may', '2016-05-03'),
      contact('year', '2016'),
      contact('jan', '2016-01-01'),
      contact('sep', '2016-09-20'),
      contact('dec', '2016-12-31'),
    ];
    for (const pxPerDay of [0.2, 2, 20]) {
      const tracks = prepareJourneyTracks({ contacts, agencies, lifeEvents: [] });
      expect(tracks.tracks.get('police')?.ids).toEqual(['jan', 'year', 'may', 'sep', 'dec']);
      const layout = layoutJourney(
        tracks,
        { originDay: toDayNumber('2016-01-01'), pxPerDay },
        { availableHeight: 400 },
      );
      const items = visibleItems(layout, -Infinity, Infinity);
      const band = items.find((i) => i.id === 'year' && (i.kind === 'contact' || i.kind === 'mark'));
      if (pxPerDay >= 2) {
        expect(band).toMatchObject({ kind: 'contact', dateX: 0, periodPx: 366 * pxPerDay });
        expect(band!.width).toBeGreaterThanOrEqual(366 * pxPerDay);
      }
      for (const id of ['may', 'jan', 'sep', 'dec']) {
        const shown = items.find((i) => i.id === id || (i.kind === 'cluster' && i.contactIds.includes(id)));
        expect(shown, `${id} at ${pxPerDay} px a day`).toBeDefined();
        if (band !== undefined && shown !== undefined && shown !== band) {
          const overlaps =
            shown.x < band.x + band.width &&
            band.x < shown.x + shown.width &&
            shown.y < band.y + band.height &&
            band.y < shown.y + shown.height;
          expect(overlaps, `${id} under the band at ${pxPerDay} px a day`).toBe(false);
        }
      }
    }
  });
});
