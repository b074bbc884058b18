import { cellText } from '../../shared/contact-sheet/cell-values';
import {
  CONTACT_FIELDS,
  CONTACT_FIELD_LABELS,
  type ContactField,
} from '../../shared/contact-sheet/column-mapping';
import type { SheetPreview } from '../../shared/contact-sheet/sheet-source';
import type { SheetSetup } from '../../shared/contact-sheet/mapping-template';
import { columnLetter } from '../../shared/contact-sheet/sheet-grid';

interface SheetSetupPanelProps {
  sheets: SheetPreview[];
  sheetIndex: number;
  setup: SheetSetup;
  showMapping: boolean;
  onSheet: (index: number) => void;
  onHeaderRow: (row: number) => void;
  onSetup: (setup: SheetSetup) => void;
  onShowMapping: () => void;
}

const PREVIEW_ROWS = 6;

/** Choosing the sheet, its header row and what each column holds, with the sheet's top rows beside them. */
export function SheetSetupPanel({
  sheets,
  sheetIndex,
  setup,
  showMapping,
  onSheet,
  onHeaderRow,
  onSetup,
  onShowMapping,
}: SheetSetupPanelProps) {
  const sheet = sheets[sheetIndex];
  const columnCount = Math.max(
    0,
    ...sheet.rows.slice(0, setup.headerRow + PREVIEW_ROWS + 1).map((r) => r.length),
  );
  const sample = (column: number) =>
    sheet.rows
      .slice(setup.headerRow + 1, setup.headerRow + 4)
      .map((r) => cellText(r[column] ?? null))
      .filter((t) => t !== '')
      .join(' · ');
  const setField = (column: number, field: ContactField | null) =>
    onSetup({
      ...setup,
      columns: Array.from({ length: Math.max(columnCount, setup.columns.length) }, (_, i) =>
        i === column ? field : (setup.columns[i] ?? null),
      ),
    });

  return (
    <section className="import-section" aria-labelledby="sheet-heading">
      <h2 id="sheet-heading">Sheet and header row</h2>
      <div className="form-row">
        {sheets.length > 1 && (
          <label>
            Sheet
            <select value={sheetIndex} onChange={(e) => onSheet(Number(e.target.value))}>
              {sheets.map((s, i) => (
                <option key={s.name} value={i}>
                  {s.name} ({s.rowCount} rows)
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Header row
          <input
            type="number"
            min={1}
            max={Math.max(1, sheet.rows.length)}
            value={setup.headerRow + 1}
            onChange={(e) => onHeaderRow(Math.max(0, Number(e.target.value) - 1))}
          />
        </label>
        <p className="hint">
          {sheet.rowCount.toLocaleString('en-GB')} rows in “{sheet.name}”; the rows below the header are the
          contacts.
        </p>
      </div>
      <div className="sheet-preview" role="region" aria-label="Top of the sheet" tabIndex={0}>
        <table className="case-table">
          <tbody>
            {sheet.rows.slice(0, setup.headerRow + PREVIEW_ROWS).map((row, r) => (
              <tr
                key={r}
                className={r === setup.headerRow ? 'header-row' : r < setup.headerRow ? 'retired' : undefined}
              >
                <th scope="row">{r + 1}</th>
                {Array.from({ length: columnCount }, (_, c) => (
                  <td key={c}>{cellText(row[c] ?? null)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {setup.canonical && !showMapping ? (
        <p className="notice">
          The header row is the canonical contacts template’s, so no mapping is needed.{' '}
          <button type="button" className="link-button" onClick={onShowMapping}>
            Show the mapping
          </button>
        </p>
      ) : (
        <>
          <h2>Columns</h2>
          {setup.template !== null && (
            <p className="notice">Mapping from the saved template “{setup.template}”.</p>
          )}
          <table className="case-table mapping-table" aria-label="Column mapping">
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">Header</th>
                <th scope="col">First values</th>
                <th scope="col">Contact field</th>
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: columnCount }, (_, c) => (
                <tr key={c}>
                  <td>{columnLetter(c)}</td>
                  <th scope="row">{setup.headers[c] ?? ''}</th>
                  <td className="sample">{sample(c)}</td>
                  <td>
                    <select
                      aria-label={`Field for column ${columnLetter(c)} (${setup.headers[c] ?? ''})`}
                      value={setup.columns[c] ?? ''}
                      onChange={(e) =>
                        setField(c, e.target.value === '' ? null : (e.target.value as ContactField))
                      }
                    >
                      <option value="">Ignore</option>
                      {CONTACT_FIELDS.map((f) => (
                        <option key={f} value={f}>
                          {CONTACT_FIELD_LABELS[f]}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <label>
            Date order
            <select
              value={setup.dateOrder}
              onChange={(e) =>
                onSetup({
                  ...setup,
                  dateOrder: e.target.value === 'month first' ? 'month first' : 'day first',
                })
              }
            >
              <option value="day first">Day first (UK: 03/02/2019 is 3 February)</option>
              <option value="month first">Month first (US: 02/03/2019 is 3 February)</option>
            </select>
          </label>
        </>
      )}
    </section>
  );
}
