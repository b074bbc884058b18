import { describe, expect, it } from 'vitest';
import type { Link } from '../../../shared/model';
import { toDayNumber } from '../../../shared/model';
import { layoutJourney, prepareJourneyTracks, visibleItems } from '../../../shared/timeline';
import { itemsToRender, linkEnds, shareItems } from '../../../renderer/journey/timeline/flow-elements';
import { contact, police } from './street-contacts';

const link = (id: string, from: string, to: string): Link =>
  ({ id, caseId: 'case', fromContactId: from, toContactId: to, kind: 'referral', label: '' }) as Link;

/** Thirty contacts a day apart at 2 px a day: one row of cards holds a few, the rest are marks and "n contacts" spans. */
const contacts = Array.from({ length: 30 }, (_, i) =>
  contact(`c${i}`, new Date(Date.UTC(2019, 1, 1 + i)).toISOString().slice(0, 10)),
);

function picture(links: Link[]) {
  const tracks = prepareJourneyTracks({
    contacts: contacts.map((c) => ({
      id: c.id,
      agencyId: c.agencyId,
      startDay: toDayNumber(c.start),
      missedOpportunity: false,
      textWidth: 90,
      labelWidth: 60,
    })),
    agencies: [police],
    lifeEvents: [],
  });
  const layout = layoutJourney(
    tracks,
    { originDay: toDayNumber('2019-01-01'), pxPerDay: 2 },
    { dims: { maxRows: 1 } },
  );
  return itemsToRender(visibleItems(layout, -Infinity, Infinity), linkEnds(links, layout));
}

describe('which items React Flow draws and which the mark layer draws', () => {
  it('gives React Flow the cards only, and the mark layer every mark and span, when nothing is linked', () => {
    const { items, edges } = picture([]);
    const { flowItems, markItems } = shareItems(items, edges);
    expect(flowItems.length).toBeGreaterThan(0);
    expect(flowItems.every((item) => item.kind === 'contact')).toBe(true);
    expect(markItems.length).toBeGreaterThan(0);
    expect(markItems.every((item) => item.kind === 'mark' || item.kind === 'cluster')).toBe(true);
    expect(flowItems.length + markItems.length).toBe(items.length);
  });

  it('keeps a mark or span that ends a link with React Flow, so the link has a node at each end', () => {
    const { items: unlinked, edges: none } = picture([]);
    const card = shareItems(unlinked, none).flowItems[0];
    const last = contacts[contacts.length - 1].id;
    const { items, edges } = picture([link('l1', card.id, last)]);
    const { flowItems, markItems } = shareItems(items, edges);
    const target = edges[0].target;
    expect(target).not.toBe(card.id);
    expect(flowItems.some((item) => item.id === target)).toBe(true);
    expect(markItems.some((item) => item.id === target)).toBe(false);
    expect(flowItems.length + markItems.length).toBe(items.length);
  });
});
