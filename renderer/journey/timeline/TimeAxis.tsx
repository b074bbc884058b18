import { axisTicks, financialYearBands, xToDay, type TimeScale } from '../../../shared/timeline';

interface TimeAxisProps {
  scale: TimeScale;
  viewportX: number;
  width: number;
}

/** Financial years above calendar ticks; both follow horizontal panning but never scroll away. */
export function TimeAxis({ scale, viewportX, width }: TimeAxisProps) {
  const fromX = -viewportX;
  const toX = fromX + width;
  const ticks = axisTicks(scale, fromX, toX);
  const bands = financialYearBands(scale, xToDay(scale, fromX), xToDay(scale, toX));
  return (
    <div className="time-axis" aria-hidden="true">
      <div className="fy-row">
        {bands.map((b, index) => {
          const left = b.x + viewportX;
          // Keep the label of a year that began off-screen at the left edge, inside its band.
          const labelOffset = Math.min(Math.max(0, -left), Math.max(0, b.width - 60));
          return (
            <div
              key={b.financialYear}
              className={`fy-label${index % 2 ? ' odd' : ''}`}
              style={{ left, width: b.width }}
            >
              <span style={{ marginLeft: labelOffset }}>{b.financialYear}</span>
            </div>
          );
        })}
      </div>
      <div className="tick-row">
        {ticks.minor.map((t) => (
          <span key={`m${t.day}`} className="tick minor" style={{ left: t.x + viewportX }} />
        ))}
        {ticks.major.map((t) => (
          <span key={`M${t.day}`} className="tick major" style={{ left: t.x + viewportX }}>
            <span className="tick-label">{t.label}</span>
          </span>
        ))}
      </div>
    </div>
  );
}
