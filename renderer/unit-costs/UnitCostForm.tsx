import { useState, type FormEvent } from 'react';
import type { UnitCostFields } from '../../shared/editing/unit-cost-edits';
import { COST_UNITS, PriceYear, UnitCost, type CostUnit } from '../../shared/model';
import { similarCostBearer } from '../../shared/costing/cost-bearers';
import { parsePoundsToPence, penceToPoundsText } from '../../shared/costing/money';

interface UnitCostFormProps {
  initial: UnitCost | null;
  /** The cost bearers the library already has, so a new spelling of one is caught before it splits its totals. */
  knownCostBearers: readonly string[];
  onSubmit: (fields: UnitCostFields) => Promise<void>;
  onCancel: () => void;
}

/** Every entry carries its source, price year and confidence: a cost nobody can trace is not trusted. */
export function UnitCostForm({ initial, knownCostBearers, onSubmit, onCancel }: UnitCostFormProps) {
  const [name, setName] = useState(initial?.name ?? '');
  const [costBearer, setCostBearer] = useState(initial?.costBearer ?? '');
  const [unit, setUnit] = useState<CostUnit>(initial?.unit ?? 'contact');
  const [amount, setAmount] = useState(initial ? penceToPoundsText(initial.amountPence) : '');
  const [priceYear, setPriceYear] = useState(initial?.priceYear ?? 'unknown');
  const [source, setSource] = useState(initial?.source ?? '');
  const [confidence, setConfidence] = useState(String(initial?.confidence ?? 3));
  const [notes, setNotes] = useState(initial?.notes ?? '');
  const [error, setError] = useState<string | null>(null);
  // The bearer the user chose to keep although the library has it under another spelling.
  const [keptBearer, setKeptBearer] = useState<string | null>(initial?.costBearer ?? null);
  const similar = costBearer === keptBearer ? null : similarCostBearer(costBearer.trim(), knownCostBearers);
  const [asking, setAsking] = useState<UnitCostFields | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const pence = parsePoundsToPence(amount);
    if (pence === null)
      return setError(`“${amount}” is not an amount in pounds and pence, such as 719 or 30.38.`);
    if (!PriceYear.safeParse(priceYear).success)
      return setError('Write the price year as a financial year such as 2019/20, or “unknown”.');
    const fields = {
      name,
      costBearer,
      unit,
      amountPence: pence,
      priceYear,
      source,
      confidence: Number(confidence),
      notes,
    };
    const checked = UnitCost.omit({ id: true, retired: true }).safeParse(fields);
    if (!checked.success)
      return setError(checked.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; '));
    setError(null);
    if (similar !== null) return setAsking(checked.data);
    await onSubmit(checked.data);
  };

  return (
    <form
      className="contact-form unit-cost-form"
      onSubmit={(e) => void submit(e)}
      aria-label={initial ? `Edit ${initial.name}` : 'New unit cost'}
    >
      <label>
        Name
        <input value={name} onChange={(e) => setName(e.target.value)} autoFocus />
      </label>
      <label>
        Cost borne by
        <input
          value={costBearer}
          onChange={(e) => setCostBearer(e.target.value)}
          placeholder="Police, NHS acute trust…"
        />
      </label>
      <div className="field-row">
        <label>
          Cost (£)
          <input value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" />
        </label>
        <label>
          Per
          <select value={unit} onChange={(e) => setUnit(e.target.value as CostUnit)}>
            {COST_UNITS.map((u) => (
              <option key={u}>{u}</option>
            ))}
          </select>
        </label>
      </div>
      <div className="field-row">
        <label>
          Price year
          <input
            value={priceYear}
            onChange={(e) => setPriceYear(e.target.value)}
            placeholder="2019/20 or unknown"
          />
        </label>
        <label>
          Confidence (1–5)
          <select value={confidence} onChange={(e) => setConfidence(e.target.value)}>
            {[1, 2, 3, 4, 5].map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
      </div>
      <label>
        Source
        <textarea rows={2} value={source} onChange={(e) => setSource(e.target.value)} />
      </label>
      <label>
        Notes
        <textarea rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {asking !== null && similar !== null && (
        <div role="alert" className="field-error">
          <p>
            “{asking.costBearer}” is written differently from “{similar}”, a cost bearer the library has:
            totals by cost bearer would show them apart.
          </p>
          <button
            type="button"
            onClick={() => {
              setCostBearer(similar);
              setAsking(null);
              void onSubmit({ ...asking, costBearer: similar });
            }}
          >
            Use “{similar}”
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setKeptBearer(costBearer);
              setAsking(null);
              void onSubmit(asking);
            }}
          >
            Keep “{asking.costBearer}” as a new cost bearer
          </button>
        </div>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary">
          {initial ? 'Save unit cost' : 'Add unit cost'}
        </button>
      </div>
    </form>
  );
}
