import { useState, type FormEvent } from 'react';
import { addLink, deleteLink } from '../../shared/editing/journey-edits';
import {
  LINK_KINDS,
  type Agency,
  type Contact,
  type Link,
  type LinkKind,
  formatDateAsWritten,
} from '../../shared/model';
import { usePerform } from '../store/app-services';

interface ContactLinksProps {
  contact: Contact;
  contacts: readonly Contact[];
  links: readonly Link[];
  agencies: readonly Agency[];
}

export function describeContact(contact: Contact, agencies: readonly Agency[]): string {
  const agency = agencies.find((a) => a.id === contact.agencyId)?.name ?? 'Unknown agency';
  return `${formatDateAsWritten(contact.start)} ${agency}: ${contact.contactType}`;
}

/** The links of one contact, and the keyboard route to making one (the canvas offers drag too). */
export function ContactLinks({ contact, contacts, links, agencies }: ContactLinksProps) {
  const perform = usePerform();
  const [target, setTarget] = useState('');
  const [kind, setKind] = useState<LinkKind>('referral');
  const [label, setLabel] = useState('');
  const own = links.filter((l) => l.fromContactId === contact.id || l.toContactId === contact.id);
  const byId = new Map(contacts.map((c) => [c.id, c]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (target === '') return;
    await perform(
      addLink({
        caseId: contact.caseId,
        fromContactId: contact.id,
        toContactId: target,
        kind,
        label: label.trim(),
      }),
    );
    setTarget('');
    setLabel('');
  };

  return (
    <section className="contact-links" aria-label="Links">
      <h3>Links</h3>
      {own.length === 0 ? (
        <p className="hint">No links yet.</p>
      ) : (
        <ul>
          {own.map((l) => {
            const outgoing = l.fromContactId === contact.id;
            const other = byId.get(outgoing ? l.toContactId : l.fromContactId);
            return (
              <li key={l.id}>
                <span>
                  {outgoing ? '→' : '←'} {l.kind}
                  {l.label ? ` “${l.label}”` : ''} {outgoing ? 'to' : 'from'}{' '}
                  {other ? describeContact(other, agencies) : 'a deleted contact'}
                </span>
                <button
                  type="button"
                  aria-label={`Remove ${l.kind} link`}
                  onClick={() => void perform(deleteLink(l))}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form className="link-form" onSubmit={(e) => void submit(e)}>
        <label>
          Link to
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">Choose a contact…</option>
            {contacts
              .filter((c) => c.id !== contact.id)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {describeContact(c, agencies)}
                </option>
              ))}
          </select>
        </label>
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value as LinkKind)}>
            {LINK_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <label>
          Label
          <input value={label} onChange={(e) => setLabel(e.target.value)} />
        </label>
        <button type="submit" disabled={target === ''}>
          Add link
        </button>
      </form>
    </section>
  );
}
