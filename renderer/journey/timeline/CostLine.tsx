import { useMemo } from 'react';
import type { JourneyTotals } from '../../../shared/costing/journey-totals';
import { formatWholePounds } from '../../../shared/costing/money';
import { toDayNumber } from '../../../shared/model';
import { dayToX, type TimeScale } from '../../../shared/timeline';

interface CostLineProps {
  totals: JourneyTotals;
  scale: TimeScale;
  viewportX: number;
  width: number;
}

const HEIGHT = 56;
const PAD = 6;

/** The running total on the last point at or before `day` (the points are in date order). */
function cumulativeAt(points: JourneyTotals['cumulative'], day: number): number {
  let low = 0;
  let high = points.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (points[mid].day <= day) low = mid + 1;
    else high = mid;
  }
  return low === 0 ? 0 : points[low - 1].cumulativePence;
}

/**
 * The cumulative cost of the journey along the same time axis as the lanes, with each missed
 * opportunity marked where it happened: what the system went on spending after it.
 * The line is drawn in timeline coordinates and shifted as a whole, so panning never rebuilds a
 * path with a point per contact.
 */
export function CostLine({ totals, scale, viewportX, width }: CostLineProps) {
  const max = Math.max(totals.totalPence, 1);
  const y = (pence: number) => HEIGHT - PAD - (pence / max) * (HEIGHT - 2 * PAD);
  const drawn = useMemo(() => {
    const lineY = (pence: number) => HEIGHT - PAD - (pence / Math.max(totals.totalPence, 1)) * (HEIGHT - 2 * PAD);
    const parts: string[] = [];
    let previous = 0;
    for (const point of totals.cumulative) {
      const px = dayToX(scale, point.day);
      if (parts.length === 0) parts.push(`M${px - 1},${lineY(0)}`);
      parts.push(` L${px},${lineY(previous)} L${px},${lineY(point.cumulativePence)}`);
      previous = point.cumulativePence;
    }
    const lastX = totals.cumulative.length === 0 ? null : dayToX(scale, totals.cumulative[totals.cumulative.length - 1].day);
    const markers = totals.missedOpportunities.map((m) => {
      const day = toDayNumber(m.date);
      return { m, cx: dayToX(scale, day), cy: lineY(cumulativeAt(totals.cumulative, day)) };
    });
    return { path: parts.join(''), lastX, lastPence: previous, markers };
  }, [totals, scale]);
  const tailFrom = drawn.lastX === null ? null : drawn.lastX + viewportX;
  return (
    <svg className="cost-line" width={width} height={HEIGHT} role="img" aria-label={`Cumulative cost rising to ${formatWholePounds(totals.totalPence)}`} data-testid="cost-line">
      {/* Presentation attributes, not only CSS, so exported pictures draw the line the same way. */}
      <g transform={`translate(${viewportX},0)`}>
        <path d={drawn.path} className="cost-line-path" data-testid="cost-line-path" fill="none" stroke="#12324f" strokeWidth={2} />
        {drawn.markers.map(({ m, cx, cy }) => (
          <g key={m.contactId} className="cost-line-missed" transform={`translate(${cx},${cy})`}>
            <title>{`Missed opportunity (${m.category}): ${formatWholePounds(m.costAfterPence)} spent after it`}</title>
            <path d="M0,-6 L6,0 L0,6 L-6,0 Z" fill="#b3261e" stroke="#fff" strokeWidth={1} />
          </g>
        ))}
      </g>
      {tailFrom !== null && tailFrom < width && <path d={`M${tailFrom},${y(drawn.lastPence)} L${width},${y(drawn.lastPence)}`} className="cost-line-path" fill="none" stroke="#12324f" strokeWidth={2} />}
    </svg>
  );
}
