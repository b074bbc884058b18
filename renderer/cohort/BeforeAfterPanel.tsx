import { useEffect, useState } from 'react';
import type { BeforeAfterComparison } from '../../shared/cohort/before-after/before-after';
import {
  beforeAfterScenarioCsv,
  beforeAfterScenarioRows,
} from '../../shared/cohort/before-after/before-after-scenario';
import { formatPence } from '../../shared/costing/money';
import { parseUkDateInput } from '../../shared/model';
import { useAppServices } from '../store/app-services';
import type { CohortContacts, CohortView } from './use-cohort';
import { OutcomeChangeTable } from './OutcomeChangeTable';

interface BeforeAfterPanelProps extends Pick<CohortView, 'ask' | 'answer'> {
  contacts: CohortContacts;
}

/**
 * The Safe Space question on recorded data: what changed per person-year around an intervention
 * date. Worked out by the cohort worker, so typing a date or an attribution never waits for the
 * contacts; the export takes only the answer to what is typed now.
 */
export function BeforeAfterPanel({ contacts, ask, answer }: BeforeAfterPanelProps) {
  const { platform } = useAppServices();
  const [dateText, setDateText] = useState('');
  const [months, setMonths] = useState(12);
  const [attribution, setAttribution] = useState('100');
  const [message, setMessage] = useState<string | null>(null);
  const date = dateText.trim() === '' ? null : parseUkDateInput(dateText);
  const dateProblem = date !== null && !date.ok ? date.reason : null;
  const attributionOk = /^\d{1,3}(\.\d+)?$/.test(attribution.trim()) && Number(attribution) <= 100;
  const asked = dateProblem === null && attributionOk && months > 0;
  const interventionDate = date !== null && date.ok ? date.value.slice(0, 10) : null;
  const attributionPercent = attribution.trim();
  useEffect(() => {
    if (asked) ask({ interventionDate, windowMonths: months, attributionPercent });
  }, [ask, asked, interventionDate, months, attributionPercent]);
  const result = asked && answer !== null ? answer.result : null;
  const exportable = result !== null && result.ok && answer?.current === true;

  const exportScenario = async () => {
    if (result === null || !result.ok || !exportable) return;
    const bytes = new TextEncoder().encode(beforeAfterScenarioCsv(beforeAfterScenarioRows(result)));
    const saved = await platform.saveFile({
      suggestedName: 'before and after scenario.csv',
      filters: [{ name: 'Scenario sheet', extensions: ['csv'] }],
      bytes,
    });
    setMessage(
      saved.saved ? `Saved ${saved.fileName ?? 'the scenario'}; open it on the Scenarios screen.` : null,
    );
  };

  return (
    <section className="before-after" aria-labelledby="before-after-heading">
      <h2 id="before-after-heading">Before and after an intervention</h2>
      <div className="form-row">
        <label>
          Intervention date (blank: each case’s own)
          <input
            value={dateText}
            onChange={(e) => setDateText(e.target.value)}
            placeholder="dd/mm/yyyy"
            aria-invalid={dateProblem !== null}
          />
        </label>
        <label>
          Window (months each side)
          <input
            type="number"
            min={1}
            max={120}
            value={months}
            onChange={(e) => setMonths(Math.max(1, Math.round(Number(e.target.value))))}
          />
        </label>
        <label>
          Attribution %
          <input
            value={attribution}
            onChange={(e) => setAttribution(e.target.value)}
            aria-invalid={!attributionOk}
          />
        </label>
        <button type="button" onClick={() => void exportScenario()} disabled={!exportable}>
          Export as scenario sheet…
        </button>
      </div>
      {dateProblem && <p role="alert">{dateProblem}</p>}
      {!attributionOk && <p role="alert">Attribution must be a percentage from 0 to 100.</p>}
      {message && <p role="status">{message}</p>}
      {contacts.state === 'reading' && (
        <p className="loading">
          Worked out once the contacts are read ({contacts.casesRead.toLocaleString('en-GB')} of{' '}
          {contacts.cases.toLocaleString('en-GB')} cases so far).
        </p>
      )}
      {result !== null && (
        <div aria-busy={answer?.current !== true} data-testid="before-after-answer">
          {result.ok ? <Comparison result={result} /> : <p className="notice">{result.reason}</p>}
        </div>
      )}
      {asked && <OutcomeChangeTable interventionDate={interventionDate} windowMonths={months} />}
    </section>
  );
}

/** Who was left out and why, a few names for each reason: half a city-wide cohort may have no date of its own. */
function leftOutText(leftOut: BeforeAfterComparison['leftOut']): string {
  const byReason = new Map<string, string[]>();
  for (const { pseudonym, reason } of leftOut) {
    const people = byReason.get(reason);
    if (people === undefined) byReason.set(reason, [pseudonym]);
    else people.push(pseudonym);
  }
  return [...byReason]
    .map(
      ([reason, people]) =>
        `${people.slice(0, LEFT_OUT_NAMED).join(', ')}${people.length > LEFT_OUT_NAMED ? ` and ${people.length - LEFT_OUT_NAMED} more` : ''} (${reason})`,
    )
    .join('; ');
}

const LEFT_OUT_NAMED = 5;

function Comparison({ result }: { result: BeforeAfterComparison }) {
  return (
    <>
      <p className="hint">
        {result.people} people; {result.personYearsBefore.toFixed(1)} person-years observed before and{' '}
        {result.personYearsAfter.toFixed(1)} after; {result.attributionPercent.toString()}% of each change
        attributed.
        {result.leftOut.length > 0 ? ` Left out: ${leftOutText(result.leftOut)}.` : ''}
      </p>
      <table className="case-table" aria-label="Before and after by cost bearer">
        <thead>
          <tr>
            <th scope="col">Cost bearer</th>
            <th scope="col" className="number">
              Contacts / person-year before
            </th>
            <th scope="col" className="number">
              after
            </th>
            <th scope="col" className="number">
              Cost / person-year before
            </th>
            <th scope="col" className="number">
              after
            </th>
            <th scope="col" className="number">
              Saving (attributed)
            </th>
            <th scope="col" className="number">
              Cost increase (attributed)
            </th>
          </tr>
        </thead>
        <tbody>
          {[...result.lines, result.total].map((l) => (
            <tr key={l.costBearer} className={l === result.total ? 'total-row' : undefined}>
              <th scope="row">{l.costBearer}</th>
              <td className="number">{l.before.contactsPerPersonYear.toFixed(1)}</td>
              <td className="number">{l.after.contactsPerPersonYear.toFixed(1)}</td>
              <td className="number">{formatPence(l.before.costPerPersonYearPence)}</td>
              <td className="number">{formatPence(l.after.costPerPersonYearPence)}</td>
              <td className="number">{formatPence(l.savingPerPersonYearPence)}</td>
              <td className="number">{formatPence(l.costIncreasePerPersonYearPence)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
