import { formatUkDate } from '../../../shared/model';
import type { OutcomeLine as Line } from '../../../shared/outcomes/outcome-lines';
import { dayToX, type TimeScale } from '../../../shared/timeline';

interface OutcomeLineProps {
  lines: readonly Line[];
  scale: TimeScale;
  viewportX: number;
  width: number;
}

const HEIGHT = 48;
const PAD = 6;
/** Colour-blind-safe (Okabe-Ito) and told apart by their dash too, never by colour alone. */
const STYLES = [
  { stroke: '#D55E00', dash: undefined },
  { stroke: '#0072B2', dash: '6 3' },
  { stroke: '#009E73', dash: '2 3' },
  { stroke: '#CC79A7', dash: '8 3 2 3' },
];

const describe = (line: Line) =>
  `${line.name} (${line.min}-${line.max}, ${line.higherIsBetter ? 'higher is better' : 'lower is better'}): ${line.points.map((p) => `${p.total} on ${formatUkDate(p.date)}`).join(', ')}`;

/**
 * A lane under the cumulative cost: each outcome measure's scores at their dates on the same time
 * axis, each measure scaled to its own range (top of the lane is the top of the range), so a fall
 * in the chaos index can be read against what was being spent.
 */
export function OutcomeLineCells({ lines, scale, viewportX, width }: OutcomeLineProps) {
  const y = (fraction: number) => PAD + (1 - fraction) * (HEIGHT - 2 * PAD);
  const x = (day: number) => viewportX + dayToX(scale, day);
  return (
    <>
      <div className="cost-line-caption outcome-line-caption">
        Outcomes
        {lines.map((line, i) => (
          <span
            key={line.measureId}
            className="outcome-key"
            style={{ color: STYLES[i % STYLES.length].stroke }}
          >
            {line.name} {line.points[line.points.length - 1].total}
          </span>
        ))}
      </div>
      <div className="cost-line-cell">
        <svg
          className="outcome-line"
          width={width}
          height={HEIGHT}
          role="img"
          aria-label={`Outcome scores. ${lines.map(describe).join('. ')}`}
          data-testid="outcome-line"
        >
          {lines.map((line, i) => {
            const style = STYLES[i % STYLES.length];
            const path = line.points
              .map((p, j) => `${j === 0 ? 'M' : 'L'}${x(p.day)},${y(p.fraction)}`)
              .join(' ');
            return (
              <g key={line.measureId} data-testid={`outcome-line-${line.measureId}`}>
                <path
                  d={path}
                  fill="none"
                  stroke={style.stroke}
                  strokeWidth={2}
                  strokeDasharray={style.dash}
                />
                {line.points.map((p) => (
                  <circle
                    key={p.date}
                    cx={x(p.day)}
                    cy={y(p.fraction)}
                    r={4}
                    fill="#fff"
                    stroke={style.stroke}
                    strokeWidth={2}
                  >
                    <title>{`${line.name} ${p.total} on ${formatUkDate(p.date)}`}</title>
                  </circle>
                ))}
              </g>
            );
          })}
        </svg>
      </div>
    </>
  );
}
