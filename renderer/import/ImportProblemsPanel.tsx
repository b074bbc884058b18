import type { SheetCheckResult } from '../../shared/io/contact-sheet/sheet-check';

/** Every problem, located as the user's spreadsheet shows it; nothing is written while any remain. */
export function ImportProblemsPanel({ check, onExportRows }: { check: SheetCheckResult; onExportRows: () => void }) {
  const listed = check.problems.length;
  return (
    <section className="import-section error-list" role="alert" aria-labelledby="problems-heading">
      <h2 id="problems-heading" data-testid="problem-count">
        {check.problemCount === 1 ? '1 problem' : `${check.problemCount.toLocaleString('en-GB')} problems`}: nothing will be imported until they are fixed
      </h2>
      <p className="hint">
        Fix the mapping above and check again, or fix the file and open it again.
        {listed < check.problemCount ? ` The first ${listed.toLocaleString('en-GB')} are listed.` : ''}
      </p>
      <button type="button" onClick={onExportRows}>Export the problem rows…</button>
      <table className="case-table" aria-label="Problems">
        <thead>
          <tr><th scope="col">Sheet</th><th scope="col">Row</th><th scope="col">Column</th><th scope="col">Value</th><th scope="col">Problem</th></tr>
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
