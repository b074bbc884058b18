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

/**
 * The cumulative cost of the journey along the same time axis as the lanes, with each missed
 * opportunity marked where it happened: what the system went on spending after it.
 */
export function CostLine({ totals, scale, viewportX, width }: CostLineProps) {
  const max = Math.max(totals.totalPence, 1);
  const y = (pence: number) => HEIGHT - PAD - (pence / max) * (HEIGHT - 2 * PAD);
  const x = (day: number) => dayToX(scale, day) + viewportX;
  let path = '';
  let previous = 0;
  for (const point of totals.cumulative) {
    const px = x(point.day);
    path += `${path === '' ? `M${x(point.day) - 1},${y(0)}` : ''} L${px},${y(previous)} L${px},${y(point.cumulativePence)}`;
    previous = point.cumulativePence;
  }
  if (path !== '') path += ` L${width},${y(previous)}`;
  const cumulativeAt = (day: number) => {
    let value = 0;
    for (const p of totals.cumulative) if (p.day <= day) value = p.cumulativePence;
    return value;
  };
  return (
    <svg className="cost-line" width={width} height={HEIGHT} role="img" aria-label={`Cumulative cost rising to ${formatWholePounds(totals.totalPence)}`} data-testid="cost-line">
      {/* Presentation attributes, not only CSS, so exported pictures draw the line the same way. */}
      <path d={path} className="cost-line-path" data-testid="cost-line-path" fill="none" stroke="#12324f" strokeWidth={2} />
      {totals.missedOpportunities.map((m) => {
        const day = toDayNumber(m.date);
        const cx = x(day);
        const cy = y(cumulativeAt(day));
        return (
          <g key={m.contactId} className="cost-line-missed" transform={`translate(${cx},${cy})`}>
            <title>{`Missed opportunity (${m.category}): ${formatWholePounds(m.costAfterPence)} spent after it`}</title>
            <path d="M0,-6 L6,0 L0,6 L-6,0 Z" fill="#b3261e" stroke="#fff" strokeWidth={1} />
          </g>
        );
      })}
    </svg>
  );
}
