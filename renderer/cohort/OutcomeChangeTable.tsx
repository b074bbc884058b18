import { useMemo } from 'react';
import { outcomeChanges } from '../../shared/cohort/before-after/before-after-outcomes';
import type { LocalDate } from '../../shared/model';
import { useCohortOutcomes } from '../store/journey-queries';

const signed = (n: number) => `${n > 0 ? '+' : ''}${n.toFixed(1)}`;

/** Beside the cost change: how each outcome measure moved, on the same dates and window. */
export function OutcomeChangeTable({
  interventionDate,
  windowMonths,
}: {
  interventionDate: LocalDate | null;
  windowMonths: number;
}) {
  const outcomes = useCohortOutcomes();
  const changes = useMemo(
    () =>
      outcomes === undefined ? undefined : outcomeChanges({ ...outcomes, interventionDate, windowMonths }),
    [outcomes, interventionDate, windowMonths],
  );
  if (changes === undefined) return null;
  if (changes.length === 0)
    return (
      <p className="hint">No one has an outcome score both in the window before and in the window after.</p>
    );
  return (
    <table className="case-table" aria-label="Outcome scores before and after">
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col" className="number">
            People scored before and after
          </th>
          <th scope="col" className="number">
            Mean before
          </th>
          <th scope="col" className="number">
            Mean after
          </th>
          <th scope="col" className="number">
            Mean change
          </th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.measureId}>
            <th scope="row">
              {c.measure} ({c.higherIsBetter ? 'higher is better' : 'lower is better'})
            </th>
            <td className="number">{c.people}</td>
            <td className="number">{c.meanBefore.toFixed(1)}</td>
            <td className="number">{c.meanAfter.toFixed(1)}</td>
            <td className="number">{signed(c.meanChange)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
