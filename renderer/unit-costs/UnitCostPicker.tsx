import { useId } from 'react';
import { formatPence } from '../../shared/costing/money';
import { unitCostCandidates } from '../../shared/costing/unit-cost-library';
import type { UnitCost } from '../../shared/model';

interface UnitCostPickerProps {
  /** The contact type as typed, or as a sheet holds it: the candidates are the entries it may mean. */
  typed: string;
  unitCosts: readonly UnitCost[];
  /** The chosen entry's id, or '' for none. */
  value: string;
  onChange: (unitCostId: string) => void;
  label: string;
  /** Where a row heading already names the contact type, the label is for screen readers only. */
  labelHidden?: boolean;
  noneLabel: string;
}

/** A few candidates are enough to tell the likely entries apart; the list holds them all. */
const CANDIDATES_SHOWN = 6;

function priceYearText(u: UnitCost): string {
  return u.priceYear === 'unknown' ? 'price year unknown' : `${u.priceYear} prices`;
}

/** Cost, unit, price year and source: what tells apart two entries of one name. */
function detailOf(u: UnitCost): string {
  return `${formatPence(u.amountPence)} per ${u.unit} · ${priceYearText(u)} · ${u.source}`;
}

/**
 * Chooses the library entry that prices a contact type. Until one is chosen, the entries the
 * typed name may mean stay listed with their cost, unit, price year and source, and nothing is
 * priced: a name is never taken for an entry it only resembles.
 */
export function UnitCostPicker({
  typed,
  unitCosts,
  value,
  onChange,
  label,
  labelHidden = false,
  noneLabel,
}: UnitCostPickerProps) {
  const id = useId();
  const chosen = unitCosts.find((u) => u.id === value);
  const candidates = unitCostCandidates(unitCosts, typed);
  const candidateIds = new Set(candidates.map((u) => u.id));
  const byBearer = new Map<string, UnitCost[]>();
  for (const u of unitCosts) {
    if ((u.retired && u.id !== value) || candidateIds.has(u.id)) continue;
    byBearer.set(u.costBearer, [...(byBearer.get(u.costBearer) ?? []), u]);
  }
  const option = (u: UnitCost) => (
    <option key={u.id} value={u.id}>
      {u.name} — {formatPence(u.amountPence)} per {u.unit} (
      {u.priceYear === 'unknown' ? 'year unknown' : u.priceYear})
    </option>
  );
  return (
    <div className="unit-cost-picker">
      <label htmlFor={`${id}-select`} className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select id={`${id}-select`} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{noneLabel}</option>
        {candidates.length > 0 && (
          <optgroup label={`Entries like “${typed.trim()}”`}>{candidates.map(option)}</optgroup>
        )}
        {[...byBearer]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([bearer, entries]) => (
            <optgroup key={bearer} label={bearer}>
              {entries.map(option)}
            </optgroup>
          ))}
      </select>
      {chosen !== undefined && (
        <p className="unit-cost-detail" data-unit-cost-id={chosen.id}>
          {detailOf(chosen)}
        </p>
      )}
      {chosen === undefined && candidates.length > 0 && (
        <div className="unit-cost-candidates" role="group" aria-labelledby={`${id}-candidates`}>
          <p id={`${id}-candidates`}>
            Not priced until you choose.{' '}
            {candidates.length === 1 ? 'One library entry' : `${candidates.length} library entries`} may be
            meant by “{typed.trim()}”:
          </p>
          <ul>
            {candidates.slice(0, CANDIDATES_SHOWN).map((u) => (
              <li key={u.id}>
                <button type="button" data-unit-cost-id={u.id} onClick={() => onChange(u.id)}>
                  <span className="candidate-name">{u.name}</span>
                  <span className="candidate-detail">{detailOf(u)}</span>
                </button>
              </li>
            ))}
          </ul>
          {candidates.length > CANDIDATES_SHOWN && (
            <p className="hint">{candidates.length - CANDIDATES_SHOWN} more in the list above.</p>
          )}
        </div>
      )}
    </div>
  );
}
