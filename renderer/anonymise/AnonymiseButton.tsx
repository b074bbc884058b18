import { useState } from 'react';
import { AnonymiseDialog } from './AnonymiseDialog';

/** "Anonymise…" for the chosen cases: opens the dialog that makes an anonymised copy; the cases themselves are never changed. */
export function AnonymiseButton({ caseIds }: { caseIds: string[] }) {
  // The cases are fixed when the dialog opens, so ticking others behind it does not change the copy.
  const [openFor, setOpenFor] = useState<string[] | null>(null);
  return (
    <>
      <button type="button" disabled={caseIds.length === 0} onClick={() => setOpenFor(caseIds)}>
        Anonymise…
      </button>
      {openFor !== null && <AnonymiseDialog caseIds={openFor} onClose={() => setOpenFor(null)} />}
    </>
  );
}
