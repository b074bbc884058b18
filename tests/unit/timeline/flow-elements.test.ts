import { describe, expect, it } from 'vitest';
import type { Agency, Contact, Link } from '../../../shared/model';
import {
  layoutJourney,
  prepareJourneyTracks,
  visibleItems,
  type LayoutOptions,
  type TimeScale,
} from '../../../shared/timeline';
import {
  TimelineElements,
  itemsToRender,
  linkEnds,
  type JourneyIndex,
} from '../../../renderer/journey/timeline/flow-elements';
import { toDayNumber } from '../../../shared/model';

const police: Agency = {
  id: 'police',
  name: 'Police',
  sector: 'Police',
  colour: '#0072B2',
  laneOrder: 0,
  hidden: false,
} as Agency;

function contact(id: string, start: string, contactType = 'Arrest'): Contact {
  return {
    id,
    caseId: 'case',
    agencyId: 'police',
    contactType,
    start,
    end: null,
    quantity: null,
    outcome: '',
    description: '',
    missedOpportunity: null,
    unitCostId: null,
    costOverride: null,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
  } as Contact;
}

const contacts = [contact('a', '2019-02-01'), contact('b', '2019-03-01'), contact('c', '2019-04-01')];
const origin = toDayNumber('2019-01-01');

function setUp(list: Contact[]) {
  const tracks = prepareJourneyTracks({
    contacts: list.map((c) => ({
      id: c.id,
      agencyId: c.agencyId,
      startDay: toDayNumber(c.start),
      missedOpportunity: c.missedOpportunity !== null,
    })),
    agencies: [police],
    lifeEvents: [],
  });
  const index: JourneyIndex = {
    contactsById: new Map(list.map((c) => [c.id, c])),
    agenciesById: new Map([['police', police]]),
    lifeEventsById: new Map(),
  };
  const itemsAt = (scale: TimeScale, options?: LayoutOptions) =>
    visibleItems(layoutJourney(tracks, scale, options), -Infinity, Infinity);
  return { index, itemsAt };
}

describe('stable timeline elements', () => {
  const wide = { originDay: origin, pxPerDay: 10 };
  const wider = { originDay: origin, pxPerDay: 20 };

  it('hands React Flow the very same nodes when nothing changed, so a pan within a step reconciles nothing', () => {
    const { index, itemsAt } = setUp(contacts);
    const elements = new TimelineElements();
    const first = elements.nodesFor(itemsAt(wide), index, null, new Map());
    expect(elements.nodesFor(itemsAt(wide), index, null, new Map())).toBe(first);
  });

  it("keeps each card's data across a zoom step that moves it, with its date's place passed as a style variable", () => {
    const { index, itemsAt } = setUp(contacts);
    const elements = new TimelineElements();
    const before = elements.nodesFor(itemsAt(wide), index, null, new Map());
    const after = elements.nodesFor(itemsAt(wider), index, null, new Map());
    expect(after.map((n) => n.id)).toEqual(before.map((n) => n.id));
    for (let i = 0; i < after.length; i += 1) {
      expect(after[i].position).not.toEqual(before[i].position);
      expect(after[i].data).toBe(before[i].data);
    }
    // 01/02/2019 is 31 days after the origin, at 20 px a day.
    expect(after[0].style).toEqual({ '--card-x': '620px' });
  });

  it('gives a card new data when its contact, its suggestion or its selection changes, and leaves the others alone', () => {
    const { index, itemsAt } = setUp(contacts);
    const elements = new TimelineElements();
    const before = elements.nodesFor(itemsAt(wide), index, null, new Map());
    const edited = [contacts[0], contact('b', '2019-03-01', 'Custody'), contacts[2]];
    const next = setUp(edited);
    const after = elements.nodesFor(
      next.itemsAt(wide),
      next.index,
      'c',
      new Map([['a', 'No referral made']]),
    );
    expect(after[0].data).not.toBe(before[0].data);
    expect(after[0].data).toMatchObject({ suggested: 'No referral made' });
    expect(after[1].data).not.toBe(before[1].data);
    expect(after[1].ariaLabel).toMatch(/^Custody, Police, 01\/03\/2019/);
    expect(after[2].data).toBe(before[2].data);
    expect(after[2].selected).toBe(true);
    expect(after[2]).not.toBe(before[2]);
  });

  it('hands back the same edges while the links between the items shown are the same', () => {
    const { index, itemsAt } = setUp(contacts);
    const links = [
      { id: 'l1', caseId: 'case', fromContactId: 'a', toContactId: 'c', kind: 'referral', label: '' },
    ] as Link[];
    const tracks = prepareJourneyTracks({
      contacts: contacts.map((c) => ({
        id: c.id,
        agencyId: 'police',
        startDay: toDayNumber(c.start),
        missedOpportunity: false,
      })),
      agencies: [police],
      lifeEvents: [],
    });
    const elements = new TimelineElements();
    const shownAt = (scale: TimeScale) =>
      itemsToRender(itemsAt(scale), linkEnds(links, layoutJourney(tracks, scale)));
    const first = elements.edgesFor(shownAt(wide).edges);
    expect(first).toEqual([expect.objectContaining({ id: 'l1', source: 'a', target: 'c' })]);
    expect(elements.edgesFor(shownAt(wider).edges)).toBe(first);
    expect(elements.nodesFor(shownAt(wide).items, index, null, new Map())).toHaveLength(3);
  });

  it('draws the far end of a link that leaves the view, and the link to it', () => {
    const { itemsAt } = setUp(contacts);
    const tracks = prepareJourneyTracks({
      contacts: contacts.map((c) => ({
        id: c.id,
        agencyId: 'police',
        startDay: toDayNumber(c.start),
        missedOpportunity: false,
      })),
      agencies: [police],
      lifeEvents: [],
    });
    const links = [
      { id: 'l1', caseId: 'case', fromContactId: 'a', toContactId: 'c', kind: 'referral', label: '' },
    ] as Link[];
    const layout = layoutJourney(tracks, wide);
    const [first] = itemsAt(wide);
    const shown = itemsToRender(visibleItems(layout, first.x, first.x + 10), linkEnds(links, layout));
    expect(shown.items.map((i) => i.id)).toEqual(['a', 'c']);
    expect(shown.edges.map((e) => e.id)).toEqual(['l1']);
  });
});

describe('the order of nodes', () => {
  it('keeps the nodes that stay in their order and puts new ones after them, so React Flow never moves a card in the page', () => {
    // With no height for cards, four contacts in a week make one aggregate zoomed out and four marks zoomed in; the other two stay marks.
    const many = ['2019-01-10', '2019-01-12', '2019-01-14', '2019-01-16', '2019-06-01', '2019-09-01'].map(
      (d, i) => contact(`k${i}`, d),
    );
    const { index, itemsAt } = setUp(many);
    const elements = new TimelineElements();
    const before = elements.nodesFor(
      itemsAt({ originDay: origin, pxPerDay: 1 }, { availableHeight: 0 }),
      index,
      null,
      new Map(),
    );
    expect(before.map((n) => n.type)).toEqual(['cluster', 'contact', 'contact']);
    const after = elements.nodesFor(
      itemsAt({ originDay: origin, pxPerDay: 100 }, { availableHeight: 0 }),
      index,
      null,
      new Map(),
    );
    expect(after.map((n) => n.id)).toEqual(['k4', 'k5', 'k0', 'k1', 'k2', 'k3']);
  });
});
