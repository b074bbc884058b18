import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../shared/model';
import {
  DEFAULT_LAYOUT_DIMS,
  itemOfContact,
  laneAt,
  layoutJourney,
  prepareJourneyTracks,
  visibleItems,
  type JourneyLayout,
  type LayoutOptions,
  type TimeScale,
  type TimelineContactInput,
  type TimelineItem,
  type TimelineLifeEventInput,
} from '../../../shared/timeline';

const agencies = [
  { id: 'police', laneOrder: 1, hidden: false },
  { id: 'housing', laneOrder: 0, hidden: false },
  { id: 'gp', laneOrder: 2, hidden: true },
];
const scale = { originDay: toDayNumber('2019-01-01'), pxPerDay: 20 };

function contact(id: string, agencyId: string, date: string, missed = false): TimelineContactInput {
  return { id, agencyId, startDay: toDayNumber(date), missedOpportunity: missed, textWidth: 100 };
}

function layout(
  contacts: TimelineContactInput[],
  atScale: TimeScale = scale,
  lifeEvents: TimelineLifeEventInput[] = [],
  options: LayoutOptions = {},
): JourneyLayout {
  return layoutJourney(prepareJourneyTracks({ contacts, agencies, lifeEvents }), atScale, options);
}

/** Every item of the journey at its scale. */
const allItems = (laid: JourneyLayout) => visibleItems(laid, -Infinity, Infinity);

function overlaps(a: TimelineItem, b: TimelineItem): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The oracle: where a day is at a scale, written out here rather than taken from time-scale.ts. */
const xOf = (s: TimeScale, day: number) => (day - s.originDay) * s.pxPerDay;

describe('lanes', () => {
  it('orders lanes by lane order, leaves hidden ones out, and places the life-event track on top', () => {
    const laid = layout([contact('a', 'gp', '2019-02-01')]);
    expect(laid.lanes.map((l) => l.agencyId)).toEqual(['housing', 'police']);
    expect(laid.lanes[0].y).toBe(laid.lifeEventTrack.height);
    expect(laid.lanes[1].y).toBe(laid.lanes[0].y + laid.lanes[0].height);
    expect(laid.tracks.excludedContactIds).toEqual(['a']);
    expect(itemOfContact(laid, 'a')).toBeNull();
    expect(allItems(laid)).toEqual([]);
    expect(laneAt(laid, laid.lanes[1].y + 1)).toBe('police');
    expect(laneAt(laid, 1)).toBeNull();
  });
});

describe('cards and marks at their dates', () => {
  it('stacks three same-day contacts in rows 0, 1, 2, all with their left edge at the date', () => {
    const contacts = [
      contact('c', 'police', '2019-02-03T18:00'),
      contact('a', 'police', '2019-02-03T09:00'),
      contact('b', 'police', '2019-02-03T12:00'),
    ];
    const laid = layout(contacts);
    const cards = allItems(laid).filter((i) => i.kind === 'contact');
    expect(cards.map((c) => [c.id, c.kind === 'contact' && c.row])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
    for (const card of cards)
      expect(card.x).toBeCloseTo(xOf(scale, contacts.find((c) => c.id === card.id)?.startDay ?? NaN), 6);
    for (const a of cards) for (const b of cards) if (a !== b) expect(overlaps(a, b)).toBe(false);
    expect(laid.lanes.find((l) => l.agencyId === 'police')?.rows).toBe(3);
  });

  it('draws the contacts beyond the rows as marks at their dates, and same-day marks as one aggregate of that day', () => {
    const contacts = ['a', 'b', 'c', 'd', 'e'].map((id, i) => contact(id, 'police', '2019-02-03', i >= 3));
    const laid = layout(contacts);
    const items = allItems(laid);
    expect(items.filter((i) => i.kind === 'contact').map((i) => i.id)).toEqual(['a', 'b', 'c']);
    const aggregate = items.find((i) => i.kind === 'cluster');
    expect(aggregate).toMatchObject({
      kind: 'cluster',
      count: 2,
      missedCount: 2,
      contactIds: ['d', 'e'],
      width: 0,
      x: xOf(scale, toDayNumber('2019-02-03')),
    });
    expect(itemOfContact(laid, 'e')).toEqual(aggregate);
    const police = laid.lanes.find((l) => l.agencyId === 'police');
    expect(aggregate && police && aggregate.y > police.y + 3 * DEFAULT_LAYOUT_DIMS.cardHeight).toBe(true);
  });

  it('a contact 8 days after another is drawn 8 days to its right, whichever form each takes', () => {
    const narrow = { originDay: scale.originDay, pxPerDay: 1 };
    const laid = layout(
      [contact('a', 'police', '2019-02-03'), contact('b', 'police', '2019-02-11')],
      narrow,
      [],
      { availableHeight: 0 },
    );
    const [a, b] = allItems(laid);
    expect([a.kind, b.kind]).toEqual(['mark', 'mark']);
    expect(b.x - a.x).toBeCloseTo(8, 9);
  });

  it('spans an interval contact over its dates', () => {
    const stay = { ...contact('s', 'housing', '2019-03-01'), endDay: toDayNumber('2019-04-30') };
    const [card] = allItems(layout([stay]));
    expect(card.x).toBeCloseTo(xOf(scale, stay.startDay), 9);
    expect(card.width).toBeCloseTo(60 * scale.pxPerDay, 9);
  });
});

describe('layout properties', () => {
  const contactArb = fc.record({
    agencyId: fc.constantFrom('police', 'housing', 'gp'),
    // Ten years, or a busy quarter, where cards crowd each other.
    offset: fc.oneof(
      fc.double({ min: 0, max: 3650, noNaN: true }),
      fc.double({ min: 0, max: 90, noNaN: true }),
    ),
    length: fc.option(fc.double({ min: 0, max: 400, noNaN: true }), { nil: null }),
    missed: fc.boolean(),
    textWidth: fc.integer({ min: 20, max: 400 }),
  });

  it('puts every contact at x(date) within 0.5 px, aggregates from x(first) to x(last), and never overlaps two cards, at any scale and height', () => {
    fc.assert(
      fc.property(
        fc.array(contactArb, { maxLength: 300, size: 'large' }),
        fc.double({ min: 0.05, max: 170, noNaN: true }),
        fc.option(fc.integer({ min: 0, max: 1200 }), { nil: undefined }),
        fc.double({ min: -2000, max: 60000, noNaN: true }),
        (raw, pxPerDay, availableHeight, fromX) => {
          const s = { originDay: toDayNumber('2015-01-01'), pxPerDay };
          const contacts = raw.map((r, i) => ({
            id: `c${i}`,
            agencyId: r.agencyId,
            startDay: s.originDay + r.offset,
            endDay: r.length === null ? null : s.originDay + r.offset + r.length,
            missedOpportunity: r.missed,
            textWidth: r.textWidth,
          }));
          const byId = new Map(contacts.map((c) => [c.id, c]));
          const laid = layout(contacts, s, [], { availableHeight });
          const items = allItems(laid);
          const shownBy = new Map<string, TimelineItem[]>();
          for (const item of items) {
            const ids = item.kind === 'cluster' ? item.contactIds : [item.id];
            for (const id of ids) shownBy.set(id, [...(shownBy.get(id) ?? []), item]);
          }
          const included = contacts.filter((c) => c.agencyId !== 'gp').map((c) => c.id);
          expect([...shownBy.keys()].sort()).toEqual([...included].sort());
          expect([...shownBy.values()].every((shown) => shown.length === 1)).toBe(true);
          for (const id of included) expect(itemOfContact(laid, id)).toEqual(shownBy.get(id)?.[0]);
          for (const item of items) {
            if (item.kind === 'contact') {
              const c = byId.get(item.id);
              expect(Math.abs(item.x - xOf(s, c?.startDay ?? NaN))).toBeLessThan(0.5);
              if (c?.endDay != null)
                expect(item.x + item.width).toBeGreaterThanOrEqual(xOf(s, c.endDay) - 0.5);
            } else if (item.kind === 'mark') {
              expect(
                Math.abs(item.x + item.width / 2 - xOf(s, byId.get(item.id)?.startDay ?? NaN)),
              ).toBeLessThan(0.5);
            } else if (item.kind === 'cluster') {
              const days = item.contactIds.map((id) => byId.get(id)?.startDay ?? NaN);
              expect(item.count).toBe(days.length);
              expect(Math.abs(item.x - xOf(s, Math.min(...days)))).toBeLessThan(0.5);
              expect(Math.abs(item.x + item.width - xOf(s, Math.max(...days)))).toBeLessThan(0.5);
              expect(item.missedCount).toBe(
                item.contactIds.filter((id) => byId.get(id)?.missedOpportunity).length,
              );
            }
          }
          const cards = items.filter((i) => i.kind === 'contact');
          for (let i = 0; i < cards.length; i += 1)
            for (let j = i + 1; j < cards.length; j += 1) expect(overlaps(cards[i], cards[j])).toBe(false);
          for (const lane of laid.lanes) {
            for (const item of items) {
              const inLane = 'agencyId' in item && item.agencyId === lane.agencyId;
              if (inLane) expect(item.y >= lane.y && item.y + item.height <= lane.y + lane.height).toBe(true);
            }
          }
          // Culling keeps every item whose box meets the view, and only items within a mark and its label of it.
          const toX = fromX + 1200;
          const culled = visibleItems(laid, fromX, toX);
          for (const item of items.filter((i) => i.x + i.width >= fromX && i.x <= toX))
            expect(culled).toContainEqual(item);
          const size = DEFAULT_LAYOUT_DIMS.markSize;
          const reach = (i: TimelineItem) =>
            (i.kind === 'mark' ? i.labelWidth + DEFAULT_LAYOUT_DIMS.labelGap : 0) + size;
          for (const item of culled)
            expect(item.x + item.width + reach(item) >= fromX && item.x - size <= toX).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
