import type { AnonymisationReport } from '../../shared/anonymise/anonymisation-report';
import { IDENTIFIER_KINDS, IDENTIFIER_LABELS } from '../../shared/anonymise/text-span';

const foundText = (found: AnonymisationReport['places'][number]['found']) =>
  IDENTIFIER_KINDS.filter((k) => (found[k] ?? 0) > 0)
    .map((k) => `${found[k]} ${IDENTIFIER_LABELS[k]}`)
    .join(', ');

/** What anonymisation replaced, by kind and by field, and what to check by hand; it never shows the values it replaced. */
export function AnonymiseReportView({ report }: { report: AnonymisationReport }) {
  return (
    <div className="anonymise-report" data-testid="anonymise-report">
      <ul className="anonymise-cases">
        {report.cases.map((c) => (
          <li key={c.pseudonym}>
            <strong>{c.pseudonym}</strong>: {c.contacts} contacts, age band {c.ageBand ?? 'not known'},{' '}
            {c.contactsInAnotherFinancialYear} contacts now in another financial year
          </li>
        ))}
      </ul>
      <div className="anonymise-columns">
        <table aria-label="Replaced in the case details">
          <caption>Case details replaced</caption>
          <tbody>
            {report.caseFields.map((f) => (
              <tr key={f.label}>
                <th scope="row">{f.label}</th>
                <td>{f.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table aria-label="Replaced in free text">
          <caption>Replaced in free text</caption>
          <tbody>
            {report.replaced.length === 0 && (
              <tr>
                <td>Nothing found</td>
              </tr>
            )}
            {report.replaced.map((r) => (
              <tr key={r.kind}>
                <th scope="row">{r.label}</th>
                <td>{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Check by hand before sharing</h3>
      <ul className="check-by-hand">
        {report.checkByHand.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <details>
        <summary>Where ({report.places.length} fields)</summary>
        <table aria-label="Where" className="anonymise-places">
          <thead>
            <tr>
              <th scope="col">Record</th>
              <th scope="col">Field</th>
              <th scope="col">Replaced</th>
              <th scope="col">To check</th>
            </tr>
          </thead>
          <tbody>
            {report.places.map((p, i) => (
              <tr key={i}>
                <td>
                  {p.case}, {p.record}
                </td>
                <td>{p.field}</td>
                <td>{foundText(p.found)}</td>
                <td>
                  {[
                    p.possibleNamesLeft > 0 ? `${p.possibleNamesLeft} capitalised words left` : '',
                    p.mentionsRelatives ? 'mentions relatives' : '',
                  ]
                    .filter((s) => s !== '')
                    .join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
