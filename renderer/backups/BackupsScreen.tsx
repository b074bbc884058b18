import { useCallback, useEffect, useState } from 'react';
import { backupDay, restoreChangeSet, storeRowsOf } from '../../shared/io/backups';
import { serialiseProjectFile } from '../../shared/io/project-file';
import { formatUkDate } from '../../shared/model';
import { useAppServices, usePerform } from '../app/app-services';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { projectOfStore } from '../storage/project-export';
import { backUpNow, localToday } from './rolling-backups';
import { readBackupInWorker } from './store-backup-worker';

/** The rolling backups, a restore in two clicks, and "Export everything" for moving machines. */
export function BackupsScreen() {
  const { db, platform } = useAppServices();
  const perform = usePerform();
  const [backups, setBackups] = useState<Array<{ name: string; size: number }> | null>(null);
  const [where, setWhere] = useState('');
  const [restoring, setRestoring] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    setBackups((await platform.backups.list()).sort((a, b) => b.name.localeCompare(a.name)));
    setWhere(await platform.backups.where());
  }, [platform]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const run = async (task: () => Promise<string>) => {
    try {
      setMessage(await task());
    } catch (error) {
      setMessage(`That did not work, and nothing was changed: ${error instanceof Error ? error.message : String(error)}`);
    }
    await refresh();
  };

  const restore = (name: string) =>
    run(async () => {
      setRestoring(null);
      const backup = await readBackupInWorker(name, await platform.backups.read(name));
      const day = formatUkDate(backupDay(name) ?? '');
      await perform(restoreChangeSet(storeRowsOf(await projectOfStore(db)), backup, `restore the backup of ${day}`));
      return `Restored the backup of ${day}: ${backup.cases.length === 1 ? '1 case' : `${backup.cases.length} cases`}. Undo puts back what you had.`;
    });

  const exportEverything = () =>
    run(async () => {
      const bytes = new TextEncoder().encode(serialiseProjectFile(await projectOfStore(db)));
      const saved = await platform.saveFile({ suggestedName: `journey-mapper-everything-${localToday()}.journey.json`, filters: [{ name: 'Journey Mapper project', extensions: ['json'] }], bytes });
      return saved.saved ? `Saved ${saved.fileName ?? 'everything'}. Open it with "Open project file…" on the new machine.` : '';
    });

  return (
    <section className="backups-screen" aria-labelledby="backups-heading">
      <div className="screen-heading">
        <h1 id="backups-heading">Backups</h1>
        <button type="button" className="primary" onClick={() => void run(async () => `Backed up as ${await backUpNow(db, platform.backups)}.`)}>Back up now</button>
        <button type="button" onClick={() => void exportEverything()}>Export everything…</button>
      </div>
      <p className="hint">
        A backup of every case is made each day the app is used; the newest 14 are kept, in {where}. Export everything to move to another machine or to keep a copy
        elsewhere{platform.kind === 'browser' ? ': a browser can clear its storage, backups included' : ''}.
      </p>
      {message && <p role="status" className="notice">{message}</p>}
      {backups !== null && backups.length === 0 && <p className="empty">No backups yet: the first is made when there is a case to back up.</p>}
      {backups !== null && backups.length > 0 && (
        <table className="case-table" aria-label="Backups">
          <thead>
            <tr><th scope="col">Day</th><th scope="col">Size</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name}>
                <th scope="row">{formatUkDate(backupDay(b.name) ?? '')}</th>
                <td className="number">{(b.size / 1024).toLocaleString('en-GB', { maximumFractionDigits: 0 })} KB</td>
                <td><button type="button" onClick={() => setRestoring(b.name)}>Restore…</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {restoring && (
        <ConfirmDialog
          title={`Restore the backup of ${formatUkDate(backupDay(restoring) ?? '')}?`}
          message="Every case, contact, agency and unit cost becomes as it was in that backup. You can undo the restore straight afterwards."
          confirmLabel="Restore"
          onConfirm={() => void restore(restoring)}
          onCancel={() => setRestoring(null)}
        />
      )}
    </section>
  );
}
