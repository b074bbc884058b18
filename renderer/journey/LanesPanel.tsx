import { useState, type FormEvent } from 'react';
import { addAgency, moveLane, updateAgency } from '../../shared/editing/journey-edits';
import { SECTORS, type Agency, type Sector } from '../../shared/model';
import { usePerform } from '../app/app-services';

/** Lane order and visibility, and new agencies: the swimlanes are the agencies. */
export function LanesPanel({ agencies, onClose }: { agencies: readonly Agency[]; onClose: () => void }) {
  const perform = usePerform();
  const [name, setName] = useState('');
  const [sector, setSector] = useState<Sector>('Other');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    await perform(addAgency(name.trim(), sector, agencies));
    setName('');
  };

  return (
    <section className="side-panel-section" aria-labelledby="lanes-heading">
      <div className="panel-heading">
        <h2 id="lanes-heading">Lanes</h2>
        <button type="button" onClick={onClose} aria-label="Close lanes">
          ×
        </button>
      </div>
      <ol className="lane-list">
        {agencies.map((a, index) => (
          <li key={a.id}>
            <span className="swatch" style={{ background: a.colour }} aria-hidden="true" />
            <label>
              <input type="checkbox" checked={!a.hidden} onChange={(e) => void perform(updateAgency(a, { hidden: !e.target.checked }))} /> {a.name}
            </label>
            <button type="button" aria-label={`Move ${a.name} up`} disabled={index === 0} onClick={() => void perform(moveLane(agencies, a.id, -1))}>
              ↑
            </button>
            <button type="button" aria-label={`Move ${a.name} down`} disabled={index === agencies.length - 1} onClick={() => void perform(moveLane(agencies, a.id, 1))}>
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
    </section>
  );
}
