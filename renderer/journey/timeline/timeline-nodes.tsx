import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { formatDateAsWritten, formatUkDate, fromDayNumber, whatIsKnown } from '../../../shared/model';
import type { ClusterNodeData, ContactNodeData, LifeEventNodeData } from './flow-elements';
import { useLinkHandlesShown } from './link-handles';
import type { Node } from '@xyflow/react';

/**
 * Node faces. A missed opportunity carries a diamond (on a card with the letters "MO" and a heavy
 * dashed outline), so it reads at a glance without relying on colour; a suggested one an open
 * diamond, "MO?" and a dotted outline, so nobody mistakes a suggestion for a finding.
 *
 * Every face carries its date where it is drawn: `data-date` on an element centred on x(date)
 * (a card's date mark on its left edge, a mark itself), and an aggregate's element spans its
 * first to its last date. Tests and assistive technology read positions from these.
 */

/**
 * A card's link dot. A live one is React Flow's Handle, which follows React Flow's store, so it is
 * drawn only where it can be used. Elsewhere an inert, invisible box of the same size and place
 * stands in: React Flow measures a card's handles from its DOM whenever the card's size changes,
 * and a card with none found draws none of its links.
 */
function LinkHandle({
  type,
  position,
  live,
}: {
  type: 'source' | 'target';
  position: Position;
  live: boolean;
}) {
  if (live) return <Handle type={type} position={position} className="link-handle" />;
  return (
    <span
      className={`link-handle link-handle-resting link-handle-${position} ${type}`}
      data-handlepos={position}
      aria-hidden="true"
    />
  );
}

/** A day number as stored: a date, with the time when it has one. */
export function storedDate(day: number): string {
  return fromDayNumber(day, !Number.isInteger(day));
}

function ContactNodeFace({ id, data, selected }: NodeProps<Node<ContactNodeData, 'contact'>>) {
  const { contact, colour, dateLabel, suggested, form, labelled, spanPx, periodPx } = data;
  const missed = contact.missedOpportunity !== null;
  const handles = useLinkHandlesShown(id, selected);
  // An approximate date is drawn across its whole period as a hatched band with faded ends and a
  // "~" before its date, so it reads as uncertain without relying on colour.
  const approximate = periodPx > 0;
  const known = approximate ? `\n${whatIsKnown(contact.start)}` : '';
  const title = `${contact.contactType} — ${dateLabel}${known}${missed ? `\nMissed opportunity: ${contact.missedOpportunity?.category}` : ''}`;
  const state = `${missed ? ' missed' : ''}${suggested && !missed ? ' suggested' : ''}${selected ? ' selected' : ''}${approximate ? ' approximate' : ''}`;
  if (form === 'mark') {
    return (
      <div
        className={`contact-mark${state}`}
        style={{ '--mark-colour': colour } as CSSProperties}
        title={title}
        data-contact-id={contact.id}
        data-date={contact.start}
      >
        <LinkHandle type="target" position={Position.Left} live={handles} />
        {spanPx > 0 && (
          <span
            className={approximate ? 'interval-bar approximate-bar' : 'interval-bar'}
            style={{ width: spanPx }}
            aria-hidden="true"
          />
        )}
        {labelled && <span className="mark-label">{contact.contactType}</span>}
        <LinkHandle type="source" position={Position.Right} live={handles} />
      </div>
    );
  }
  return (
    <>
      <div
        className={`contact-node${state}`}
        style={{ borderLeftColor: colour, background: `${colour}1a` }}
        title={title}
      >
        <LinkHandle type="target" position={Position.Left} live={handles} />
        <span className="contact-type">
          {missed && (
            <span className="mo-marker" aria-hidden="true">
              ◆ MO
            </span>
          )}
          {suggested && !missed && (
            <span className="suggested-marker" aria-hidden="true">
              ◇ MO?
            </span>
          )}
          {contact.contactType}
        </span>
        <span className="contact-date">
          {approximate && (
            <span className="approximate-marker" aria-hidden="true">
              ~{' '}
            </span>
          )}
          {dateLabel}
        </span>
        <LinkHandle type="source" position={Position.Right} live={handles} />
      </div>
      <span className="date-mark" data-contact-id={contact.id} data-date={contact.start} aria-hidden="true" />
    </>
  );
}

function ClusterNodeFace({ data }: NodeProps<Node<ClusterNodeData, 'cluster'>>) {
  const range = `${formatUkDate(fromDayNumber(data.firstDay))} to ${formatUkDate(fromDayNumber(data.lastDay))}`;
  return (
    <div
      className={`cluster-node${data.missedCount > 0 ? ' has-missed' : ''}${data.lifeEvents ? ' life-events' : ''}`}
      style={{ '--mark-colour': data.colour } as CSSProperties}
      title={`${data.count} ${data.lifeEvents ? 'life events' : 'contacts'}, ${range}${data.missedCount > 0 ? `, ${data.missedCount} missed opportunities` : ''}`}
      data-date={storedDate(data.firstDay)}
      data-date-end={storedDate(data.lastDay)}
      data-count={data.count}
    >
      <span className="cluster-count">
        {data.missedCount > 0 && <span aria-hidden="true">◆</span>}
        {data.count}
      </span>
    </div>
  );
}

function LifeEventNodeFace({ data }: NodeProps<Node<LifeEventNodeData, 'lifeEvent'>>) {
  const { lifeEvent, form, labelled } = data;
  const date = formatDateAsWritten(lifeEvent.date);
  const title = `${lifeEvent.kind}, ${date}${lifeEvent.note ? `\n${lifeEvent.note}` : ''}`;
  if (form === 'mark') {
    return (
      <div
        className="life-event-mark"
        title={title}
        data-life-event-id={lifeEvent.id}
        data-date={lifeEvent.date}
      >
        {labelled && <span className="mark-label life-event-label">{lifeEvent.kind}</span>}
      </div>
    );
  }
  return (
    <>
      <div className="life-event-node life-event-label" title={title}>
        <span aria-hidden="true">⚑</span> {lifeEvent.kind} <span className="contact-date">{date}</span>
      </div>
      <span
        className="date-mark"
        data-life-event-id={lifeEvent.id}
        data-date={lifeEvent.date}
        aria-hidden="true"
      />
    </>
  );
}

/**
 * React Flow hands every face its position, which changes with each zoom step; a face draws
 * nothing from it, so it re-renders only when what it shows changes (its data, selection, size).
 */
function sameFace(before: NodeProps, after: NodeProps): boolean {
  return (
    before.data === after.data &&
    before.selected === after.selected &&
    before.width === after.width &&
    before.height === after.height &&
    before.isConnectable === after.isConnectable
  );
}

export const NODE_TYPES = {
  contact: memo(ContactNodeFace, sameFace),
  cluster: memo(ClusterNodeFace, sameFace),
  lifeEvent: memo(LifeEventNodeFace, sameFace),
};
