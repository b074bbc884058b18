import { useMemo, useState } from 'react';
import { formatPence } from '../../shared/costing/money';
import { formatUkDate } from '../../shared/model';
import type { CaseSummaryRow as CohortRow } from '../../shared/cohort/cohort-summary';

type SortKey = 'pseudonym' | 'designatedLead' | 'status' | 'riskGrade' | 'firstContact' | 'lastContact' | 'contacts' | 'agencies' | 'totalPence' | 'missedOpportunities' | 'costAfterFirstMissedPence';

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
  if (key === 'firstContact' || key === 'lastContact') return formatUkDate(value as string);
  return String(value);
}

interface CohortTableProps {
  rows: CohortRow[];
  selected: Set<string>;
  onSelect: (ids: Set<string>) => void;
  onOpen: (caseId: string) => void;
}

/** The cohort, sortable by any column and filtered by lead, status, grade or name. */
export function CohortTable({ rows, selected, onSelect, onOpen }: CohortTableProps) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'totalPence', descending: true });
  const [lead, setLead] = useState('');
  const [status, setStatus] = useState('');
  const [search, setSearch] = useState('');
  const leads = useMemo(() => [...new Set(rows.map((r) => r.designatedLead).filter((l) => l !== ''))].sort(), [rows]);

  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    const filtered = rows.filter((r) => (lead === '' || r.designatedLead === lead) && (status === '' || r.status === status) && (needle === '' || r.pseudonym.toLowerCase().includes(needle)));
    const direction = sort.descending ? -1 : 1;
    return filtered.sort((a, b) => {
      const [x, y] = [a[sort.key] ?? -Infinity, b[sort.key] ?? -Infinity];
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * direction;
    });
  }, [rows, lead, status, search, sort]);

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
            {leads.map((l) => <option key={l} value={l}>{l}</option>)}
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
        <span className="hint" data-testid="cohort-count">{shown.length} of {rows.length} cases</span>
      </div>
      <div className="cohort-table-wrap">
        <table className="case-table cohort-table" aria-label="Cohort">
          <thead>
            <tr>
              <th scope="col"><span className="visually-hidden">Select</span></th>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'} className={c.numeric ? 'number' : undefined}>
                  <button type="button" className="sort-button" onClick={() => setSort((s) => ({ key: c.key, descending: s.key === c.key ? !s.descending : c.numeric === true }))}>
                    {c.label}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.caseId}>
                <td><input type="checkbox" aria-label={`Select ${r.pseudonym}`} checked={selected.has(r.caseId)} onChange={(e) => toggle(r.caseId, e.target.checked)} /></td>
                {COLUMNS.map((c) =>
                  c.key === 'pseudonym' ? (
                    <th key={c.key} scope="row"><button type="button" className="link-button" onClick={() => onOpen(r.caseId)}>{r.pseudonym}</button></th>
                  ) : (
                    <td key={c.key} className={c.numeric ? 'number' : undefined}>{cell(r, c.key)}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
