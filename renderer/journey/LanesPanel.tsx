import { useState, type FormEvent } from 'react';
import { addAgency, moveLane, showLaneInCase, updateAgency } from '../../shared/editing/journey-edits';
import { SECTORS, type Agency, type Case, type Sector } from '../../shared/model';
import { usePerform } from '../store/app-services';
import { SidePanel } from '../components/SidePanel';

interface LanesPanelProps {
  agencies: readonly Agency[];
  theCase: Case;
  /** Agencies this journey's contacts use: their lanes are always in it. */
  usedAgencyIds: ReadonlySet<string>;
  onClose: () => void;
}

/**
 * Lane order and visibility, and new agencies: the swimlanes are the agencies. A journey shows
 * the lanes its contacts use; any other agency is added to this journey alone.
 */
export function LanesPanel({ agencies, theCase, usedAgencyIds, onClose }: LanesPanelProps) {
  const perform = usePerform();
  const [name, setName] = useState('');
  const [sector, setSector] = useState<Sector>('Other');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    await perform(addAgency(name.trim(), sector, agencies, theCase));
    setName('');
  };

  return (
    <SidePanel title="Lanes" closeLabel="Close lanes" onClose={onClose}>
      <ol className="lane-list">
        {agencies.map((a, index) => (
          <li key={a.id}>
            <span className="swatch" style={{ background: a.colour }} aria-hidden="true" />
            <label>
              <input
                type="checkbox"
                checked={!a.hidden}
                onChange={(e) => void perform(updateAgency(a, { hidden: !e.target.checked }))}
              />{' '}
              {a.name}
            </label>
            {usedAgencyIds.has(a.id) ? (
              <span className="hint">in use</span>
            ) : (theCase.addedLaneIds ?? []).includes(a.id) ? (
              <button
                type="button"
                aria-label={`Remove ${a.name} from this journey`}
                onClick={() => void perform(showLaneInCase(theCase, a.id, false))}
              >
                Remove from this journey
              </button>
            ) : (
              <button
                type="button"
                aria-label={`Add ${a.name} to this journey`}
                onClick={() => void perform(showLaneInCase(theCase, a.id, true))}
              >
                Add to this journey
              </button>
            )}
            <button
              type="button"
              aria-label={`Move ${a.name} up`}
              disabled={index === 0}
              onClick={() => void perform(moveLane(agencies, a.id, -1))}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={`Move ${a.name} down`}
              disabled={index === agencies.length - 1}
              onClick={() => void perform(moveLane(agencies, a.id, 1))}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      <form className="add-agency-form" onSubmit={(e) => void submit(e)}>
        <h3>Add an agency</h3>
        <label>
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Sector
          <select value={sector} onChange={(e) => setSector(e.target.value as Sector)}>
            {SECTORS.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={name.trim() === ''}>
          Add agency
        </button>
      </form>
    </SidePanel>
  );
}
