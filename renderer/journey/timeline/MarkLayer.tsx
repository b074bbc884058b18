import { memo, useMemo, type CSSProperties, type MouseEvent } from 'react';
import { formatUkDate, fromDayNumber } from '../../../shared/model';
import type { TimelineItem } from '../../../shared/timeline';
import { aggregateName, contactName, dateXOf, lifeEventName, type JourneyIndex } from './flow-elements';
import { storedDate } from './timeline-nodes';

/**
 * One mark as plain values, so React keeps its element from one layout to the next unless
 * something it shows has changed (items themselves are made afresh for each view).
 */
interface MarkProps {
  markId: string;
  className: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** Where its date is laid out: the centre of a mark, the first day of an aggregate. */
  dateX: number;
  colour: string;
  name: string;
  title: string;
  contactId?: string;
  lifeEventId?: string;
  date: string;
  dateEnd?: string;
  count?: number;
  label?: string;
  spanPx?: number;
  countText?: string;
}

/**
 * The layer is LAYER_WIDTH px wide at rest, and each mark's date is placed as a share of that
 * width: a wheel zoom then carries every mark to where its date now is (x' = factor x + offset)
 * by changing the layer's width and left alone (see carryCards), with no mark restyled, and an
 * aggregate's span stretches with it. At rest the shares give back the laid-out x exactly.
 */
const LAYER_WIDTH = 10_000;
const share = (x: number) => `${(x / LAYER_WIDTH) * 100}%`;

const Mark = memo(function Mark(props: MarkProps) {
  const { markId, className, left, top, width, height, dateX, colour, name, title, contactId, lifeEventId, date, dateEnd, count, label, spanPx, countText } = props;
  const spans = count !== undefined;
  const style = { left: share(dateX), marginLeft: left - dateX, top, width: spans ? share(width) : width, height, '--mark-colour': colour } as CSSProperties;
  return (
    <div
      className={className}
      style={style}
      role="button"
      tabIndex={-1}
      aria-label={name}
      title={title}
      data-mark-id={markId}
      data-contact-id={contactId}
      data-life-event-id={lifeEventId}
      data-date={date}
      data-date-end={dateEnd}
      data-count={count}
    >
      {spanPx !== undefined && spanPx > 0 && <span className="interval-bar" style={{ width: spanPx }} aria-hidden="true" />}
      {label !== undefined && <span className={`mark-label${lifeEventId !== undefined ? ' life-event-label' : ''}`}>{label}</span>}
      {countText !== undefined && <span className="cluster-count" aria-hidden="true">{countText}</span>}
    </div>
  );
});

const dayLabel = (day: number) => formatUkDate(fromDayNumber(day));

function markProps(item: TimelineItem, index: JourneyIndex, selectedContactId: string | null, suggested: ReadonlyMap<string, string>): MarkProps | null {
  const box = { markId: item.id, left: item.x, top: item.y, width: item.width, height: item.height, dateX: dateXOf(item) };
  if (item.kind === 'mark') {
    const contact = index.contactsById.get(item.id);
    if (contact === undefined) return null;
    const agency = index.agenciesById.get(contact.agencyId);
    const missed = contact.missedOpportunity !== null;
    const suggestion = missed ? null : (suggested.get(contact.id) ?? null);
    const state = `${missed ? ' missed' : ''}${suggestion !== null ? ' suggested' : ''}${item.id === selectedContactId ? ' selected' : ''}`;
    const title = `${contact.contactType} — ${formatUkDate(contact.start)}${missed ? `\nMissed opportunity: ${contact.missedOpportunity?.category}` : ''}`;
    return {
      ...box, className: `contact-mark${state}`, colour: agency?.colour ?? '#777777', name: contactName(contact, agency?.name ?? '', suggestion), title,
      contactId: contact.id, date: contact.start, label: item.labelWidth > 0 ? contact.contactType : undefined, spanPx: item.spanPx,
    };
  }
  if (item.kind === 'life-event-mark') {
    const lifeEvent = index.lifeEventsById.get(item.id);
    if (lifeEvent === undefined) return null;
    const title = `${lifeEvent.kind}, ${formatUkDate(lifeEvent.date)}${lifeEvent.note ? `\n${lifeEvent.note}` : ''}`;
    return { ...box, className: 'life-event-mark', colour: '#6b5d1b', name: lifeEventName(lifeEvent), title, lifeEventId: lifeEvent.id, date: lifeEvent.date, label: item.labelWidth > 0 ? lifeEvent.kind : undefined };
  }
  if (item.kind === 'cluster' || item.kind === 'life-event-cluster') {
    const lifeEvents = item.kind === 'life-event-cluster';
    const agency = lifeEvents ? undefined : index.agenciesById.get(item.agencyId);
    const missedCount = lifeEvents ? 0 : item.missedCount;
    const aggregate = { count: item.count, missedCount, agencyName: lifeEvents ? 'life events' : (agency?.name ?? ''), firstDay: item.firstDay, lastDay: item.lastDay, lifeEvents };
    const range = `${dayLabel(item.firstDay)} to ${dayLabel(item.lastDay)}`;
    return {
      ...box,
      className: `cluster-node${missedCount > 0 ? ' has-missed' : ''}${lifeEvents ? ' life-events' : ''}`,
      colour: agency?.colour ?? '#9aa3ad',
      name: aggregateName(aggregate),
      title: `${item.count} ${lifeEvents ? 'life events' : 'contacts'}, ${range}${missedCount > 0 ? `, ${missedCount} missed opportunities` : ''}`,
      date: storedDate(item.firstDay),
      dateEnd: storedDate(item.lastDay),
      count: item.count,
      countText: `${missedCount > 0 ? '◆' : ''}${item.count}`,
    };
  }
  return null;
}

interface MarkLayerProps {
  items: TimelineItem[];
  index: JourneyIndex;
  selectedContactId: string | null;
  suggested: ReadonlyMap<string, string>;
  onSelectContact: (contactId: string) => void;
  onSelectLifeEvent: (lifeEventId: string) => void;
  /** An "n contacts" span was chosen: show its days. */
  onOpenSpan: (firstDay: number, lastDay: number) => void;
}

/**
 * The marks and "n contacts" spans in view, drawn as plain elements in one layer that moves with
 * the view (it sits in React Flow's viewport), outside React Flow's nodes: a zoomed-out journey
 * has hundreds of them, and as nodes each cost React Flow a wrapper, a size observer and its
 * store's attention on every change of the view. Each stays an element centred on its date (an
 * aggregate spanning its first to last date) with its date, id and accessible name.
 */
export const MarkLayer = memo(function MarkLayer({ items, index, selectedContactId, suggested, onSelectContact, onSelectLifeEvent, onOpenSpan }: MarkLayerProps) {
  const marks = useMemo(() => {
    const byId = new Map<string, TimelineItem>();
    const shown: MarkProps[] = [];
    for (const item of items) {
      const props = markProps(item, index, selectedContactId, suggested);
      if (props === null) continue;
      byId.set(item.id, item);
      shown.push(props);
    }
    return { byId, shown };
  }, [items, index, selectedContactId, suggested]);
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const element = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-mark-id]') : null;
    const item = element?.dataset.markId === undefined ? undefined : marks.byId.get(element.dataset.markId);
    if (item === undefined) return;
    if (item.kind === 'mark') onSelectContact(item.id);
    else if (item.kind === 'life-event-mark') onSelectLifeEvent(item.id);
    else if (item.kind === 'cluster' || item.kind === 'life-event-cluster') onOpenSpan(item.firstDay, item.lastDay);
  };
  return (
    <div className="mark-layer" onClick={onClick}>
      {marks.shown.map((props) => (
        <Mark key={props.markId} {...props} />
      ))}
    </div>
  );
});
