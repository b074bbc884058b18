import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { CSSProperties } from 'react';
import type { Agency, Contact, LifeEvent, Link } from '../../../shared/model';
import {
  formatDateAsWritten,
  formatUkDate,
  fromDayNumber,
  isExactDate,
  whatIsKnown,
} from '../../../shared/model';
import { itemOfContact, type JourneyLayout, type TimelineItem } from '../../../shared/timeline';

export interface ContactNodeData extends Record<string, unknown> {
  contact: Contact;
  agencyName: string;
  colour: string;
  dateLabel: string;
  /** The rules suggest this contact was a missed opportunity; not yet accepted or dismissed. */
  suggested: string | null;
  /** A card with its text, or a mark at its date (with its type written beside it if labelled). */
  form: 'card' | 'mark';
  labelled: boolean;
  /** How far right of its start an interval contact's dates reach, in px. */
  spanPx: number;
  /** How wide an approximate date's period is, in px (0 for an exact date): drawn as an uncertain band. */
  periodPx: number;
}

export interface ClusterNodeData extends Record<string, unknown> {
  count: number;
  missedCount: number;
  colour: string;
  /** The agency, or "life events" for an aggregate of life events. */
  agencyName: string;
  firstDay: number;
  lastDay: number;
  lifeEvents: boolean;
}

export interface LifeEventNodeData extends Record<string, unknown> {
  lifeEvent: LifeEvent;
  form: 'chip' | 'mark';
  labelled: boolean;
}

export type TimelineNode =
  Node<ContactNodeData, 'contact'> | Node<ClusterNodeData, 'cluster'> | Node<LifeEventNodeData, 'lifeEvent'>;

export interface JourneyIndex {
  contactsById: Map<string, Contact>;
  agenciesById: Map<string, Agency>;
  lifeEventsById: Map<string, LifeEvent>;
}

const HANDLE_SIZE = 8;

/**
 * Handles are declared, not measured: nodes come and go as the view pans, and React Flow drops
 * measured handle positions with each new node object, which made edges vanish at random.
 */
function cardHandles(item: TimelineItem): NodeHandle[] {
  const y = item.height / 2 - HANDLE_SIZE / 2;
  return [
    {
      type: 'target',
      position: Position.Left,
      x: -HANDLE_SIZE / 2,
      y,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
      id: null,
    },
    {
      type: 'source',
      position: Position.Right,
      x: item.width - HANDLE_SIZE / 2,
      y,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
      id: null,
    },
  ];
}

/** Where an item's date is laid out, for the card layer's transform while a wheel zoom is shown ahead of its layout. */
const CARD_X = '--card-x';

function sameContactData(a: ContactNodeData, b: ContactNodeData): boolean {
  return (
    a.contact === b.contact &&
    a.agencyName === b.agencyName &&
    a.colour === b.colour &&
    a.suggested === b.suggested &&
    a.form === b.form &&
    a.labelled === b.labelled &&
    a.spanPx === b.spanPx &&
    a.periodPx === b.periodPx
  );
}

function sameClusterData(a: ClusterNodeData, b: ClusterNodeData): boolean {
  return (
    a.count === b.count &&
    a.missedCount === b.missedCount &&
    a.colour === b.colour &&
    a.agencyName === b.agencyName &&
    a.firstDay === b.firstDay &&
    a.lastDay === b.lastDay &&
    a.lifeEvents === b.lifeEvents
  );
}

/** The x of the date an item is drawn at (an aggregate's first date). */
export function dateXOf(item: TimelineItem): number {
  return 'dateX' in item ? item.dateX : item.x;
}

function dayLabel(day: number): string {
  return formatUkDate(fromDayNumber(day));
}

/** The accessible names of what the timeline draws, the same whether React Flow or the mark layer draws it. */
export function contactName(contact: Contact, agencyName: string, suggested: string | null): string {
  const missed = contact.missedOpportunity
    ? `, missed opportunity: ${contact.missedOpportunity.category}`
    : suggested
      ? `, suggested missed opportunity: ${suggested}`
      : '';
  const approximate = isExactDate(contact.start) ? '' : ` (approximate: ${whatIsKnown(contact.start)})`;
  return `${contact.contactType}, ${agencyName}, ${formatDateAsWritten(contact.start)}${approximate}${missed}`;
}

export function aggregateName(
  aggregate: Pick<
    ClusterNodeData,
    'count' | 'missedCount' | 'agencyName' | 'firstDay' | 'lastDay' | 'lifeEvents'
  >,
): string {
  const missed = aggregate.missedCount > 0 ? `, ${aggregate.missedCount} missed opportunities` : '';
  const what = aggregate.lifeEvents ? 'life events' : `${aggregate.agencyName} contacts`;
  return `${aggregate.count} ${what} from ${dayLabel(aggregate.firstDay)} to ${dayLabel(aggregate.lastDay)}${missed}; select to zoom in`;
}

export function lifeEventName(lifeEvent: LifeEvent): string {
  return `Life event: ${lifeEvent.kind}, ${formatDateAsWritten(lifeEvent.date)}`;
}

/**
 * Turns the items in view into React Flow nodes and edges, handing back the very same node object
 * for an item that has not changed and the very same data object for a card whose contact has not
 * changed. React Flow then reuses its internal node for the first, and a zoom step that only
 * moves cards re-renders their wrappers, never their faces (see NODE_TYPES). An unchanged list of
 * edges is the same array, so React Flow is not told of new edges on every frame.
 */
export class TimelineElements {
  private previous = new Map<string, TimelineNode>();
  private previousNodes: TimelineNode[] = [];
  private previousEdges: Edge[] = [];

  edgesFor(edges: Edge[]): Edge[] {
    const before = new Map(this.previousEdges.map((e) => [e.id, e]));
    const next = edges.map((edge) => {
      const earlier = before.get(edge.id);
      return earlier !== undefined &&
        earlier.source === edge.source &&
        earlier.target === edge.target &&
        earlier.label === edge.label &&
        earlier.className === edge.className
        ? earlier
        : edge;
    });
    if (next.length !== this.previousEdges.length || next.some((edge, i) => edge !== this.previousEdges[i]))
      this.previousEdges = next;
    return this.previousEdges;
  }

  nodesFor(
    items: TimelineItem[],
    index: JourneyIndex,
    selectedContactId: string | null,
    suggested: ReadonlyMap<string, string>,
  ): TimelineNode[] {
    const next = new Map<string, TimelineNode>();
    for (const item of items) {
      const node = this.nodeFor(item, this.previous.get(item.id), index, selectedContactId, suggested);
      if (node !== null) next.set(node.id, node);
    }
    // Nodes that stay keep their order and new ones come after them: React Flow draws nodes in
    // this order, and a node that changed places among the others would be taken out of the page
    // and put back (restyled and laid out again) on every zoom step.
    const nodes: TimelineNode[] = [];
    for (const id of this.previous.keys()) {
      const node = next.get(id);
      if (node !== undefined) nodes.push(node);
    }
    for (const [id, node] of next) if (!this.previous.has(id)) nodes.push(node);
    const unchanged =
      nodes.length === this.previousNodes.length && nodes.every((node, i) => node === this.previousNodes[i]);
    this.previous = new Map(nodes.map((node) => [node.id, node]));
    if (!unchanged) this.previousNodes = nodes;
    return this.previousNodes;
  }

  private nodeFor(
    item: TimelineItem,
    previous: TimelineNode | undefined,
    index: JourneyIndex,
    selectedContactId: string | null,
    suggested: ReadonlyMap<string, string>,
  ): TimelineNode | null {
    const common = {
      id: item.id,
      style: { [CARD_X]: `${dateXOf(item)}px` } as CSSProperties,
      position: { x: item.x, y: item.y },
      width: item.width,
      height: item.height,
      measured: { width: item.width, height: item.height },
      handles: cardHandles(item),
      draggable: false,
      // Not focusable (the timeline is one Tab stop; see use-timeline-keyboard), still a named group for reading.
      ariaRole: 'group' as const,
      connectable: item.kind === 'contact' || item.kind === 'mark',
    };
    const samePlace =
      previous !== undefined &&
      previous.position.x === item.x &&
      previous.position.y === item.y &&
      previous.width === item.width &&
      previous.height === item.height;
    if (item.kind === 'contact' || item.kind === 'mark') {
      const contact = index.contactsById.get(item.id);
      if (contact === undefined) return null;
      const agency = index.agenciesById.get(contact.agencyId);
      const fresh: ContactNodeData = {
        contact,
        agencyName: agency?.name ?? '',
        colour: agency?.colour ?? '#777777',
        dateLabel: formatDateAsWritten(contact.start),
        suggested: suggested.get(contact.id) ?? null,
        form: item.kind === 'contact' ? 'card' : 'mark',
        labelled: item.kind === 'contact' || item.labelWidth > 0,
        spanPx: item.spanPx,
        periodPx: item.periodPx,
      };
      const earlier = previous?.type === 'contact' ? previous : undefined;
      const data = earlier !== undefined && sameContactData(earlier.data, fresh) ? earlier.data : fresh;
      const selected = item.id === selectedContactId;
      if (
        samePlace &&
        earlier !== undefined &&
        earlier.data === data &&
        earlier.selected === selected &&
        earlier.style?.[CARD_X as keyof CSSProperties] === common.style[CARD_X as keyof CSSProperties]
      )
        return earlier;
      return {
        ...common,
        type: 'contact',
        selected,
        ariaLabel: contactName(contact, data.agencyName, data.suggested),
        data,
      };
    }
    if (item.kind === 'cluster' || item.kind === 'life-event-cluster') {
      const lifeEvents = item.kind === 'life-event-cluster';
      const agency = lifeEvents ? undefined : index.agenciesById.get(item.agencyId);
      const fresh: ClusterNodeData = {
        count: item.count,
        missedCount: lifeEvents ? 0 : item.missedCount,
        colour: agency?.colour ?? '#9aa3ad',
        agencyName: lifeEvents ? 'life events' : (agency?.name ?? ''),
        firstDay: item.firstDay,
        lastDay: item.lastDay,
        lifeEvents,
      };
      const earlier = previous?.type === 'cluster' ? previous : undefined;
      if (earlier !== undefined && sameClusterData(earlier.data, fresh))
        return samePlace ? earlier : { ...earlier, ...common };
      return { ...common, type: 'cluster', selectable: true, ariaLabel: aggregateName(fresh), data: fresh };
    }
    const lifeEvent = index.lifeEventsById.get(item.id);
    if (lifeEvent === undefined) return null;
    const fresh: LifeEventNodeData = {
      lifeEvent,
      form: item.kind === 'life-event' ? 'chip' : 'mark',
      labelled: item.kind === 'life-event' || item.labelWidth > 0,
    };
    const earlier =
      previous?.type === 'lifeEvent' &&
      previous.data.lifeEvent === lifeEvent &&
      previous.data.form === fresh.form &&
      previous.data.labelled === fresh.labelled
        ? previous
        : undefined;
    if (earlier !== undefined && samePlace) return earlier;
    return {
      ...common,
      type: 'lifeEvent',
      ariaLabel: lifeEventName(lifeEvent),
      data: earlier?.data ?? fresh,
    };
  }
}

/** A link whose two ends are shown by different items at this scale (a link inside an aggregate is hidden). */
export interface LinkEnds {
  edge: Edge;
  source: TimelineItem;
  target: TimelineItem;
}

/**
 * A link's stroke is set on the line itself, not by a stylesheet: the exported picture copies an
 * SVG as it is, without the page's styles, and a line styled only by class came out with no stroke.
 */
export const LINK_COLOUR = '#6f7883';
const LINK_STYLE = { stroke: LINK_COLOUR, strokeWidth: 1.5 };
const NO_FOLLOW_UP_STYLE = { stroke: '#b3261e', strokeWidth: 1.5, strokeDasharray: '6 4' };

export function linkEnds(links: readonly Link[], layout: JourneyLayout): LinkEnds[] {
  const ends: LinkEnds[] = [];
  for (const link of links) {
    const source = itemOfContact(layout, link.fromContactId);
    const target = itemOfContact(layout, link.toContactId);
    if (source === null || target === null || source.id === target.id) continue;
    ends.push({
      source,
      target,
      edge: {
        id: link.id,
        type: 'link',
        source: source.id,
        target: target.id,
        label: link.label ? `${link.kind}: ${link.label}` : link.kind,
        className: `link-edge link-${link.kind.replace(/\s+/g, '-')}`,
        style: link.kind === 'no follow-up' ? NO_FOLLOW_UP_STYLE : LINK_STYLE,
        ariaLabel: `${link.label ? `${link.kind}: ${link.label}` : link.kind} link`,
      },
    });
  }
  return ends;
}

/** Items to draw (those in view, and the far ends of links leaving the view) and the links between them. */
export function itemsToRender(
  visible: TimelineItem[],
  links: LinkEnds[],
): { items: TimelineItem[]; edges: Edge[] } {
  const shown = new Set(visible.map((i) => i.id));
  const items = [...visible];
  const edges: Edge[] = [];
  for (const { edge, source, target } of links) {
    const hasSource = shown.has(source.id);
    const hasTarget = shown.has(target.id);
    if (!hasSource && !hasTarget) continue;
    const missing = hasSource ? target : source;
    if (!shown.has(missing.id)) {
      shown.add(missing.id);
      items.push(missing);
    }
    edges.push(edge);
  }
  return { items, edges };
}

/**
 * Which items React Flow draws and which the plain mark layer does. React Flow keeps the cards
 * (they carry link handles and take focus) and any mark or aggregate that ends a link drawn in
 * view, since a link joins two React Flow nodes; every other mark and "n contacts" span goes to
 * the mark layer, where it costs a plain element rather than a node of React Flow's.
 */
export function shareItems(
  items: TimelineItem[],
  edges: Edge[],
): { flowItems: TimelineItem[]; markItems: TimelineItem[] } {
  const linked = new Set<string>();
  for (const edge of edges) {
    linked.add(edge.source);
    linked.add(edge.target);
  }
  const flowItems: TimelineItem[] = [];
  const markItems: TimelineItem[] = [];
  for (const item of items) {
    if (item.kind === 'contact' || item.kind === 'life-event' || linked.has(item.id)) flowItems.push(item);
    else markItems.push(item);
  }
  return { flowItems, markItems };
}
