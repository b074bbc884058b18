import { useMemo, useState } from 'react';
import {
  addUnitCost,
  deleteUnitCost,
  setUnitCostRetired,
  updateUnitCost,
} from '../../shared/editing/unit-cost-edits';
import { formatPence } from '../../shared/costing/money';
import { searchUnitCosts } from '../../shared/costing/unit-cost-library';
import type { UnitCost } from '../../shared/model';
import { usePerform } from '../store/app-services';
import { useUnitCostUsage, useUnitCosts } from '../store/journey-queries';
import { UnitCostForm } from './UnitCostForm';
import { DeflatorSeriesPanel } from './DeflatorSeriesPanel';
import { UnitCostLibraryFiles } from './UnitCostLibraryFiles';

/** The unit-cost library: every cost the journeys use, with who bears it, its year and its source. */
export function UnitCostLibraryScreen() {
  const perform = usePerform();
  const unitCosts = useUnitCosts();
  // From the per-case summaries, so the library opens at once over a city-wide store.
  const usage = useUnitCostUsage();
  const [query, setQuery] = useState('');
  const [showRetired, setShowRetired] = useState(false);
  const [editing, setEditing] = useState<UnitCost | 'new' | null>(null);

  const knownCostBearers = useMemo(
    () => [...new Set((unitCosts ?? []).map((u) => u.costBearer))],
    [unitCosts],
  );
  const shown = useMemo(
    () => searchUnitCosts(unitCosts ?? [], query).filter((u) => showRetired || !u.retired),
    [unitCosts, query, showRetired],
  );

  if (unitCosts === undefined || usage === undefined)
    return <p className="loading">Opening the unit-cost library…</p>;

  return (
    <section className="unit-cost-library" aria-labelledby="unit-costs-heading">
      <div className="screen-heading">
        <h1 id="unit-costs-heading">Unit costs</h1>
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          New unit cost
        </button>
        <UnitCostLibraryFiles unitCosts={unitCosts} />
      </div>
      <DeflatorSeriesPanel />
      <div className="library-filters">
        <label>
          Search
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="name, organisation or source"
          />
        </label>
        <label>
          <input type="checkbox" checked={showRetired} onChange={(e) => setShowRetired(e.target.checked)} />{' '}
          Show retired
        </label>
        <span className="hint">
          {shown.length} of {unitCosts.length} entries
        </span>
      </div>
      {editing !== null && (
        <div className="library-editor">
          <UnitCostForm
            key={editing === 'new' ? 'new' : editing.id}
            initial={editing === 'new' ? null : editing}
            knownCostBearers={knownCostBearers}
            onCancel={() => setEditing(null)}
            onSubmit={async (fields) => {
              await perform(editing === 'new' ? addUnitCost(fields) : updateUnitCost(editing, fields));
              setEditing(null);
            }}
          />
        </div>
      )}
      <table className="case-table unit-cost-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Cost borne by</th>
            <th scope="col">Cost</th>
            <th scope="col">Per</th>
            <th scope="col">Price year</th>
            <th scope="col">Confidence</th>
            <th scope="col">Source</th>
            <th scope="col">Used by</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((u) => {
            const used = usage.get(u.id) ?? 0;
            return (
              <tr key={u.id} className={u.retired ? 'retired' : undefined}>
                <th scope="row">
                  {u.name}
                  {u.retired && <span className="badge">retired</span>}
                </th>
                <td>
                  {u.costBearer}
                  {u.costBearerDetail && <span className="hint"> ({u.costBearerDetail})</span>}
                </td>
                <td className="number">{formatPence(u.amountPence)}</td>
                <td>{u.unit}</td>
                <td className={u.priceYear === 'unknown' ? 'warning' : undefined}>{u.priceYear}</td>
                <td className="number">{u.confidence}</td>
                <td className="source-cell">
                  {u.code && <span className="badge">{u.code}</span>}
                  {u.source}
                  {u.attribution && <span className="attribution">{u.attribution}</span>}
                </td>
                <td className="number">{used}</td>
                <td className="row-actions">
                  <button type="button" onClick={() => setEditing(u)} aria-label={`Edit ${u.name}`}>
                    Edit
                  </button>
                  <button
                    type="button"
                    onClick={() => void perform(setUnitCostRetired(u, !u.retired))}
                    aria-label={`${u.retired ? 'Restore' : 'Retire'} ${u.name}`}
                  >
                    {u.retired ? 'Restore' : 'Retire'}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    disabled={used > 0}
                    title={used > 0 ? `Used by ${used} contacts: retire it instead` : undefined}
                    onClick={() => void perform(deleteUnitCost(u))}
                    aria-label={`Delete ${u.name}`}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
