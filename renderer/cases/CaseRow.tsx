import { useState } from 'react';
import { updateCase } from '../../shared/editing/journey-edits';
import {
  CASE_STATUSES,
  RISK_GRADES,
  formatUkDate,
  type CaseStatus,
  type RiskGrade,
} from '../../shared/model';
import { usePerform } from '../store/app-services';
import type { CaseSummary } from '../store/journey-queries';

interface CaseRowProps {
  summary: CaseSummary;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onOpen: () => void;
  onDetails: () => void;
  onDelete: () => void;
}

/** One case in the list, edited in place: the lead and grading change at every review meeting. */
export function CaseRow({ summary, selected, onSelect, onOpen, onDetails, onDelete }: CaseRowProps) {
  const perform = usePerform();
  const row = summary.case;
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(row.pseudonym);
  const [lead, setLead] = useState(row.designatedLead);

  const saveName = async () => {
    setRenaming(false);
    if (name.trim() !== '' && name.trim() !== row.pseudonym)
      await perform(updateCase(row, { pseudonym: name.trim() }));
    else setName(row.pseudonym);
  };
  const saveLead = async () => {
    if (lead !== row.designatedLead) await perform(updateCase(row, { designatedLead: lead.trim() }));
  };

  return (
    <tr>
      <td>
        <input
          type="checkbox"
          aria-label={`Select ${row.pseudonym}`}
          checked={selected}
          onChange={(e) => onSelect(e.target.checked)}
        />
      </td>
      <th scope="row">
        {renaming ? (
          <input
            aria-label={`New pseudonym for ${row.pseudonym}`}
            autoFocus
            value={name}
            onChange={(e) => setName(e.target.value)}
            onBlur={() => void saveName()}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void saveName();
              if (e.key === 'Escape') {
                setName(row.pseudonym);
                setRenaming(false);
              }
            }}
          />
        ) : (
          <button type="button" className="link-button" onClick={onOpen}>
            {row.pseudonym}
          </button>
        )}
      </th>
      <td>
        <input
          aria-label={`Designated lead for ${row.pseudonym}`}
          value={lead}
          onChange={(e) => setLead(e.target.value)}
          onBlur={() => void saveLead()}
          onKeyDown={(e) => e.key === 'Enter' && void saveLead()}
        />
      </td>
      <td>
        <select
          aria-label={`Status of ${row.pseudonym}`}
          value={row.status}
          onChange={(e) => void perform(updateCase(row, { status: e.target.value as CaseStatus }))}
        >
          {CASE_STATUSES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </td>
      <td>
        <select
          aria-label={`Risk grade of ${row.pseudonym}`}
          value={row.riskGrade}
          onChange={(e) => void perform(updateCase(row, { riskGrade: e.target.value as RiskGrade }))}
        >
          {RISK_GRADES.map((g) => (
            <option key={g}>{g}</option>
          ))}
        </select>
      </td>
      <td className="number">{summary.contactCount}</td>
      <td className="number">{summary.missedOpportunityCount}</td>
      <td>{formatUkDate(row.updatedAt.slice(0, 10))}</td>
      <td className="row-actions">
        <button type="button" onClick={onOpen}>
          Open
        </button>
        <button type="button" onClick={onDetails} aria-label={`Details of ${row.pseudonym}`}>
          Details
        </button>
        <button type="button" onClick={() => setRenaming(true)} aria-label={`Rename ${row.pseudonym}`}>
          Rename
        </button>
        <button type="button" className="danger" onClick={onDelete} aria-label={`Delete ${row.pseudonym}`}>
          Delete
        </button>
      </td>
    </tr>
  );
}
