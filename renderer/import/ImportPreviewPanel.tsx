import type { ContactDraft } from '../../shared/io/contact-sheet/contact-rows';
import type { ImportSummary } from '../../shared/io/contact-sheet/import-plan';
import { formatUkDate } from '../../shared/model';

const SHOWN = 50;

function listOf(label: string, values: string[]): string | null {
  return values.length === 0 ? null : `${label}: ${values.join(', ')}`;
}

/** What the import will write, before it is written. */
export function ImportPreviewPanel({ drafts, summary }: { drafts: ContactDraft[]; summary: ImportSummary }) {
  const lines = [
    ...summary.cases.map((c) => `${c.contacts.toLocaleString('en-GB')} ${c.contacts === 1 ? 'contact' : 'contacts'} into ${c.isNew ? 'a new case, ' : ''}${c.pseudonym}`),
    listOf('New agencies', summary.newAgencies),
    listOf('New unit costs (stated in the file)', summary.newUnitCosts),
    listOf('New contact types', summary.newContactTypes),
  ].filter((l): l is string => l !== null);
  return (
    <section className="import-section" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview</h2>
      <ul data-testid="import-summary">{lines.map((l) => <li key={l}>{l}</li>)}</ul>
      <table className="case-table" aria-label="Contacts to import">
        <thead>
          <tr><th scope="col">Row</th><th scope="col">Case</th><th scope="col">Date</th><th scope="col">End</th><th scope="col">Agency</th><th scope="col">Contact type</th><th scope="col">Missed opportunity</th></tr>
        </thead>
        <tbody>
          {drafts.slice(0, SHOWN).map((d) => (
            <tr key={d.sheetRow}>
              <td>{d.sheetRow}</td>
              <td>{d.caseName ?? ''}</td>
              <td>{formatUkDate(d.start)}</td>
              <td>{d.end === null ? '' : formatUkDate(d.end)}</td>
              <td>{d.agencyName}</td>
              <td>{d.contactType}</td>
              <td>{d.missedOpportunity?.category ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {drafts.length > SHOWN && <p className="hint">…and {(drafts.length - SHOWN).toLocaleString('en-GB')} more.</p>}
    </section>
  );
}
