import { useMemo, useState } from 'react';
import { formatPence } from '../../shared/costing/money';
import type { UnitCost } from '../../shared/model';
import {
  GMCA_FIGURE_LABELS,
  gmcaUnitCosts,
  type GmcaFigure,
} from '../../shared/unit-cost-import/gmca-unit-costs';
import {
  describeGmcaRowProblem,
  type GmcaCost,
  type GmcaRowProblem,
} from '../../shared/unit-cost-import/gmca-workbook';
import { libraryImportChangeSet, planLibraryImport } from '../../shared/unit-cost-import/library-import-plan';
import { usePerform } from '../store/app-services';

export interface OpenedGmcaWorkbook {
  fileName: string;
  costs: GmcaCost[];
  skipped: GmcaRowProblem[];
}

const FIGURES: GmcaFigure[] = ['own-price-year', 'uprated-2015-16'];

const costText = (u: UnitCost) => `${formatPence(u.amountPence)} per ${u.unit} (${u.priceYear})`;

/**
 * The preview of a GMCA workbook import: what will be added, updated (matched by cost code) or
 * left as it is, and every line that cannot be taken, before one undoable step writes it all.
 */
export function GmcaImportPanel({
  workbook,
  library,
  onDone,
}: {
  workbook: OpenedGmcaWorkbook;
  library: readonly UnitCost[];
  onDone: (message: string | null) => void;
}) {
  const perform = usePerform();
  const [figure, setFigure] = useState<GmcaFigure>('own-price-year');
  const converted = useMemo(() => gmcaUnitCosts(workbook.costs, figure), [workbook.costs, figure]);
  const plan = useMemo(() => planLibraryImport(library, converted.unitCosts), [library, converted]);
  const skipped = [...workbook.skipped, ...converted.skipped];
  const changes = plan.added.length + plan.updated.length;

  const apply = async () => {
    await perform(
      libraryImportChangeSet(plan, `import the GMCA unit cost database from ${workbook.fileName}`),
    );
    onDone(
      `Imported ${workbook.fileName}: added ${plan.added.length}, updated ${plan.updated.length}, ${plan.unchanged.length} unchanged, ${skipped.length} rows skipped. Undo takes the whole import back.`,
    );
  };

  return (
    <section className="gmca-import" aria-labelledby="gmca-import-heading">
      <h2 id="gmca-import-heading">Import the GMCA / New Economy Unit Cost Database</h2>
      <p className="hint">
        {workbook.fileName}: {workbook.costs.length} costs with a fiscal value. Each entry keeps its cost
        code, both levels of the agency bearing the cost, its source, RAG rating (R, A, G as confidence 2, 3,
        4) and comment, and the credit CC BY 4.0 asks for: GMCA / New Economy.
      </p>
      <fieldset>
        <legend>Cost to take</legend>
        {FIGURES.map((f) => (
          <label key={f}>
            <input
              type="radio"
              name="gmca-figure"
              value={f}
              checked={figure === f}
              onChange={() => setFigure(f)}
            />{' '}
            {GMCA_FIGURE_LABELS[f]}
          </label>
        ))}
      </fieldset>
      <p role="status" aria-label="Import preview">
        {plan.added.length} to add, {plan.updated.length} to update, {plan.unchanged.length} unchanged,{' '}
        {skipped.length} rows skipped
      </p>
      {plan.updated.length > 0 && (
        <details>
          <summary>To update ({plan.updated.length}), matched by cost code</summary>
          <ul>
            {plan.updated.map(({ before, after }) => (
              <li key={before.id}>
                {after.code} {before.name}: {costText(before)} → {costText(after)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {plan.added.length > 0 && (
        <details>
          <summary>To add ({plan.added.length})</summary>
          <ul>
            {plan.added.map((u) => (
              <li key={u.id}>
                {u.code} {u.name}: {costText(u)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {skipped.length > 0 && (
        <details>
          <summary>Rows skipped ({skipped.length})</summary>
          <ul aria-label="Rows skipped">
            {skipped.map((p) => (
              <li key={`${p.sheet}-${p.row}-${p.column}`}>{describeGmcaRowProblem(p)}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="form-actions">
        <button type="button" className="primary" disabled={changes === 0} onClick={() => void apply()}>
          {changes === 0 ? 'Nothing to import' : `Import ${changes} unit costs`}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </section>
  );
}
