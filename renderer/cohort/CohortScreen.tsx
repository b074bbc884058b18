import { useState } from 'react';
import { ExportMenu } from '../export';
import { BeforeAfterPanel } from './BeforeAfterPanel';
import { CohortCharts } from './CohortCharts';
import { CohortTable } from './CohortTable';
import { ContactsProgress } from './ContactsProgress';
import { useCohort } from './use-cohort';

/** Every case at once: sort, filter, pick, compare, chart, and the before/after question. */
export function CohortScreen({
  onOpen,
  onReview,
}: {
  onOpen: (caseId: string) => void;
  onReview: (caseId: string) => void;
}) {
  const { cohort, ask, answer } = useCohort();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  if (cohort.state === 'rebuilding')
    return <p className="loading">Bringing the cohort totals up to date with the stored contacts…</p>;
  if (cohort.state === 'loading') return <p className="loading">Costing the cohort…</p>;
  if (cohort.state === 'failed') return <p role="alert">The cohort could not be read: {cohort.message}</p>;
  const first = [...selected][0];
  const { contacts } = cohort;
  return (
    <section className="cohort-screen" aria-labelledby="cohort-heading">
      <div className="screen-heading">
        <h1 id="cohort-heading">Cohort</h1>
        <button type="button" disabled={first === undefined} onClick={() => first && onOpen(first)}>
          Open
        </button>
        <button type="button" disabled={first === undefined} onClick={() => first && onReview(first)}>
          Review
        </button>
        <ExportMenu caseIds={[...selected]} baseName={`cohort of ${selected.size}`} />
        <span className="hint">
          {selected.size === 0
            ? 'Tick cases to open, review or export them together.'
            : `${selected.size} selected`}
        </span>
      </div>
      <CohortTable rows={cohort.rows} selected={selected} onSelect={setSelected} onOpen={onOpen} />
      <CohortCharts analysis={cohort.analysis} />
      <section aria-labelledby="sequences-heading">
        <h2 id="sequences-heading">What came before an arrest, A&amp;E attendance or eviction (90 days)</h2>
        {contacts.state === 'reading' ? (
          <ContactsProgress contacts={contacts} />
        ) : (
          <table className="case-table" aria-label="Common sequences">
            <thead>
              <tr>
                <th scope="col">Contacts before (oldest first)</th>
                <th scope="col">Then</th>
                <th scope="col" className="number">
                  Times
                </th>
                <th scope="col" className="number">
                  People
                </th>
              </tr>
            </thead>
            <tbody>
              {contacts.sequences.map((s) => (
                <tr key={`${s.before.join('>')}>${s.target}`}>
                  <td>{s.before.join(' → ') || '(nothing recorded)'}</td>
                  <td>{s.target}</td>
                  <td className="number">{s.occurrences}</td>
                  <td className="number">{s.people}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <BeforeAfterPanel contacts={contacts} ask={ask} answer={answer} />
    </section>
  );
}
