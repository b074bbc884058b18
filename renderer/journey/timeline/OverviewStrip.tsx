import { useMemo, type MouseEvent } from 'react';
import { densityStrip } from '../../../shared/timeline';

interface OverviewStripProps {
  contactDays: number[];
  missedDays: number[];
  fromDay: number;
  toDay: number;
  viewFromDay: number;
  viewToDay: number;
  onJump: (day: number) => void;
}

const BUCKETS = 240;
const HEIGHT = 36;

/** The whole journey in one strip: where contact is dense, where the missed opportunities are, and where the view is. */
export function OverviewStrip({
  contactDays,
  missedDays,
  fromDay,
  toDay,
  viewFromDay,
  viewToDay,
  onJump,
}: OverviewStripProps) {
  const span = Math.max(toDay - fromDay, 1);
  // Drawn once per journey, not on every frame of a pan: only the view window moves.
  const bars = useMemo(() => {
    const strip = densityStrip(contactDays, missedDays, fromDay, toDay, BUCKETS);
    const max = Math.max(1, ...strip.counts);
    const days = Math.max(toDay - fromDay, 1);
    return (
      <>
        {strip.counts.map((count, i) =>
          count === 0 ? null : (
            <rect
              key={i}
              x={(i / BUCKETS) * 100}
              width={100 / BUCKETS}
              y={HEIGHT - (count / max) * (HEIGHT - 10)}
              height={(count / max) * (HEIGHT - 10)}
              className="density-bar"
            />
          ),
        )}
        {missedDays.map((day, i) => (
          <rect
            key={`mo${i}`}
            x={((day - fromDay) / days) * 100 - 0.15}
            width={0.3}
            y={0}
            height={8}
            className="overview-missed"
          />
        ))}
      </>
    );
  }, [contactDays, missedDays, fromDay, toDay]);
  const toPercent = (day: number) => ((day - fromDay) / span) * 100;
  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    onJump(fromDay + ((event.clientX - box.left) / box.width) * span);
  };
  const viewLeft = Math.max(0, toPercent(viewFromDay));
  const viewRight = Math.min(100, toPercent(viewToDay));
  return (
    <svg
      className="overview-strip"
      viewBox={`0 0 100 ${HEIGHT}`}
      preserveAspectRatio="none"
      onClick={onClick}
      role="img"
      aria-label="Overview of the whole journey; click to move there"
    >
      {bars}
      <rect
        x={viewLeft}
        width={Math.max(0.5, viewRight - viewLeft)}
        y={0}
        height={HEIGHT}
        className="overview-window"
      />
    </svg>
  );
}
