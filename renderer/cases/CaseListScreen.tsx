import { useEffect, useEffectEvent, useState } from 'react';
import { deleteCase } from '../../shared/editing/journey-edits';
import { decryptWithPassphrase, isEncryptedFile } from '../../shared/encryption/encrypted-file';
import type { MenuCommand } from '../../shared/ipc/contract';
import type { Case } from '../../shared/model';
import { useAppServices, usePerform } from '../store/app-services';
import { readCaseRows, readStoreContents } from '../store/case-repository';
import { useCaseSummaries } from '../store/journey-queries';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { PassphraseDialog } from '../components/PassphraseDialog';
import { UndoToast } from '../components/UndoToast';
import { parseProjectFileText } from '../../shared/project/project-file';
import { projectImportChangeSet } from '../../shared/project/project-import';
import { AnonymiseButton } from '../anonymise';
import { eraseFromBackups, logErasure } from '../backups';
import { ExportMenu } from '../export';
import { SampleCards } from '../training';
import { CaseDetailsPanel } from './CaseDetailsPanel';
import { CaseRow } from './CaseRow';
import { NewCaseForm } from './NewCaseForm';

interface CaseListScreenProps {
  onOpen: (caseId: string) => void;
  command: MenuCommand | null;
  onCommandHandled: () => void;
}

export function CaseListScreen({ onOpen, command, onCommandHandled }: CaseListScreenProps) {
  const { db, platform } = useAppServices();
  const perform = usePerform();
  const summaries = useCaseSummaries();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<{ row: Case; contactCount: number } | null>(null);
  const [eraseBackups, setEraseBackups] = useState(false);
  const [unlocking, setUnlocking] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [toast, setToast] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [projectProblems, setProjectProblems] = useState<string[]>([]);
  const [detailsFor, setDetailsFor] = useState<string | null>(null);
  const detailsRow = summaries?.find((s) => s.case.id === detailsFor)?.case;

  const openProjectFile = async () => {
    const file = await platform.openFile({
      title: 'Open a Journey Mapper project file',
      filters: [{ name: 'Journey Mapper project', extensions: ['json', 'encrypted'] }],
    });
    if (file === null) return;
    if (isEncryptedFile(file.bytes)) return setUnlocking(file);
    await openProjectBytes(file);
  };

  const unlockProjectFile = async (file: { name: string; bytes: Uint8Array }, passphrase: string) => {
    setUnlocking(null);
    const opened = await decryptWithPassphrase(file.bytes, passphrase);
    if (!opened.ok) return setProjectProblems([`${file.name}: ${opened.error}`]);
    await openProjectBytes({ name: file.name, bytes: opened.bytes });
  };

  const openProjectBytes = async (file: { name: string; bytes: Uint8Array }) => {
    const read = parseProjectFileText(new TextDecoder().decode(file.bytes));
    if (!read.ok) return setProjectProblems(read.errors.map((e) => `${file.name}: ${e}`));
    setProjectProblems([]);
    const { changeSet, summary } = projectImportChangeSet(read.project, await readStoreContents(db));
    await perform(changeSet);
    setToast(
      `Opened ${summary.cases.join(', ')} from ${file.name}${summary.asCopies ? ' as copies (already in your store)' : ''}.`,
    );
  };

  const openFilesFromSystem = async () => {
    const { files, problems } = await platform.takeOpenedFiles();
    const locked = files.filter((file) => isEncryptedFile(file.bytes));
    const tooMany = locked
      .slice(1)
      .map((file) => `${file.name}: encrypted; open it with Open project file… to give its passphrase`);
    if (problems.length + tooMany.length > 0) setProjectProblems([...problems, ...tooMany]);
    for (const file of files) if (!isEncryptedFile(file.bytes)) await openProjectBytes(file);
    if (locked[0] !== undefined) setUnlocking(locked[0]);
  };

  const onOpenedFiles = useEffectEvent(() => void openFilesFromSystem());
  const onOpenCommand = useEffectEvent(() => void openProjectFile());

  useEffect(() => {
    // Files double-clicked before the window opened are waiting in main for the first case list.
    onOpenedFiles();
  }, []);

  useEffect(() => {
    if (command === 'new-case') {
      setCreating(true);
      onCommandHandled();
    } else if (command === 'open-project-file') {
      onCommandHandled();
      onOpenCommand();
    } else if (command === 'open-project-files') {
      onCommandHandled();
      onOpenedFiles();
    }
  }, [command, onCommandHandled]);

  const confirmDelete = async () => {
    if (deleting === null) return;
    const { row } = deleting;
    const fromBackups = eraseBackups;
    setDeleting(null);
    setEraseBackups(false);
    await perform(deleteCase(row, await readCaseRows(db, row.id)));
    if (!fromBackups) {
      setToast(`Deleted case ${row.pseudonym}. Backups keep it for up to 14 days.`);
      return;
    }
    try {
      const erased = await eraseFromBackups(platform.backups, row.id);
      logErasure({ at: new Date().toISOString(), caseId: row.id, backupsRewritten: erased.rewritten });
      const unreadable =
        erased.unreadable.length > 0
          ? ` ${erased.unreadable.length} backup(s) could not be read and were left as they are.`
          : '';
      setToast(
        `Deleted case ${row.pseudonym} and removed it from ${erased.rewritten === 1 ? '1 backup' : `${erased.rewritten} backups`}.${unreadable}`,
      );
    } catch (error) {
      setToast(
        `Deleted case ${row.pseudonym}, but removing it from the backups failed (${error instanceof Error ? error.message : String(error)}); each backup is whole, with or without it.`,
      );
    }
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
        <a className="button" href="#/import">
          Import contacts…
        </a>
        <button type="button" onClick={() => void openProjectFile()}>
          Open project file…
        </button>
        <ExportMenu
          caseIds={[...selected]}
          baseName={
            selected.size === 1
              ? (summaries?.find((s) => selected.has(s.case.id))?.case.pseudonym ?? 'journey')
              : `${selected.size} cases`
          }
        />
        <AnonymiseButton caseIds={[...selected]} />
        <span className="hint">
          {selected.size === 0 ? 'Tick cases to export them.' : `${selected.size} selected`}
        </span>
      </div>
      {projectProblems.length > 0 && (
        <div role="alert" className="error-panel">
          <h2>The project file was not opened</h2>
          <ul>
            {projectProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {detailsRow && (
        <div className="case-details-box">
          <CaseDetailsPanel row={detailsRow} onClose={() => setDetailsFor(null)} />
        </div>
      )}
      {creating && <NewCaseForm onCreated={(id) => onOpen(id)} onCancel={() => setCreating(false)} />}
      {summaries === undefined ? null : summaries.length === 0 ? (
        <p className="empty">
          No cases yet. Create a case for one person, under a pseudonym, and plot their contacts with
          services.
        </p>
      ) : (
        <table className="case-table">
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label="Select all cases"
                  checked={summaries.length > 0 && selected.size === summaries.length}
                  onChange={(e) =>
                    setSelected(new Set(e.target.checked ? summaries.map((s) => s.case.id) : []))
                  }
                />
              </th>
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
              <CaseRow
                key={s.case.id}
                summary={s}
                selected={selected.has(s.case.id)}
                onSelect={(on) =>
                  setSelected((current) => {
                    const next = new Set(current);
                    if (on) next.add(s.case.id);
                    else next.delete(s.case.id);
                    return next;
                  })
                }
                onOpen={() => onOpen(s.case.id)}
                onDetails={() => setDetailsFor(s.case.id)}
                onDelete={() => setDeleting({ row: s.case, contactCount: s.contactCount })}
              />
            ))}
          </tbody>
        </table>
      )}
      <SampleCards />
      {deleting && (
        <ConfirmDialog
          title={`Delete ${deleting.row.pseudonym}?`}
          message={`This deletes the case and its ${deleting.contactCount} contacts, links and life events. You can undo it straight afterwards. The daily backups keep the case for up to 14 days.`}
          confirmLabel="Delete case"
          onConfirm={() => void confirmDelete()}
          onCancel={() => {
            setDeleting(null);
            setEraseBackups(false);
          }}
        >
          <label className="passphrase-check">
            <input
              type="checkbox"
              checked={eraseBackups}
              onChange={(e) => setEraseBackups(e.target.checked)}
            />{' '}
            Remove from backups too (Undo then brings the case back, but not into the backups)
          </label>
        </ConfirmDialog>
      )}
      {unlocking && (
        <PassphraseDialog
          mode="enter"
          title={`Open ${unlocking.name}?`}
          message="This project file is encrypted: type its passphrase."
          confirmLabel="Open"
          onConfirm={(passphrase) => passphrase !== null && void unlockProjectFile(unlocking, passphrase)}
          onCancel={() => setUnlocking(null)}
        />
      )}
      {toast && <UndoToast message={toast} onDismiss={() => setToast(null)} />}
    </section>
  );
}
