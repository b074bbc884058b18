import { useState, type FormEvent } from 'react';
import { describeProblem } from '../../shared/costing/scenario-sheet';
import { addMeasurement, deleteMeasurement, importMeasurements } from '../../shared/editing/outcome-edits';
import {
  datePart,
  formatUkDate,
  parseUkDateInput,
  type OutcomeMeasure,
  type OutcomeMeasurement,
} from '../../shared/model';
import { allMeasures } from '../../shared/outcomes/built-in-measures';
import { checkScores } from '../../shared/outcomes/measurement-check';
import { readOutcomeSheet } from '../../shared/outcomes/outcome-sheet';
import { useAppServices, usePerform } from '../store/app-services';
import { readCases } from '../store/case-repository';
import { OutcomeMeasureForm } from './OutcomeMeasureForm';

interface OutcomesPanelProps {
  caseId: string;
  measurements: readonly OutcomeMeasurement[];
  ownMeasures: readonly OutcomeMeasure[];
  onClose: () => void;
}

const SHEET_FILTER = [{ name: 'Outcome scores', extensions: ['xlsx', 'xls', 'ods', 'csv'] }];

/** A case's outcome scores over time: enter one (a total, or every area), import a sheet, or remove one. */
export function OutcomesPanel({ caseId, measurements, ownMeasures, onClose }: OutcomesPanelProps) {
  const { db, platform } = useAppServices();
  const perform = usePerform();
  const measures = allMeasures(ownMeasures);
  const [measureId, setMeasureId] = useState(measures[0].id);
  const [date, setDate] = useState('');
  const [total, setTotal] = useState('');
  const [areas, setAreas] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const measure = measures.find((m) => m.id === measureId) ?? measures[0];
  const nameOf = (id: string) => measures.find((m) => m.id === id)?.name ?? id;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseUkDateInput(date);
    if (!parsed.ok) return setErrors([`Date: ${parsed.reason}`]);
    const itemScores = Object.fromEntries(
      Object.entries(areas)
        .filter(([, v]) => v.trim() !== '')
        .map(([k, v]) => [k, Number(v)]),
    );
    const checked = checkScores(measure, { total: total.trim() === '' ? null : Number(total), itemScores });
    if (!checked.ok)
      return setErrors(checked.problems.map((p) => (p.item === null ? p.reason : `${p.item}: ${p.reason}`)));
    await perform(
      addMeasurement({
        caseId,
        measureId: measure.id,
        date: datePart(parsed.value),
        total: checked.total,
        itemScores: checked.itemScores,
        note: '',
      }),
    );
    setErrors([]);
    setStatus(`Added ${measure.name} ${checked.total} on ${formatUkDate(parsed.value)}.`);
    setDate('');
    setTotal('');
    setAreas({});
  };

  const importSheet = async () => {
    const file = await platform.openFile({
      title: 'Import outcome scores (Case, Date, Measure, Item, Score)',
      filters: SHEET_FILTER,
    });
    if (file === null) return;
    const read = readOutcomeSheet(file.bytes, file.name, await readCases(db), measures);
    if (!read.ok) {
      setStatus(null);
      return setErrors([`Nothing was imported from ${file.name}:`, ...read.problems.map(describeProblem)]);
    }
    await perform(importMeasurements(read.measurements, file.name));
    setErrors([]);
    setStatus(
      `Imported ${read.measurements.length} ${read.measurements.length === 1 ? 'score' : 'scores'} from ${file.name}.`,
    );
  };

  return (
    <section className="side-panel-section" aria-labelledby="outcomes-heading">
      <div className="panel-heading">
        <h2 id="outcomes-heading">Outcomes</h2>
        <button type="button" onClick={onClose} aria-label="Close outcomes">
          ×
        </button>
      </div>
      <table className="case-table" aria-label="Outcome scores">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Measure</th>
            <th scope="col">Score</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {measurements.map((m) => (
            <tr key={m.id}>
              <td>{formatUkDate(m.date)}</td>
              <td>{nameOf(m.measureId)}</td>
              <td
                className="number"
                title={
                  Object.entries(m.itemScores)
                    .map(([k, v]) => `${k}: ${v}`)
                    .join('\n') || undefined
                }
              >
                {m.total}
              </td>
              <td>
                <button
                  type="button"
                  className="danger"
                  onClick={() => void perform(deleteMeasurement(m))}
                  aria-label={`Delete ${nameOf(m.measureId)} score of ${formatUkDate(m.date)}`}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {measurements.length === 0 && <p className="hint">No scores yet.</p>}
      <form className="contact-form" onSubmit={(e) => void submit(e)} aria-label="Add an outcome score">
        <label>
          Measure
          <select
            value={measure.id}
            onChange={(e) => {
              setMeasureId(e.target.value);
              setAreas({});
            }}
          >
            {measures.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name} ({m.min}-{m.max})
              </option>
            ))}
          </select>
        </label>
        <p className="hint">
          {measure.higherIsBetter ? 'Higher is better.' : 'Higher is worse (more chaotic).'} {measure.source}
        </p>
        <label>
          Date (dd/mm/yyyy)
          <input value={date} onChange={(e) => setDate(e.target.value)} placeholder="dd/mm/yyyy" />
        </label>
        <label>
          Total
          <input
            inputMode="decimal"
            value={total}
            onChange={(e) => setTotal(e.target.value)}
            placeholder={measure.items.length > 0 ? 'or score every area below' : undefined}
          />
        </label>
        {measure.items.length > 0 && (
          <details>
            <summary>Area scores (optional)</summary>
            {measure.items.map((item) => (
              <label key={item.name}>
                {item.name} ({item.min}-{item.max}
                {item.step !== 1 ? `, steps of ${item.step}` : ''})
                <input
                  inputMode="decimal"
                  value={areas[item.name] ?? ''}
                  onChange={(e) => setAreas({ ...areas, [item.name]: e.target.value })}
                />
              </label>
            ))}
          </details>
        )}
        {errors.length > 0 && (
          <ul className="field-error" role="alert">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
        {status && (
          <p role="status" className="hint">
            {status}
          </p>
        )}
        <button type="submit" className="primary">
          Add score
        </button>
      </form>
      <button type="button" onClick={() => void importSheet()}>
        Import scores from a sheet…
      </button>
      <OutcomeMeasureForm />
    </section>
  );
}
