import { useState, type FormEvent } from 'react';
import { addOutcomeMeasure } from '../../shared/editing/outcome-edits';
import { OutcomeMeasure } from '../../shared/model';
import { usePerform } from '../store/app-services';

/** The analyst's own measure: a name and a range, with which way is better. */
export function OutcomeMeasureForm() {
  const perform = usePerform();
  const [name, setName] = useState('');
  const [min, setMin] = useState('0');
  const [max, setMax] = useState('10');
  const [higherIsBetter, setHigherIsBetter] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      name,
      min: Number(min),
      max: Number(max),
      higherIsBetter,
      items: [],
      source: 'Defined by the analyst',
    };
    const parsed = OutcomeMeasure.safeParse({ ...fields, id: 'new' });
    if (!parsed.success)
      return setError(
        parsed.error.issues.map((i) => `${i.path.join('.') || 'measure'}: ${i.message}`).join('; '),
      );
    await perform(addOutcomeMeasure(fields));
    setError(null);
    setName('');
  };

  return (
    <details>
      <summary>Your own measure…</summary>
      <form className="contact-form" onSubmit={(e) => void submit(e)} aria-label="Add your own measure">
        <label>
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Lowest score
          <input inputMode="decimal" value={min} onChange={(e) => setMin(e.target.value)} />
        </label>
        <label>
          Highest score
          <input inputMode="decimal" value={max} onChange={(e) => setMax(e.target.value)} />
        </label>
        <label>
          <input
            type="checkbox"
            checked={higherIsBetter}
            onChange={(e) => setHigherIsBetter(e.target.checked)}
          />{' '}
          Higher is better
        </label>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit">Add measure</button>
      </form>
    </details>
  );
}
