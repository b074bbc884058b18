import type { Agency } from '../../../shared/model';
import type { JourneyLayout } from '../../../shared/timeline';

/** The agency names stay in view while the lanes pan past them. */
export function LaneLabels({
  layout,
  agencies,
  viewportY,
}: {
  layout: JourneyLayout;
  agencies: Map<string, Agency>;
  viewportY: number;
}) {
  return (
    <div className="lane-labels" role="list" aria-label="Agencies (lanes)">
      <div
        className="lane-label life-events"
        role="listitem"
        style={{ top: layout.lifeEventTrack.y + viewportY, height: layout.lifeEventTrack.height }}
      >
        Life events
      </div>
      {layout.lanes.map((lane) => {
        const agency = agencies.get(lane.agencyId);
        return (
          <div
            key={lane.agencyId}
            className="lane-label"
            role="listitem"
            style={{ top: lane.y + viewportY, height: lane.height, borderLeftColor: agency?.colour }}
          >
            {agency?.name}
          </div>
        );
      })}
    </div>
  );
}
