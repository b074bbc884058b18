import type { CohortContacts } from './use-cohort';

/** How far the reading of the contacts has got: the sequences and before/after wait for all of them. */
export function ContactsProgress({ contacts }: { contacts: Extract<CohortContacts, { state: 'reading' }> }) {
  const label = `Reading the contacts: ${contacts.casesRead.toLocaleString('en-GB')} of ${contacts.cases.toLocaleString('en-GB')} cases`;
  return (
    <p className="loading">
      {label}…{' '}
      <progress max={Math.max(contacts.cases, 1)} value={contacts.casesRead} aria-label="Contacts read" />
    </p>
  );
}
