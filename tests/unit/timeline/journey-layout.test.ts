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
  return { id, agencyId, startDay: toDayNumber(date), missedOpportunity: missed };
}

function layout(contacts: TimelineContactInput[], atScale: TimeScale = scale, lifeEvents: TimelineLifeEventInput[] = []): JourneyLayout {
  return layoutJourney(prepareJourneyTracks({ contacts, agencies, lifeEvents }), atScale);
}

/** Every item of the journey at its scale. */
const allItems = (laid: JourneyLayout) => visibleItems(laid, -Infinity, Infinity);

function overlaps(a: TimelineItem, b: TimelineItem): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('lanes', () => {
  it('orders lanes by lane order, leaves hidden ones out, and places the life-event track on top', () => {
    const laid = layout([contact('a', 'gp', '2019-02-01')]);
    expect(laid.lanes.map((l) => l.agencyId)).toEqual(['housing', 'police']);
    expect(laid.lanes[0].y).toBe(DEFAULT_LAYOUT_DIMS.lifeEventTrackHeight);
    expect(laid.lanes[1].y).toBe(laid.lanes[0].y + laid.lanes[0].height);
    expect(laid.tracks.excludedContactIds).toEqual(['a']);
    expect(itemOfContact(laid, 'a')).toBeNull();
    expect(allItems(laid)).toEqual([]);
    expect(laneAt(laid, laid.lanes[1].y + 1)).toBe('police');
    expect(laneAt(laid, 1)).toBeNull();
  });
});

describe('same-day stacking', () => {
  it('stacks three same-day contacts in one lane in rows 0, 1, 2 without overlap, and grows the lane', () => {
    const contacts = [contact('c', 'police', '2019-02-03T18:00'), contact('a', 'police', '2019-02-03T09:00'), contact('b', 'police', '2019-02-03T12:00')];
    const laid = layout(contacts);
    const cards = allItems(laid).filter((i) => i.kind === 'contact');
    expect(cards.map((c) => [c.id, c.kind === 'contact' && c.row])).toEqual([['a', 0], ['b', 1], ['c', 2]]);
    for (const a of cards) for (const b of cards) if (a !== b) expect(overlaps(a, b)).toBe(false);
    expect(laid.lanes.find((l) => l.agencyId === 'police')?.rows).toBe(3);
  });

  it('turns a cell with more contacts than rows into one cluster that counts the missed opportunities', () => {
    const contacts = ['a', 'b', 'c', 'd', 'e'].map((id, i) => contact(id, 'police', '2019-02-03', i < 2));
    const laid = layout(contacts);
    expect(allItems(laid)).toHaveLength(1);
    const [cluster] = allItems(laid);
    expect(cluster).toMatchObject({ kind: 'cluster', count: 5, missedCount: 2, contactIds: ['a', 'b', 'c', 'd', 'e'] });
    expect(contacts.map((c) => itemOfContact(laid, c.id))).toEqual(Array(5).fill(cluster));
    expect(laid.lanes.find((l) => l.agencyId === 'police')?.rows).toBe(1);
  });

  it('puts life events on their own track, side by side when they share a cell', () => {
    const laid = layout([], scale, [{ id: 'y', day: toDayNumber('2019-02-03') }, { id: 'x', day: toDayNumber('2019-02-03') }]);
    const [x, y] = allItems(laid);
    expect([x.id, y.id]).toEqual(['x', 'y']);
    expect(x.y + x.height).toBeLessThanOrEqual(laid.lanes[0].y);
    expect(overlaps(x, y)).toBe(false);
  });
});

describe('layout properties', () => {
  const contactArb = fc.record({
    agencyId: fc.constantFrom('police', 'housing', 'gp'),
    offset: fc.double({ min: 0, max: 3650, noNaN: true }),
    missed: fc.boolean(),
  });

  it('never overlaps items, shows every included contact exactly once, finds each contact\'s item, and culls like a brute-force filter', () => {
    fc.assert(
      fc.property(fc.array(contactArb, { maxLength: 300 }), fc.double({ min: 0.3, max: 170, noNaN: true }), fc.double({ min: -2000, max: 60000, noNaN: true }), (raw, pxPerDay, fromX) => {
        const s = { originDay: toDayNumber('2015-01-01'), pxPerDay };
        const contacts = raw.map((r, i) => ({ id: `c${i}`, agencyId: r.agencyId, startDay: s.originDay + r.offset, missedOpportunity: r.missed }));
        const laid = layout(contacts, s);
        const items = allItems(laid);
        const shownBy = new Map<string, TimelineItem[]>();
        for (const item of items) {
          const ids = item.kind === 'cluster' ? item.contactIds : item.kind === 'contact' ? [item.id] : [];
          for (const id of ids) shownBy.set(id, [...(shownBy.get(id) ?? []), item]);
        }
        const included = contacts.filter((c) => c.agencyId !== 'gp').map((c) => c.id);
        expect([...shownBy.keys()].sort()).toEqual([...included].sort());
        expect([...shownBy.values()].every((shown) => shown.length === 1)).toBe(true);
        for (const id of included) expect(itemOfContact(laid, id)).toEqual(shownBy.get(id)?.[0]);
        for (const item of items) if (item.kind === 'cluster') expect(item.missedCount).toBe(item.contactIds.filter((id) => raw[Number(id.slice(1))].missed).length);
        const rowsUsed = new Map<string, number>();
        for (const item of items) if (item.kind === 'contact') rowsUsed.set(item.agencyId, Math.max(rowsUsed.get(item.agencyId) ?? 1, item.row + 1));
        for (const lane of laid.lanes) expect(lane.rows).toBe(rowsUsed.get(lane.agencyId) ?? 1);
        for (let i = 0; i < items.length; i += 1) for (let j = i + 1; j < items.length; j += 1) expect(overlaps(items[i], items[j])).toBe(false);
        const toX = fromX + 1200;
        const brute = items.filter((item) => item.x + item.width >= fromX && item.x <= toX);
        expect(visibleItems(laid, fromX, toX)).toEqual(brute);
      }),
      { numRuns: 150 },
    );
  });
});
