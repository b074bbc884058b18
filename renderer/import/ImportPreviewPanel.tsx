import type { ContactDraft } from '../../shared/contact-sheet/contact-rows';
import type { ImportSummary } from '../../shared/contact-sheet/import-plan';
import { formatDateAsWritten } from '../../shared/model';

const CASES_LISTED = 20;

function listOf(label: string, values: string[]): string | null {
  return values.length === 0 ? null : `${label}: ${values.join(', ')}`;
}

/** What the import will write, before it is written: the first contacts, and counts for the rest. */
export function ImportPreviewPanel({ drafts, summary }: { drafts: ContactDraft[]; summary: ImportSummary }) {
  const unlisted = summary.cases.slice(CASES_LISTED);
  const lines = [
    ...summary.cases
      .slice(0, CASES_LISTED)
      .map(
        (c) =>
          `${c.contacts.toLocaleString('en-GB')} ${c.contacts === 1 ? 'contact' : 'contacts'} into ${c.isNew ? 'a new case, ' : ''}${c.pseudonym}`,
      ),
    unlisted.length === 0
      ? null
      : `…and ${unlisted.reduce((n, c) => n + c.contacts, 0).toLocaleString('en-GB')} contacts into ${unlisted.length.toLocaleString('en-GB')} more cases (${unlisted.filter((c) => c.isNew).length.toLocaleString('en-GB')} of them new)`,
    summary.leftOutRows.length === 0
      ? null
      : `Left out: ${summary.leftOutRows.length.toLocaleString('en-GB')} problem ${summary.leftOutRows.length === 1 ? 'row' : 'rows'} (${summary.leftOutRows.length === 1 ? 'row' : 'rows'} ${summary.leftOutRows.slice(0, CASES_LISTED).join(', ')}${summary.leftOutRows.length > CASES_LISTED ? '…' : ''}), saved to a file before the import`,
    listOf('New agencies', summary.newAgencies),
    listOf('New unit costs (stated in the file)', summary.newUnitCosts),
    listOf('New contact types', summary.newContactTypes),
  ].filter((l): l is string => l !== null);
  return (
    <section className="import-section" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview</h2>
      <ul data-testid="import-summary">
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <table className="case-table" aria-label="Contacts to import">
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Case</th>
            <th scope="col">Date</th>
            <th scope="col">End</th>
            <th scope="col">Agency</th>
            <th scope="col">Contact type</th>
            <th scope="col">Missed opportunity</th>
          </tr>
        </thead>
        <tbody>
          {drafts.map((d) => (
            <tr key={d.sheetRow}>
              <td>{d.sheetRow}</td>
              <td>{d.caseName ?? ''}</td>
              <td>{formatDateAsWritten(d.start)}</td>
              <td>{d.end === null ? '' : formatDateAsWritten(d.end)}</td>
              <td>{d.agencyName}</td>
              <td>{d.contactType}</td>
              <td>{d.missedOpportunity?.category ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.contacts > drafts.length && (
        <p className="hint">…and {(summary.contacts - drafts.length).toLocaleString('en-GB')} more.</p>
      )}
    </section>
  );
}
