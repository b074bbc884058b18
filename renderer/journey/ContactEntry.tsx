import { useEffect, useRef } from 'react';
import { emptyContactForm } from '../../shared/editing/contact-form';
import { addContact } from '../../shared/editing/journey-edits';
import { usePerform } from '../store/app-services';
import { ContactForm, type ContactFormLibrary } from './ContactForm';
import { SidePanel } from '../components/SidePanel';

interface ContactEntryProps {
  caseId: string;
  agencyId: string;
  date: string;
  /** Changes with every request to add a contact (N, the button, a double-click on a lane). */
  focusRequest: number;
  library: ContactFormLibrary;
  onClose: () => void;
}

/** Rapid entry: after each contact the form clears but keeps agency and date, ready for the next. */
export function ContactEntry({ caseId, agencyId, date, focusRequest, library, onClose }: ContactEntryProps) {
  const perform = usePerform();
  const section = useRef<HTMLElement>(null);
  // Each request to add puts the cursor in the date, where the keyboard route starts.
  useEffect(() => {
    section.current?.querySelector<HTMLInputElement>('input[name="date"]')?.focus();
  }, [focusRequest, agencyId, date]);
  return (
    <SidePanel ref={section} title="Add contact" closeLabel="Close add contact" onClose={onClose}>
      <ContactForm
        key={`${agencyId}:${date}`}
        initial={emptyContactForm(agencyId, date)}
        library={library}
        submitLabel="Add contact"
        onSubmit={async (fields, values) => {
          await perform(addContact({ ...fields, caseId }));
          // A run of contacts is usually read from one record: its source stays for the next.
          return emptyContactForm(values.agencyId, values.date, values.source);
        }}
      />
    </SidePanel>
  );
}
