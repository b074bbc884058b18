import { memo, useMemo, type CSSProperties, type MouseEvent } from 'react';
import {
  earliestDay,
  formatDateAsWritten,
  formatUkDate,
  fromDayNumber,
  isExactDate,
} from '../../../shared/model';
import { dayToX, type TimeScale, type TimelineItem } from '../../../shared/timeline';
import { aggregateName, contactName, dateXOf, lifeEventName, type JourneyIndex } from './flow-elements';
import { storedDate } from './timeline-nodes';

/**
 * One mark as plain values, so React keeps its element from one layout to the next unless
 * something it shows has changed (items themselves are made afresh for each view). Where it is
 * is in days, not px (see MarkLayer), so a new time scale changes none of them.
 */
interface MarkProps {
  markId: string;
  className: string;
  /** Its date (a mark's centre, an aggregate's first day) and last day, as shares of the layer's days. */
  dayShare: number;
  spanShare: number;
  /** px from its date to its left edge (a mark is centred on its date), its top, its size. */
  offsetX: number;
  top: number;
  width: number;
  height: number;
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
  /** An approximate date: its bar spans the whole period it may fall in, hatched. */
  approximate?: boolean;
  countText?: string;
}

const percent = (share: number) => `${share * 100}%`;

const Mark = memo(function Mark(props: MarkProps) {
  const {
    markId,
    className,
    dayShare,
    spanShare,
    offsetX,
    top,
    width,
    height,
    colour,
    name,
    title,
    contactId,
    lifeEventId,
    date,
    dateEnd,
    count,
    label,
    spanPx,
    approximate,
    countText,
  } = props;
  const spans = count !== undefined;
  const style = {
    left: percent(dayShare),
    marginLeft: offsetX,
    top,
    width: spans ? percent(spanShare) : width,
    height,
    '--mark-colour': colour,
  } as CSSProperties;
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
      {spanPx !== undefined && spanPx > 0 && (
        <span
          className={approximate ? 'interval-bar approximate-bar' : 'interval-bar'}
          style={{ width: spanPx }}
          aria-hidden="true"
        />
      )}
      {label !== undefined && (
        <span className={`mark-label${lifeEventId !== undefined ? ' life-event-label' : ''}`}>{label}</span>
      )}
      {countText !== undefined && (
        <span className="cluster-count" aria-hidden="true">
          {countText}
        </span>
      )}
    </div>
  );
});

/** The days the layer spans: its first day and how many. */
export interface LayerDays {
  firstDay: number;
  days: number;
}

const dayLabel = (day: number) => formatUkDate(fromDayNumber(day));

function markProps(
  item: TimelineItem,
  index: JourneyIndex,
  selectedContactId: string | null,
  suggested: ReadonlyMap<string, string>,
  layer: LayerDays,
): MarkProps | null {
  const place = (firstDay: number, lastDay: number) => ({
    markId: item.id,
    dayShare: (firstDay - layer.firstDay) / layer.days,
    spanShare: (lastDay - firstDay) / layer.days,
    offsetX: item.x - dateXOf(item),
    top: item.y,
    width: item.width,
    height: item.height,
  });
  if (item.kind === 'mark') {
    const contact = index.contactsById.get(item.id);
    if (contact === undefined) return null;
    const agency = index.agenciesById.get(contact.agencyId);
    const missed = contact.missedOpportunity !== null;
    const suggestion = missed ? null : (suggested.get(contact.id) ?? null);
    const state = `${missed ? ' missed' : ''}${suggestion !== null ? ' suggested' : ''}${item.id === selectedContactId ? ' selected' : ''}`;
    const title = `${contact.contactType} — ${formatDateAsWritten(contact.start)}${missed ? `\nMissed opportunity: ${contact.missedOpportunity?.category}` : ''}`;
    const day = earliestDay(contact.start);
    const approximate = !isExactDate(contact.start);
    return {
      ...place(day, day),
      className: `contact-mark${state}${approximate ? ' approximate' : ''}`,
      colour: agency?.colour ?? '#777777',
      name: contactName(contact, agency?.name ?? '', suggestion),
      title,
      contactId: contact.id,
      date: contact.start,
      label: item.labelWidth > 0 ? contact.contactType : undefined,
      spanPx: approximate ? item.periodPx : item.spanPx,
      approximate,
    };
  }
  if (item.kind === 'life-event-mark') {
    const lifeEvent = index.lifeEventsById.get(item.id);
    if (lifeEvent === undefined) return null;
    const title = `${lifeEvent.kind}, ${formatDateAsWritten(lifeEvent.date)}${lifeEvent.note ? `\n${lifeEvent.note}` : ''}`;
    const day = earliestDay(lifeEvent.date);
    return {
      ...place(day, day),
      className: 'life-event-mark',
      colour: '#6b5d1b',
      name: lifeEventName(lifeEvent),
      title,
      lifeEventId: lifeEvent.id,
      date: lifeEvent.date,
      label: item.labelWidth > 0 ? lifeEvent.kind : undefined,
    };
  }
  if (item.kind === 'cluster' || item.kind === 'life-event-cluster') {
    const lifeEvents = item.kind === 'life-event-cluster';
    const agency = lifeEvents ? undefined : index.agenciesById.get(item.agencyId);
    const missedCount = lifeEvents ? 0 : item.missedCount;
    const aggregate = {
      count: item.count,
      missedCount,
      agencyName: lifeEvents ? 'life events' : (agency?.name ?? ''),
      firstDay: item.firstDay,
      lastDay: item.lastDay,
      lifeEvents,
    };
    const range = `${dayLabel(item.firstDay)} to ${dayLabel(item.lastDay)}`;
    return {
      ...place(item.firstDay, item.lastDay),
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
  /** The scale shown now (ahead of the layout during a wheel zoom). */
  scale: TimeScale;
  /** The days the layer spans (the journey's): marks are placed as shares of them. */
  layer: LayerDays;
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
 *
 * The layer spans the journey's days at the scale shown and each mark's date is a share of its
 * width, so a zoom (a wheel gesture's every frame, or a new layout) moves every mark to its date
 * by the layer's left and width alone: no mark is restyled unless what it shows has changed.
 */
export const MarkLayer = memo(function MarkLayer({
  items,
  scale,
  layer,
  index,
  selectedContactId,
  suggested,
  onSelectContact,
  onSelectLifeEvent,
  onOpenSpan,
}: MarkLayerProps) {
  const marks = useMemo(() => {
    const byId = new Map<string, TimelineItem>();
    const shown: MarkProps[] = [];
    for (const item of items) {
      const props = markProps(item, index, selectedContactId, suggested, layer);
      if (props === null) continue;
      byId.set(item.id, item);
      shown.push(props);
    }
    return { byId, elements: shown.map((props) => <Mark key={props.markId} {...props} />) };
  }, [items, index, selectedContactId, suggested, layer]);
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const element =
      event.target instanceof Element ? event.target.closest<HTMLElement>('[data-mark-id]') : null;
    const item = element?.dataset.markId === undefined ? undefined : marks.byId.get(element.dataset.markId);
    if (item === undefined) return;
    if (item.kind === 'mark') onSelectContact(item.id);
    else if (item.kind === 'life-event-mark') onSelectLifeEvent(item.id);
    else if (item.kind === 'cluster' || item.kind === 'life-event-cluster')
      onOpenSpan(item.firstDay, item.lastDay);
  };
  return (
    <div
      className="mark-layer"
      style={{ left: dayToX(scale, layer.firstDay), width: layer.days * scale.pxPerDay }}
      onClick={onClick}
    >
      {marks.elements}
    </div>
  );
});
