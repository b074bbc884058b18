import type { SheetCheckResult } from '../../shared/contact-sheet/sheet-check';

interface ImportProblemsPanelProps {
  check: SheetCheckResult;
  onExportRows: () => void;
  /** The user chose to import the good rows and leave these out. */
  leavingOut: boolean;
  /** Offered when every problem is one row's own: import the good rows, saving the problem rows first. */
  onLeaveOut: (() => void) | null;
}

const rowsText = (n: number, kind: string) =>
  `${n.toLocaleString('en-GB')} ${kind} ${n === 1 ? 'row' : 'rows'}`;

/**
 * Every problem, located as the user's spreadsheet shows it. By default nothing is written while
 * any remain; the user may instead choose to import the good rows, the problem rows saved to a file first.
 */
export function ImportProblemsPanel({
  check,
  onExportRows,
  leavingOut,
  onLeaveOut,
}: ImportProblemsPanelProps) {
  const listed = check.problems.length;
  const problemRows = check.problemRows?.length ?? 0;
  return (
    <section className="import-section error-list" role="alert" aria-labelledby="problems-heading">
      <h2 id="problems-heading" data-testid="problem-count">
        {check.problemCount === 1 ? '1 problem' : `${check.problemCount.toLocaleString('en-GB')} problems`}:{' '}
        {leavingOut
          ? `${rowsText(problemRows, 'problem')} will be saved to a file and left out`
          : 'nothing will be imported until they are fixed'}
      </h2>
      <p className="hint">
        Fix the mapping above and check again, or fix the file and open it again.
        {listed < check.problemCount ? ` The first ${listed.toLocaleString('en-GB')} are listed.` : ''}
      </p>
      <button type="button" onClick={onExportRows}>
        Export the problem rows…
      </button>
      {onLeaveOut !== null && !leavingOut && (
        <button type="button" onClick={onLeaveOut}>
          Import the {rowsText(check.contacts, 'good')}; save the {rowsText(problemRows, 'problem')} to a file
        </button>
      )}
      <table className="case-table" aria-label="Problems">
        <thead>
          <tr>
            <th scope="col">Sheet</th>
            <th scope="col">Row</th>
            <th scope="col">Column</th>
            <th scope="col">Value</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {check.problems.map((p, i) => (
            <tr key={i}>
              <td>{p.sheet}</td>
              <td>{p.row ?? ''}</td>
              <td>{p.column ?? ''}</td>
              <td className="sample">{p.value.length > 80 ? `${p.value.slice(0, 77)}...` : p.value}</td>
              <td>{p.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
