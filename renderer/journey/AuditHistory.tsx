import { useMemo, useState } from 'react';
import type { AuditEntry } from '../../shared/audit/audit-entry';
import { changeText, entityName, fieldName, whoText } from '../../shared/audit/audit-text';
import { formatDateAsWritten, type Contact } from '../../shared/model';
import { useAuditTrail } from '../store/journey-queries';

const when = (at: string) =>
  new Date(at).toLocaleString('en-GB', { dateStyle: 'short', timeStyle: 'medium' });

function contactName(contact: Contact | undefined, id: string | null): string {
  return contact === undefined
    ? `contact ${id ?? ''} (deleted)`
    : `${formatDateAsWritten(contact.start)} ${contact.contactType}`;
}

function EntryItem({ entry, contacts }: { entry: AuditEntry; contacts: ReadonlyMap<string, Contact> }) {
  const about =
    entry.entity === 'contacts' && entry.entityId !== null
      ? contactName(contacts.get(entry.entityId), entry.entityId)
      : entityName(entry.entity);
  return (
    <li className={entry.importedFrom === null ? 'audit-entry' : 'audit-entry imported'}>
      <p>
        <time dateTime={entry.at}>{when(entry.at)}</time> · <strong>{whoText(entry)}</strong> · {entry.step}
        {entry.entity === 'contacts' && <> · {about}</>}
      </p>
      {entry.changes.length > 0 && (
        <ul className="audit-changes">
          {entry.changes.map((c) => (
            <li key={c.field}>{changeText(c)}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

interface AuditHistoryProps {
  caseId: string;
  contacts: readonly Contact[];
  /** One contact's own history (its panel); absent for the whole journey's, with filters. */
  contactId?: string;
}

/** Every change to a case (or one contact), newest first, with each field before and after. Read only: the trail is never edited. */
export function AuditHistory({ caseId, contacts, contactId }: AuditHistoryProps) {
  const [contactFilter, setContactFilter] = useState('');
  const [fieldFilter, setFieldFilter] = useState('');
  const entries = useAuditTrail(caseId, contactId);
  const byId = useMemo(() => new Map(contacts.map((c) => [c.id, c])), [contacts]);
  const fields = useMemo(
    () =>
      [...new Set((entries ?? []).flatMap((e) => e.changes.map((c) => c.field)))].sort((a, b) =>
        fieldName(a).localeCompare(fieldName(b)),
      ),
    [entries],
  );
  const contactIds = useMemo(
    () => [
      ...new Set(
        (entries ?? []).flatMap((e) => (e.entity === 'contacts' && e.entityId !== null ? [e.entityId] : [])),
      ),
    ],
    [entries],
  );
  if (entries === undefined) return <p className="loading">Reading the history…</p>;
  const shown = entries
    .filter((e) => contactFilter === '' || e.entityId === contactFilter)
    .map((e) =>
      fieldFilter === '' ? e : { ...e, changes: e.changes.filter((c) => c.field === fieldFilter) },
    )
    .filter((e) => fieldFilter === '' || e.changes.length > 0);
  return (
    <div className="audit-history">
      {contactId === undefined && (
        <div className="field-row">
          <label>
            Contact{' '}
            <select value={contactFilter} onChange={(e) => setContactFilter(e.target.value)}>
              <option value="">Every contact and the case</option>
              {contactIds.map((id) => (
                <option key={id} value={id}>
                  {contactName(byId.get(id), id)}
                </option>
              ))}
            </select>
          </label>
          <label>
            Field{' '}
            <select value={fieldFilter} onChange={(e) => setFieldFilter(e.target.value)}>
              <option value="">Every field</option>
              {fields.map((f) => (
                <option key={f} value={f}>
                  {fieldName(f)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {shown.length === 0 ? (
        <p className="hint">
          No changes recorded{contactFilter !== '' || fieldFilter !== '' ? ' that match' : ''}.
        </p>
      ) : (
        <ol
          className="audit-entries"
          aria-label={
            contactId === undefined
              ? 'Changes to this journey, newest first'
              : 'Changes to this contact, newest first'
          }
        >
          {shown.map((e) => (
            <EntryItem key={e.id} entry={e} contacts={byId} />
          ))}
        </ol>
      )}
    </div>
  );
}
