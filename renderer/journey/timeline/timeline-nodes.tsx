import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { formatUkDate } from '../../../shared/model';
import type { ClusterNodeData, ContactNodeData, LifeEventNodeData } from './flow-elements';
import { useLinkHandlesShown } from './link-handles';
import type { Node } from '@xyflow/react';

/**
 * Node faces. A missed opportunity carries a diamond marker, a heavy dashed outline and the
 * letters "MO", so it reads at a glance without relying on colour; a suggested one an open
 * diamond, "MO?" and a dotted outline, so nobody mistakes a suggestion for a finding.
 */
/**
 * A card's link dot. A live one is React Flow's Handle, which follows React Flow's store, so it is
 * drawn only where it can be used. Elsewhere an inert, invisible box of the same size and place
 * stands in: React Flow measures a card's handles from its DOM whenever the card's size changes,
 * and a card with none found draws none of its links.
 */
function LinkHandle({ type, position, live }: { type: 'source' | 'target'; position: Position; live: boolean }) {
  if (live) return <Handle type={type} position={position} className="link-handle" />;
  return <span className={`link-handle link-handle-resting link-handle-${position} ${type}`} data-handlepos={position} aria-hidden="true" />;
}

function ContactNodeFace({ id, data, selected }: NodeProps<Node<ContactNodeData, 'contact'>>) {
  const { contact, colour, dateLabel, suggested } = data;
  const missed = contact.missedOpportunity !== null;
  const handles = useLinkHandlesShown(id, selected);
  return (
    <div
      className={`contact-node${missed ? ' missed' : ''}${suggested && !missed ? ' suggested' : ''}${selected ? ' selected' : ''}`}
      style={{ borderLeftColor: colour, background: `${colour}1a` }}
      title={`${contact.contactType} — ${dateLabel}${missed ? `\nMissed opportunity: ${contact.missedOpportunity?.category}` : ''}`}
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
      <span className="contact-date">{dateLabel}</span>
      <LinkHandle type="source" position={Position.Right} live={handles} />
    </div>
  );
}

function ClusterNodeFace({ data }: NodeProps<Node<ClusterNodeData, 'cluster'>>) {
  return (
    <div className={`cluster-node${data.missedCount > 0 ? ' has-missed' : ''}`} style={{ borderLeftColor: data.colour, background: `${data.colour}33` }}>
      <span className="cluster-count">{data.count} contacts</span>
      {data.missedCount > 0 && <span className="mo-marker">◆ {data.missedCount} MO</span>}
    </div>
  );
}

function LifeEventNodeFace({ data }: NodeProps<Node<LifeEventNodeData, 'lifeEvent'>>) {
  return (
    <div className="life-event-node" title={data.lifeEvent.note}>
      <span aria-hidden="true">⚑</span> {data.lifeEvent.kind} <span className="contact-date">{formatUkDate(data.lifeEvent.date)}</span>
    </div>
  );
}

/**
 * React Flow hands every face its position, which changes with each zoom step; a face draws
 * nothing from it, so it re-renders only when what it shows changes (its data, selection, size).
 */
function sameFace(before: NodeProps, after: NodeProps): boolean {
  return before.data === after.data && before.selected === after.selected && before.width === after.width && before.height === after.height && before.isConnectable === after.isConnectable;
}

export const NODE_TYPES = {
  contact: memo(ContactNodeFace, sameFace),
  cluster: memo(ClusterNodeFace, sameFace),
  lifeEvent: memo(LifeEventNodeFace, sameFace),
};
