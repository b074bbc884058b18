import { useState, type FormEvent } from 'react';
import { createCase } from '../../shared/editing/journey-edits';
import { usePerform } from '../store/app-services';

export function NewCaseForm({
  onCreated,
  onCancel,
}: {
  onCreated: (caseId: string) => void;
  onCancel: () => void;
}) {
  const perform = usePerform();
  const [pseudonym, setPseudonym] = useState('');
  const [lead, setLead] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pseudonym.trim() === '') {
      setError('Give the case a pseudonym: never the person’s real name.');
      return;
    }
    const changeSet = createCase({ pseudonym, designatedLead: lead });
    await perform(changeSet);
    onCreated(changeSet.changes[0].key);
  };

  return (
    <form className="new-case-form" onSubmit={(e) => void submit(e)} aria-label="New case">
      <label>
        Pseudonym
        <input
          autoFocus
          value={pseudonym}
          onChange={(e) => setPseudonym(e.target.value)}
          aria-invalid={error !== null}
        />
      </label>
      <label>
        Designated lead
        <input value={lead} onChange={(e) => setLead(e.target.value)} />
      </label>
      <button type="submit">Create case</button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
