import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef, useState } from 'react';
import { formatPence } from '../../shared/costing/money';
import { formatDateAsWritten } from '../../shared/model';
import type { CaseSummaryRow as CohortRow } from '../../shared/cohort/table/case-summary-row';

type SortKey =
  | 'pseudonym'
  | 'designatedLead'
  | 'status'
  | 'riskGrade'
  | 'firstContact'
  | 'lastContact'
  | 'contacts'
  | 'agencies'
  | 'totalPence'
  | 'missedOpportunities'
  | 'costAfterFirstMissedPence';

const COLUMNS: Array<{ key: SortKey; label: string; numeric?: boolean }> = [
  { key: 'pseudonym', label: 'Pseudonym' },
  { key: 'designatedLead', label: 'Designated lead' },
  { key: 'status', label: 'Status' },
  { key: 'riskGrade', label: 'Risk grade' },
  { key: 'firstContact', label: 'First contact' },
  { key: 'lastContact', label: 'Last contact' },
  { key: 'contacts', label: 'Contacts', numeric: true },
  { key: 'agencies', label: 'Agencies', numeric: true },
  { key: 'totalPence', label: 'Total cost', numeric: true },
  { key: 'missedOpportunities', label: 'Missed opportunities', numeric: true },
  { key: 'costAfterFirstMissedPence', label: 'Cost after the first', numeric: true },
];

function cell(row: CohortRow, key: SortKey): string {
  const value = row[key];
  if (value === null || value === undefined) return '';
  if (key === 'totalPence' || key === 'costAfterFirstMissedPence') return formatPence(value as number);
  if (key === 'firstContact' || key === 'lastContact') return formatDateAsWritten(value as string);
  return String(value);
}

interface CohortTableProps {
  rows: CohortRow[];
  selected: Set<string>;
  onSelect: (ids: Set<string>) => void;
  onOpen: (caseId: string) => void;
}

/** Rows drawn beyond the visible ones on each side, so a quick scroll never shows a gap. */
const OVERSCAN = 10;
/** A row's height before it is measured (one line of text in a table cell). */
const ROW_HEIGHT = 33;

/**
 * The cohort, sortable by any column and filtered by lead, status, grade or name. Only the rows
 * in view are drawn (a city-wide cohort has a thousand), between two spacer rows that keep the
 * scroll height; the table keeps its headers and tells assistive technology how many rows it has.
 */
export const CohortTable = memo(function CohortTable({ rows, selected, onSelect, onOpen }: CohortTableProps) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'totalPence',
    descending: true,
  });
  const [lead, setLead] = useState('');
  const [status, setStatus] = useState('');
  const [search, setSearch] = useState('');
  const leads = useMemo(
    () => [...new Set(rows.map((r) => r.designatedLead).filter((l) => l !== ''))].sort(),
    [rows],
  );

  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    const filtered = rows.filter(
      (r) =>
        (lead === '' || r.designatedLead === lead) &&
        (status === '' || r.status === status) &&
        (needle === '' || r.pseudonym.toLowerCase().includes(needle)),
    );
    const direction = sort.descending ? -1 : 1;
    return filtered.sort((a, b) => {
      const [x, y] = [a[sort.key] ?? -Infinity, b[sort.key] ?? -Infinity];
      return (
        (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) *
        direction
      );
    });
  }, [rows, lead, status, search, sort]);

  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (index) => shown[index].caseId,
  });
  const drawn = virtualizer.getVirtualItems();
  const spaceAbove = drawn[0]?.start ?? 0;
  const spaceBelow = virtualizer.getTotalSize() - (drawn[drawn.length - 1]?.end ?? 0);

  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onSelect(next);
  };

  return (
    <>
      <div className="form-row cohort-filters">
        <label>
          Find
          <input value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Pseudonym" />
        </label>
        <label>
          Designated lead
          <select value={lead} onChange={(e) => setLead(e.target.value)}>
            <option value="">All leads</option>
            {leads.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">Open and closed</option>
            <option value="open">Open</option>
            <option value="closed">Closed</option>
          </select>
        </label>
        <span className="hint" data-testid="cohort-count">
          {shown.length} of {rows.length} cases
        </span>
      </div>
      <div className="cohort-table-wrap" ref={scroller}>
        <table className="case-table cohort-table" aria-label="Cohort" aria-rowcount={shown.length + 1}>
          <colgroup>
            <col className="cohort-select-column" />
            {COLUMNS.map((c) => (
              <col key={c.key} className={`cohort-column-${c.key}`} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">
                <span className="visually-hidden">Select</span>
              </th>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                  className={c.numeric ? 'number' : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() =>
                      setSort((s) => ({
                        key: c.key,
                        descending: s.key === c.key ? !s.descending : c.numeric === true,
                      }))
                    }
                  >
                    {c.label}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {spaceAbove > 0 && (
              <tr aria-hidden="true" className="cohort-spacer" style={{ height: spaceAbove }} />
            )}
            {drawn.map(({ index, key }) => {
              const r = shown[index];
              return (
                <tr key={key} data-index={index} ref={virtualizer.measureElement} aria-rowindex={index + 2}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Select ${r.pseudonym}`}
                      checked={selected.has(r.caseId)}
                      onChange={(e) => toggle(r.caseId, e.target.checked)}
                    />
                  </td>
                  {COLUMNS.map((c) =>
                    c.key === 'pseudonym' ? (
                      <th key={c.key} scope="row">
                        <button type="button" className="link-button" onClick={() => onOpen(r.caseId)}>
                          {r.pseudonym}
                        </button>
                      </th>
                    ) : (
                      <td key={c.key} className={c.numeric ? 'number' : undefined}>
                        {cell(r, c.key)}
                      </td>
                    ),
                  )}
                </tr>
              );
            })}
            {spaceBelow > 0 && (
              <tr aria-hidden="true" className="cohort-spacer" style={{ height: spaceBelow }} />
            )}
          </tbody>
        </table>
      </div>
    </>
  );
});
