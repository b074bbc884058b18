import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../shared/model';
import { DEFAULT_LAYOUT_DIMS, laneAt, layoutJourney, visibleItems, type TimelineContactInput, type TimelineItem } from '../../../shared/timeline';

const agencies = [
  { id: 'police', laneOrder: 1, hidden: false },
  { id: 'housing', laneOrder: 0, hidden: false },
  { id: 'gp', laneOrder: 2, hidden: true },
];
const scale = { originDay: toDayNumber('2019-01-01'), pxPerDay: 20 };

function contact(id: string, agencyId: string, date: string, missed = false): TimelineContactInput {
  return { id, agencyId, startDay: toDayNumber(date), missedOpportunity: missed };
}

function overlaps(a: TimelineItem, b: TimelineItem): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('lanes', () => {
  it('orders lanes by lane order, leaves hidden ones out, and places the life-event track on top', () => {
    const layout = layoutJourney({ contacts: [contact('a', 'gp', '2019-02-01')], agencies, lifeEvents: [], scale });
    expect(layout.lanes.map((l) => l.agencyId)).toEqual(['housing', 'police']);
    expect(layout.lanes[0].y).toBe(DEFAULT_LAYOUT_DIMS.lifeEventTrackHeight);
    expect(layout.lanes[1].y).toBe(layout.lanes[0].y + layout.lanes[0].height);
    expect(layout.excludedContactIds).toEqual(['a']);
    expect(laneAt(layout, layout.lanes[1].y + 1)).toBe('police');
    expect(laneAt(layout, 1)).toBeNull();
  });
});

describe('same-day stacking', () => {
  it('stacks three same-day contacts in one lane in rows 0, 1, 2 without overlap, and grows the lane', () => {
    const contacts = [contact('c', 'police', '2019-02-03T18:00'), contact('a', 'police', '2019-02-03T09:00'), contact('b', 'police', '2019-02-03T12:00')];
    const layout = layoutJourney({ contacts, agencies, lifeEvents: [], scale });
    const cards = layout.items.filter((i) => i.kind === 'contact');
    expect(cards.map((c) => [c.id, c.kind === 'contact' && c.row])).toEqual([['a', 0], ['b', 1], ['c', 2]]);
    for (const a of cards) for (const b of cards) if (a !== b) expect(overlaps(a, b)).toBe(false);
    expect(layout.lanes.find((l) => l.agencyId === 'police')?.rows).toBe(3);
  });

  it('turns a cell with more contacts than rows into one cluster that counts the missed opportunities', () => {
    const contacts = ['a', 'b', 'c', 'd', 'e'].map((id, i) => contact(id, 'police', '2019-02-03', i < 2));
    const layout = layoutJourney({ contacts, agencies, lifeEvents: [], scale });
    expect(layout.items).toHaveLength(1);
    const [cluster] = layout.items;
    expect(cluster).toMatchObject({ kind: 'cluster', count: 5, missedCount: 2 });
    expect([...layout.itemIdByContactId.values()]).toEqual(Array(5).fill(cluster.id));
  });

  it('puts life events on their own track, side by side when they share a cell', () => {
    const layout = layoutJourney({ contacts: [], agencies, lifeEvents: [{ id: 'x', day: toDayNumber('2019-02-03') }, { id: 'y', day: toDayNumber('2019-02-03') }], scale });
    const [x, y] = layout.items;
    expect(x.y + x.height).toBeLessThanOrEqual(layout.lanes[0].y);
    expect(overlaps(x, y)).toBe(false);
  });
});

describe('layout properties', () => {
  const contactArb = fc.record({
    agencyId: fc.constantFrom('police', 'housing', 'gp'),
    offset: fc.double({ min: 0, max: 3650, noNaN: true }),
    missed: fc.boolean(),
  });

  it('never overlaps items, shows every included contact exactly once, and culls like a brute-force filter', () => {
    fc.assert(
      fc.property(fc.array(contactArb, { maxLength: 300 }), fc.double({ min: 0.3, max: 170, noNaN: true }), fc.double({ min: -2000, max: 60000, noNaN: true }), (raw, pxPerDay, fromX) => {
        const s = { originDay: toDayNumber('2015-01-01'), pxPerDay };
        const contacts = raw.map((r, i) => ({ id: `c${i}`, agencyId: r.agencyId, startDay: s.originDay + r.offset, missedOpportunity: r.missed }));
        const layout = layoutJourney({ contacts, agencies, lifeEvents: [], scale: s });
        const included = contacts.filter((c) => c.agencyId !== 'gp').map((c) => c.id).sort();
        expect([...layout.itemIdByContactId.keys()].sort()).toEqual(included);
        const shownBy = new Map<string, number>();
        for (const item of layout.items) {
          const ids = item.kind === 'cluster' ? item.contactIds : item.kind === 'contact' ? [item.id] : [];
          for (const id of ids) shownBy.set(id, (shownBy.get(id) ?? 0) + 1);
        }
        expect([...shownBy.values()].every((n) => n === 1)).toBe(true);
        for (let i = 0; i < layout.items.length; i += 1)
          for (let j = i + 1; j < layout.items.length; j += 1) expect(overlaps(layout.items[i], layout.items[j])).toBe(false);
        const toX = fromX + 1200;
        const brute = layout.items.filter((item) => item.x + item.width >= fromX && item.x <= toX);
        expect(visibleItems(layout, fromX, toX)).toEqual(brute);
      }),
      { numRuns: 150 },
    );
  });
});
