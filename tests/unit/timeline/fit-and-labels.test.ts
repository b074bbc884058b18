import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../shared/model';
import {
  DEFAULT_LAYOUT_DIMS,
  fitScale,
  groupMarks,
  layoutJourney,
  linkPoint,
  packRows,
  placeLinkLabel,
  placeMarkLabels,
  prepareJourneyTracks,
  visibleItems,
  wrappedLines,
  type TimelineItem,
} from '../../../shared/timeline';

describe('Fit journey, in width', () => {
  it('puts the first date at the left margin and the last at the right one, for a fifteen-year journey too', () => {
    const first = toDayNumber('2006-10-09');
    const last = toDayNumber('2021-08-01');
    const scale = fitScale(first, last, 912, 48, 168);
    expect(48 + (first - scale.originDay) * scale.pxPerDay).toBeCloseTo(48, 6);
    expect(48 + (last - scale.originDay) * scale.pxPerDay).toBeCloseTo(912 - 168, 6);
  });

  it('fits a journey longer than a lifetime rather than stopping short of it', () => {
    const scale = fitScale(0, 80 * 366, 1200, 48, 48);
    expect(80 * 366 * scale.pxPerDay).toBeCloseTo(1200 - 96, 6);
  });
});

/** 14 lanes, each with a contact a month for fifteen years. */
function fourteenLanes() {
  const agencies = Array.from({ length: 14 }, (_, i) => ({ id: `a${i}`, laneOrder: i, hidden: false }));
  const start = toDayNumber('2006-01-01');
  const contacts = agencies.flatMap((a, i) =>
    Array.from({ length: 180 }, (_, k) => ({
      id: `${a.id}-${k}`,
      agencyId: a.id,
      startDay: start + k * 30.4 + i,
      missedOpportunity: k % 17 === 0,
      textWidth: 150,
    })),
  );
  const lifeEvents = Array.from({ length: 12 }, (_, k) => ({
    id: `e${k}`,
    day: start + k * 400,
    textWidth: 160,
  }));
  return { tracks: prepareJourneyTracks({ contacts, agencies, lifeEvents }), start };
}

describe('Fit journey, in height', () => {
  it('compacts fourteen busy lanes into the 578 px a 900 px window leaves, each lane at least a row of marks tall', () => {
    const { tracks, start } = fourteenLanes();
    const scale = fitScale(start, start + 15 * 365, 912, 48, 168);
    const laid = layoutJourney(tracks, scale, { availableHeight: 578 });
    expect(laid.totalHeight).toBeLessThanOrEqual(578);
    expect(laid.lanes).toHaveLength(14);
    for (const lane of laid.lanes)
      expect(lane.height).toBeGreaterThanOrEqual(DEFAULT_LAYOUT_DIMS.markRowHeight);
    expect(laid.lanes[13].y + laid.lanes[13].height).toBe(laid.totalHeight);
  });

  it('gives lanes rows of cards where the height allows, and keeps each lane tall enough for its name', () => {
    const { tracks, start } = fourteenLanes();
    const scale = { originDay: start, pxPerDay: 2 };
    const roomy = layoutJourney(tracks, scale, { availableHeight: 5000 });
    expect(roomy.lanes.every((lane) => lane.rows >= 1)).toBe(true);
    expect(roomy.totalHeight).toBeLessThanOrEqual(5000);
    const tight = layoutJourney(tracks, scale, { availableHeight: 700 });
    expect(tight.totalHeight).toBeLessThanOrEqual(700);
    expect(tight.lanes.some((lane) => lane.rows >= 1)).toBe(true);
    const named = layoutJourney(tracks, scale, { availableHeight: 0, minLaneHeights: new Map([['a3', 57]]) });
    expect(named.lanes[3].height).toBe(57);
  });
});

describe('packing and marks', () => {
  it('puts each card in the first row where it overlaps nothing', () => {
    // The third touches the first with less than the 4 px gap, and the second still runs: it becomes a mark.
    const { rows, rowsUsed, overflow } = packRows([0, 50, 100, 120, 260], [100, 100, 100, 100, 10], 2, 4);
    expect(Array.from(rows)).toEqual([0, 1, -1, 0, 0]);
    expect([rowsUsed, overflow]).toEqual([2, 1]);
  });

  it('chains marks closer than the merge distance into one group', () => {
    expect(Array.from(groupMarks([0, 3, 5, 20, 30, 34], 6))).toEqual([0, 3, 4, 6]);
  });

  it("writes a mark's label only where all of it fits before the next group", () => {
    const shown = placeMarkLabels([0, 100, 200], [10, 110, 210], [80, 120, 40], [true, true, true], 4);
    expect(Array.from(shown)).toEqual([1, 0, 1]);
    expect(Array.from(placeMarkLabels([0, 100], [30, 110], [20, 20], [false, true], 4))).toEqual([0, 1]);
  });

  it('wraps a lane name at spaces, and breaks a word wider than the line', () => {
    expect(wrappedLines([40, 30, 60, 70], 4, 142)).toBe(2);
    expect(wrappedLines([40], 4, 142)).toBe(1);
    expect(wrappedLines([300], 4, 142)).toBe(3);
  });
});

describe('life-event labels', () => {
  it('never overlap, whatever the dates and label widths', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.double({ min: 0, max: 2000, noNaN: true }),
            width: fc.integer({ min: 30, max: 260 }),
          }),
          { maxLength: 60, size: 'large' },
        ),
        fc.double({ min: 0.05, max: 40, noNaN: true }),
        fc.integer({ min: 0, max: 900 }),
        (events, pxPerDay, availableHeight) => {
          const tracks = prepareJourneyTracks({
            contacts: [],
            agencies: [],
            lifeEvents: events.map((e, i) => ({ id: `e${i}`, day: e.day, textWidth: e.width })),
          });
          const laid = layoutJourney(tracks, { originDay: 0, pxPerDay }, { availableHeight });
          const width = new Map(events.map((e, i) => [`e${i}`, e.width]));
          const labels = visibleItems(laid, -Infinity, Infinity).flatMap((item: TimelineItem) => {
            if (item.kind === 'life-event')
              return [{ x: item.x, y: item.y, right: item.x + item.width, bottom: item.y + item.height }];
            if (item.kind === 'life-event-mark' && item.labelWidth > 0) {
              expect(item.labelWidth).toBe(width.get(item.id));
              const x = item.x + item.width + DEFAULT_LAYOUT_DIMS.labelGap;
              return [{ x, y: item.y, right: x + item.labelWidth, bottom: item.y + item.height }];
            }
            return [];
          });
          for (let i = 0; i < labels.length; i += 1) {
            for (let j = i + 1; j < labels.length; j += 1) {
              const [a, b] = [labels[i], labels[j]];
              expect(a.x < b.right && b.x < a.right && a.y < b.bottom && b.y < a.bottom).toBe(false);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('link labels', () => {
  const source = { x: 0, y: 0 };
  const target = { x: 400, y: 200 };
  const size = { width: 60, height: 16 };

  it('sit at the middle of the link when nothing is there', () => {
    expect(placeLinkLabel(source, target, size, [])).toEqual(linkPoint(source, target, 0.5));
  });

  it('move along the link off a card that covers its middle, and are left off when no place is clear', () => {
    const middle = linkPoint(source, target, 0.5);
    const card = { x: middle.x - 60, y: middle.y - 23, width: 120, height: 46 };
    const placed = placeLinkLabel(source, target, size, [card]);
    expect(placed).not.toBeNull();
    if (placed === null) return;
    const box = { x: placed.x - 30, y: placed.y - 8, width: 60, height: 16 };
    expect(
      box.x < card.x + card.width &&
        card.x < box.x + box.width &&
        box.y < card.y + card.height &&
        card.y < box.y + box.height,
    ).toBe(false);
    expect(placeLinkLabel(source, target, size, [{ x: -100, y: -100, width: 700, height: 500 }])).toBeNull();
  });
});
