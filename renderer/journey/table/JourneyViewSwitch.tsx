export type JourneyView = 'timeline' | 'table';

/** Timeline or Table: the same journey drawn, or as text (WCAG's equivalent of a complex graphic). */
export function JourneyViewSwitch({
  view,
  onChange,
}: {
  view: JourneyView;
  onChange: (view: JourneyView) => void;
}) {
  return (
    <div className="view-switch" role="group" aria-label="Show the journey as">
      <button type="button" aria-pressed={view === 'timeline'} onClick={() => onChange('timeline')}>
        Timeline
      </button>
      <button type="button" aria-pressed={view === 'table'} onClick={() => onChange('table')}>
        Table
      </button>
    </div>
  );
}
