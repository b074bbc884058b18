import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { Agency, Contact, LifeEvent, Link } from '../../../shared/model';
import { formatUkDate } from '../../../shared/model';
import type { JourneyLayout, TimelineItem } from '../../../shared/timeline';

export interface ContactNodeData extends Record<string, unknown> {
  contact: Contact;
  agencyName: string;
  colour: string;
  dateLabel: string;
  exactOffset: number;
  /** The rules suggest this contact was a missed opportunity; not yet accepted or dismissed. */
  suggested: string | null;
}

export interface ClusterNodeData extends Record<string, unknown> {
  count: number;
  missedCount: number;
  colour: string;
  agencyName: string;
  firstDay: number;
  lastDay: number;
}

export interface LifeEventNodeData extends Record<string, unknown> {
  lifeEvent: LifeEvent;
}

export type TimelineNode = Node<ContactNodeData, 'contact'> | Node<ClusterNodeData, 'cluster'> | Node<LifeEventNodeData, 'lifeEvent'>;

export interface JourneyIndex {
  contactsById: Map<string, Contact>;
  agenciesById: Map<string, Agency>;
  lifeEventsById: Map<string, LifeEvent>;
}

/**
 * Turns layout items into React Flow nodes. React Flow only ever sees what is on screen (plus
 * the far ends of links that start on screen): the measured cost of a DOM node per contact.
 */
const HANDLE_SIZE = 8;

/**
 * Handles are declared, not measured: every node is rebuilt as the view pans, and React Flow
 * drops measured handle positions with each new node object, which made edges vanish at random.
 */
function cardHandles(item: TimelineItem): NodeHandle[] {
  const y = item.height / 2 - HANDLE_SIZE / 2;
  return [
    { type: 'target', position: Position.Left, x: -HANDLE_SIZE / 2, y, width: HANDLE_SIZE, height: HANDLE_SIZE, id: null },
    { type: 'source', position: Position.Right, x: item.width - HANDLE_SIZE / 2, y, width: HANDLE_SIZE, height: HANDLE_SIZE, id: null },
  ];
}

export function toFlowNodes(items: TimelineItem[], index: JourneyIndex, selectedContactId: string | null, suggested: ReadonlyMap<string, string> = new Map()): TimelineNode[] {
  const nodes: TimelineNode[] = [];
  for (const item of items) {
    const common = {
      position: { x: item.x, y: item.y },
      width: item.width,
      height: item.height,
      measured: { width: item.width, height: item.height },
      handles: cardHandles(item),
      draggable: false,
      connectable: item.kind === 'contact',
    };
    if (item.kind === 'contact') {
      const contact = index.contactsById.get(item.id);
      if (contact === undefined) continue;
      const agency = index.agenciesById.get(contact.agencyId);
      const dateLabel = formatUkDate(contact.start);
      const suggestion = suggested.get(contact.id) ?? null;
      const missed = contact.missedOpportunity ? `, missed opportunity: ${contact.missedOpportunity.category}` : suggestion ? `, suggested missed opportunity: ${suggestion}` : '';
      nodes.push({
        ...common,
        id: item.id,
        type: 'contact',
        selected: item.id === selectedContactId,
        ariaLabel: `${contact.contactType}, ${agency?.name ?? ''}, ${dateLabel}${missed}`,
        data: { contact, agencyName: agency?.name ?? '', colour: agency?.colour ?? '#777777', dateLabel, exactOffset: item.exactX - item.x, suggested: suggestion },
      });
    } else if (item.kind === 'cluster') {
      const agency = index.agenciesById.get(item.agencyId);
      nodes.push({
        ...common,
        id: item.id,
        type: 'cluster',
        selectable: true,
        ariaLabel: `${item.count} ${agency?.name ?? ''} contacts${item.missedCount > 0 ? `, ${item.missedCount} missed opportunities` : ''}; select to zoom in`,
        data: { count: item.count, missedCount: item.missedCount, colour: agency?.colour ?? '#777777', agencyName: agency?.name ?? '', firstDay: item.firstDay, lastDay: item.lastDay },
      });
    } else {
      const lifeEvent = index.lifeEventsById.get(item.id);
      if (lifeEvent === undefined) continue;
      nodes.push({ ...common, id: item.id, type: 'lifeEvent', ariaLabel: `Life event: ${lifeEvent.kind}, ${formatUkDate(lifeEvent.date)}`, data: { lifeEvent } });
    }
  }
  return nodes;
}

/** One edge per link whose two ends are shown by different items (a link inside a cluster is hidden). */
export function toFlowEdges(links: Link[], layout: JourneyLayout): Edge[] {
  const edges: Edge[] = [];
  for (const link of links) {
    const source = layout.itemIdByContactId.get(link.fromContactId);
    const target = layout.itemIdByContactId.get(link.toContactId);
    if (source === undefined || target === undefined || source === target) continue;
    edges.push({
      id: link.id,
      source,
      target,
      label: link.label ? `${link.kind}: ${link.label}` : link.kind,
      className: `link-edge link-${link.kind.replace(/\s+/g, '-')}`,
      ariaLabel: `${link.kind} link`,
      focusable: true,
    });
  }
  return edges;
}

/** Items to draw: those in view, and the far ends of edges leaving the view. */
export function itemsToRender(visible: TimelineItem[], edges: Edge[], allItems: Map<string, TimelineItem>): TimelineItem[] {
  const shown = new Set(visible.map((i) => i.id));
  const extra: TimelineItem[] = [];
  for (const edge of edges) {
    const hasSource = shown.has(edge.source);
    const hasTarget = shown.has(edge.target);
    if (hasSource === hasTarget) continue;
    const missing = allItems.get(hasSource ? edge.target : edge.source);
    if (missing && !shown.has(missing.id)) {
      shown.add(missing.id);
      extra.push(missing);
    }
  }
  return extra.length === 0 ? visible : [...visible, ...extra];
}
