import { contactToForm } from '../../shared/editing/contact-form';
import { deleteContacts, updateContact } from '../../shared/editing/journey-edits';
import type { Contact, Link } from '../../shared/model';
import { usePerform } from '../store/app-services';
import { ContactForm, type ContactFormLibrary } from './ContactForm';
import { AuditHistory } from './AuditHistory';
import { ContactLinks } from './ContactLinks';
import { SidePanel } from '../components/SidePanel';

interface ContactEditorProps {
  contact: Contact;
  contacts: readonly Contact[];
  links: readonly Link[];
  library: ContactFormLibrary;
  onClose: () => void;
}

/** Edits every field of the selected contact; each save is one undoable step. */
export function ContactEditor({ contact, contacts, links, library, onClose }: ContactEditorProps) {
  const perform = usePerform();
  return (
    <SidePanel title="Contact" closeLabel="Close contact" onClose={onClose}>
      <ContactForm
        key={`${contact.id}:${contact.updatedAt}`}
        initial={contactToForm(contact)}
        library={library}
        submitLabel="Save changes"
        onSubmit={async (fields) => {
          await perform(updateContact(contact, fields));
        }}
      />
      <ContactLinks contact={contact} contacts={contacts} links={links} agencies={library.agencies} />
      <details className="contact-history">
        <summary>History of this contact</summary>
        <AuditHistory caseId={contact.caseId} contacts={contacts} contactId={contact.id} />
      </details>
      <button
        type="button"
        className="danger"
        onClick={async () => {
          await perform(deleteContacts([contact], links));
          onClose();
        }}
      >
        Delete contact
      </button>
    </SidePanel>
  );
}
