import { useState, type FormEvent } from 'react';
import { addLifeEvent, deleteLifeEvent, updateLifeEvent } from '../../shared/editing/journey-edits';
import {
  LIFE_EVENT_KINDS,
  type LifeEvent,
  formatDateAsWritten,
  parseApproximateDayInput,
} from '../../shared/model';
import { usePerform } from '../store/app-services';
import { SidePanel } from '../components/SidePanel';

interface LifeEventPanelProps {
  caseId: string;
  lifeEvent: LifeEvent | null;
  onClose: () => void;
}

/** Adds or edits a life event: context on its own track, never costed. */
export function LifeEventPanel({ caseId, lifeEvent, onClose }: LifeEventPanelProps) {
  const perform = usePerform();
  const [date, setDate] = useState(lifeEvent ? formatDateAsWritten(lifeEvent.date) : '');
  const [kind, setKind] = useState(lifeEvent?.kind ?? '');
  const [note, setNote] = useState(lifeEvent?.note ?? '');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseApproximateDayInput(date);
    if (!parsed.ok) return setError(parsed.reason);
    if (kind.trim() === '') return setError('Say what happened, such as “left home”.');
    const fields = { date: parsed.value, kind: kind.trim(), note: note.trim() };
    await perform(lifeEvent ? updateLifeEvent(lifeEvent, fields) : addLifeEvent({ caseId, ...fields }));
    onClose();
  };

  return (
    <SidePanel
      title={lifeEvent ? 'Life event' : 'Add life event'}
      closeLabel="Close life event"
      onClose={onClose}
    >
      <form className="contact-form" onSubmit={(e) => void submit(e)}>
        <label>
          Date (dd/mm/yyyy) or as the record gives it
          <input
            autoFocus
            value={date}
            onChange={(e) => setDate(e.target.value)}
            placeholder="dd/mm/yyyy, Oct 2018, 2017"
          />
        </label>
        <label>
          What happened
          <input value={kind} onChange={(e) => setKind(e.target.value)} list="life-event-kinds" />
        </label>
        <datalist id="life-event-kinds">
          {LIFE_EVENT_KINDS.map((k) => (
            <option key={k} value={k} />
          ))}
        </datalist>
        <label>
          Note
          <textarea rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary">
          {lifeEvent ? 'Save life event' : 'Add life event'}
        </button>
        {lifeEvent && (
          <button
            type="button"
            className="danger"
            onClick={async () => {
              await perform(deleteLifeEvent(lifeEvent));
              onClose();
            }}
          >
            Delete life event
          </button>
        )}
      </form>
    </SidePanel>
  );
}
