import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';

/**
 * A link between two cards, its kind written at its middle. The label is an HTML box placed by a
 * transform: React Flow's own SVG label measures its text after every mount (a forced layout of
 * the whole page on each zoom step that brings a link back into view) and draws again once measured.
 */
function LinkEdgeLine({ label, markerEnd, style, ...ends }: EdgeProps) {
  const [path, labelX, labelY] = getBezierPath(ends);
  return (
    <>
      <BaseEdge path={path} markerEnd={markerEnd} style={style} />
      {label && (
        <EdgeLabelRenderer>
          <div className="link-label" style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}>
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const EDGE_TYPES = { link: memo(LinkEdgeLine) };
