import { bisector } from 'd3-array';
import { useMemo, type CSSProperties } from 'react';
import type { JourneyTotals } from '../../../shared/costing/journey-totals';
import { formatWholePounds } from '../../../shared/costing/money';
import { earliestDay } from '../../../shared/model';
import { dayToX, xToDay, type TimeScale } from '../../../shared/timeline';

interface CostLineProps {
  totals: JourneyTotals;
  scale: TimeScale;
  viewportX: number;
  width: number;
}

const HEIGHT = 56;
const PAD = 6;

/** Points and marks are in date order. */
const byDay = bisector((item: { day: number }) => item.day);

/** The running total on the last point at or before `day`. */
function cumulativeAt(points: JourneyTotals['cumulative'], day: number): number {
  const after = byDay.right(points, day);
  return after === 0 ? 0 : points[after - 1].cumulativePence;
}

const MARK_RADIUS = 6;

/**
 * The cumulative cost of the journey along the same time axis as the lanes, with each missed
 * opportunity marked where it happened: what the system went on spending after it.
 * The line and the marks are made once per journey in days from the first contact; a pan or a
 * zoom only changes the transform that maps days to the screen (the marks read the scale from a
 * style variable, so they keep their shape) and which marks are in view, never a path with a
 * point per contact.
 */
export function CostLine({ totals, scale, viewportX, width }: CostLineProps) {
  const y = (pence: number) => HEIGHT - PAD - (pence / Math.max(totals.totalPence, 1)) * (HEIGHT - 2 * PAD);
  const drawn = useMemo(() => {
    const lineY = (pence: number) =>
      HEIGHT - PAD - (pence / Math.max(totals.totalPence, 1)) * (HEIGHT - 2 * PAD);
    const points = totals.cumulative;
    const fromDay = points.length === 0 ? 0 : points[0].day;
    const parts: string[] = [];
    let previous = 0;
    for (let i = 0; i < points.length; i += 1) {
      // Contacts on the same day make one step, from the level before that day to the level after it.
      if (i + 1 < points.length && points[i + 1].day === points[i].day) continue;
      const x = points[i].day - fromDay;
      parts.push(
        `${parts.length === 0 ? 'M' : ' L'}${x},${lineY(previous)} L${x},${lineY(points[i].cumulativePence)}`,
      );
      previous = points[i].cumulativePence;
    }
    const marks = totals.missedOpportunities
      .map((m) => ({ m, day: earliestDay(m.date) }))
      .sort((a, b) => a.day - b.day)
      .map(({ m, day }) => {
        const style = {
          transform: `translate(calc(var(--px-per-day) * ${day - fromDay}px), ${lineY(cumulativeAt(points, day))}px)`,
        } as CSSProperties;
        return {
          day,
          element: (
            <g key={m.contactId} className="cost-line-missed" style={style}>
              <title>{`Missed opportunity (${m.category}): ${formatWholePounds(m.costAfterPence)} spent after it`}</title>
              <path
                d={`M0,-${MARK_RADIUS} L${MARK_RADIUS},0 L0,${MARK_RADIUS} L-${MARK_RADIUS},0 Z`}
                fill="#b3261e"
                stroke="#fff"
                strokeWidth={1}
              />
            </g>
          ),
        };
      });
    const lastDay = points.length === 0 ? null : points[points.length - 1].day;
    return { path: parts.join(''), fromDay, lastDay, lastPence: previous, marks };
  }, [totals]);
  const shift = viewportX + dayToX(scale, drawn.fromDay);
  // Only the marks in view are drawn: a zoom restyles every mark drawn, and a journey of 20,000
  // contacts has hundreds. They are the same elements from render to render, so React keeps them.
  const inView = drawn.marks.slice(
    byDay.left(drawn.marks, xToDay(scale, -viewportX - MARK_RADIUS)),
    byDay.left(drawn.marks, xToDay(scale, -viewportX + width + MARK_RADIUS)),
  );
  const tailFrom = drawn.lastDay === null ? null : viewportX + dayToX(scale, drawn.lastDay);
  return (
    <svg
      className="cost-line"
      width={width}
      height={HEIGHT}
      role="img"
      aria-label={`Cumulative cost rising to ${formatWholePounds(totals.totalPence)}`}
      data-testid="cost-line"
    >
      {/* Presentation attributes, not only CSS, so exported pictures draw the line the same way. */}
      <path
        d={drawn.path}
        transform={`translate(${shift},0) scale(${scale.pxPerDay},1)`}
        vectorEffect="non-scaling-stroke"
        className="cost-line-path"
        data-testid="cost-line-path"
        fill="none"
        stroke="#12324f"
        strokeWidth={2}
      />
      {/* The shift and the scale on two groups: each mark inherits the scale explicitly, so any
          change to its group's style restyles every mark, and a pan changes only the shift. */}
      <g transform={`translate(${shift},0)`}>
        <g style={{ '--px-per-day': scale.pxPerDay } as CSSProperties}>
          {inView.map((mark) => mark.element)}
        </g>
      </g>
      {tailFrom !== null && tailFrom < width && (
        <path
          d={`M${tailFrom},${y(drawn.lastPence)} L${width},${y(drawn.lastPence)}`}
          className="cost-line-path"
          fill="none"
          stroke="#12324f"
          strokeWidth={2}
        />
      )}
    </svg>
  );
}
