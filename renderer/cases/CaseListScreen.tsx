import { useEffect, useState } from 'react';
import { deleteCase } from '../../shared/editing/journey-edits';
import type { MenuCommand } from '../../shared/ipc/contract';
import type { Case } from '../../shared/model';
import { useAppServices, usePerform } from '../app/app-services';
import { useCaseSummaries } from '../app/journey-queries';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { UndoToast } from '../components/UndoToast';
import { CaseRow } from './CaseRow';
import { NewCaseForm } from './NewCaseForm';

interface CaseListScreenProps {
  onOpen: (caseId: string) => void;
  command: MenuCommand | null;
  onCommandHandled: () => void;
}

export function CaseListScreen({ onOpen, command, onCommandHandled }: CaseListScreenProps) {
  const { db } = useAppServices();
  const perform = usePerform();
  const summaries = useCaseSummaries();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<{ row: Case; contactCount: number } | null>(null);
  const [toast, setToast] = useState<string | null>(null);

  useEffect(() => {
    if (command === 'new-case') {
      setCreating(true);
      onCommandHandled();
    }
  }, [command, onCommandHandled]);

  const confirmDelete = async () => {
    if (deleting === null) return;
    const { row } = deleting;
    setDeleting(null);
    const [contacts, links, lifeEvents] = await Promise.all([
      db.contacts.where('caseId').equals(row.id).toArray(),
      db.links.where('caseId').equals(row.id).toArray(),
      db.lifeEvents.where('caseId').equals(row.id).toArray(),
    ]);
    await perform(deleteCase(row, { contacts, links, lifeEvents }));
    setToast(`Deleted case ${row.pseudonym}.`);
  };

  return (
    <section className="case-list" aria-labelledby="cases-heading">
      <div className="screen-heading">
        <h1 id="cases-heading">Cases</h1>
        {!creating && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            New case
          </button>
        )}
        <a className="button" href="#/import">Import contacts…</a>
      </div>
      {creating && <NewCaseForm onCreated={(id) => onOpen(id)} onCancel={() => setCreating(false)} />}
      {summaries === undefined ? null : summaries.length === 0 ? (
        <p className="empty">No cases yet. Create a case for one person, under a pseudonym, and plot their contacts with services.</p>
      ) : (
        <table className="case-table">
          <thead>
            <tr>
              <th scope="col">Pseudonym</th>
              <th scope="col">Designated lead</th>
              <th scope="col">Status</th>
              <th scope="col">Risk grade</th>
              <th scope="col">Contacts</th>
              <th scope="col">Missed opportunities</th>
              <th scope="col">Updated</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {summaries.map((s) => (
              <CaseRow key={s.case.id} summary={s} onOpen={() => onOpen(s.case.id)} onDelete={() => setDeleting({ row: s.case, contactCount: s.contactCount })} />
            ))}
          </tbody>
        </table>
      )}
      {deleting && (
        <ConfirmDialog
          title={`Delete ${deleting.row.pseudonym}?`}
          message={`This deletes the case and its ${deleting.contactCount} contacts, links and life events. You can undo it straight afterwards.`}
          confirmLabel="Delete case"
          onConfirm={() => void confirmDelete()}
          onCancel={() => setDeleting(null)}
        />
      )}
      {toast && <UndoToast message={toast} onDismiss={() => setToast(null)} />}
    </section>
  );
}
