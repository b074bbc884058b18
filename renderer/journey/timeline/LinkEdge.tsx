import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { createContext, memo, useContext, useMemo } from 'react';
import { placeLinkLabel, type Rect } from '../../../shared/timeline';

/** What a link's label must not cover (each item drawn, made once per view for every link), and how wide a label's text is. */
export interface LinkObstacles {
  rects: readonly Rect[];
  labelWidth: (text: string) => number;
}

export const LinkObstaclesContext = createContext<LinkObstacles>({
  rects: [],
  labelWidth: (text) => text.length * 6,
});

const LABEL_HEIGHT = 16;
const LABEL_PADDING = 10;

/**
 * A link between two cards, its kind written where it covers no card, mark or label (middle
 * first; see placeLinkLabel), or not written when nowhere along it is clear. The label is an HTML
 * box placed by a transform: React Flow's own SVG label measures its text after every mount.
 */
function LinkEdgeLine({ label, markerEnd, style, ...ends }: EdgeProps) {
  const [path] = getBezierPath(ends);
  const { rects, labelWidth } = useContext(LinkObstaclesContext);
  const text = typeof label === 'string' ? label : '';
  const { sourceX, sourceY, targetX, targetY } = ends;
  const place = useMemo(() => {
    if (text === '') return null;
    const size = { width: labelWidth(text) + LABEL_PADDING, height: LABEL_HEIGHT };
    return placeLinkLabel({ x: sourceX, y: sourceY }, { x: targetX, y: targetY }, size, rects);
  }, [text, labelWidth, sourceX, sourceY, targetX, targetY, rects]);
  return (
    <>
      <BaseEdge path={path} markerEnd={markerEnd} style={style} />
      {place !== null && (
        <EdgeLabelRenderer>
          <div
            className="link-label"
            style={{ transform: `translate(-50%, -50%) translate(${place.x}px, ${place.y}px)` }}
          >
            {text}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const EDGE_TYPES = { link: memo(LinkEdgeLine) };
