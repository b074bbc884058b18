import { useCallback, useEffect, useState } from 'react';
import { backupDay } from '../../shared/io/backups';
import { formatUkDate } from '../../shared/model';
import { useAppServices, usePerform } from '../app/app-services';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { backUpNow, localToday } from './rolling-backups';
import { backUpInWorker, planRestoreInWorker } from './store-backup-worker';

/** What a restore would bring back: one of the rolling backups, or a file chosen by the user. */
type RestoreSource = { kind: 'backup'; name: string } | { kind: 'file'; name: string; bytes: Uint8Array };

const WHOLE_STORE_FILES = [{ name: 'Journey Mapper backup or project file', extensions: ['gz', 'json'] }];

function describeSource(source: RestoreSource): string {
  return source.kind === 'backup' ? `the backup of ${formatUkDate(backupDay(source.name) ?? '')}` : source.name;
}

/** The rolling backups, a restore in two clicks, and "Export everything" for moving machines. */
export function BackupsScreen() {
  const { db, platform } = useAppServices();
  const perform = usePerform();
  const [backups, setBackups] = useState<Array<{ name: string; size: number }> | null>(null);
  const [where, setWhere] = useState('');
  const [restoring, setRestoring] = useState<RestoreSource | null>(null);
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

  const restore = (source: RestoreSource) =>
    run(async () => {
      setRestoring(null);
      const what = describeSource(source);
      const bytes = source.kind === 'backup' ? await platform.backups.read(source.name) : source.bytes;
      const plan = await planRestoreInWorker(db.name, source.name, bytes, `restore ${what}`);
      await perform(plan.changeSet);
      return `Restored ${what}: ${plan.cases === 1 ? '1 case' : `${plan.cases} cases`}. Undo puts back what you had.`;
    });

  const chooseFileToRestore = async () => {
    const file = await platform.openFile({ title: 'Restore everything from a file', filters: WHOLE_STORE_FILES });
    if (file !== null) setRestoring({ kind: 'file', ...file });
  };

  // The same gzipped store backup as the daily ones (a project file of a million contacts could not be read back).
  const exportEverything = () =>
    run(async () => {
      const bytes = await backUpInWorker(db.name);
      const saved = await platform.saveFile({ suggestedName: `journey-mapper-everything-${localToday()}.journey-backup.gz`, filters: [{ name: 'Journey Mapper backup', extensions: ['gz'] }], bytes });
      return saved.saved ? `Saved ${saved.fileName ?? 'everything'}. On the new machine, restore it with "Restore from a file…" here.` : '';
    });

  return (
    <section className="backups-screen" aria-labelledby="backups-heading">
      <div className="screen-heading">
        <h1 id="backups-heading">Backups</h1>
        <button type="button" className="primary" onClick={() => void run(async () => `Backed up as ${await backUpNow(db, platform.backups)}.`)}>Back up now</button>
        <button type="button" onClick={() => void exportEverything()}>Export everything…</button>
        <button type="button" onClick={() => void chooseFileToRestore()}>Restore from a file…</button>
      </div>
      <p className="hint">
        A backup of every case is made each day the app is used; the newest 14 are kept, in {where}. Export everything to keep a copy
        elsewhere{platform.kind === 'browser' ? ' (a browser can clear its storage, backups included)' : ''} or to move to another machine, and restore it there with Restore from a file.
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
                <td><button type="button" onClick={() => setRestoring({ kind: 'backup', name: b.name })}>Restore…</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {restoring && (
        <ConfirmDialog
          title={`Restore ${describeSource(restoring)}?`}
          message="Every case, contact, agency and unit cost becomes as it is in that file. You can undo the restore straight afterwards."
          confirmLabel="Restore"
          onConfirm={() => void restore(restoring)}
          onCancel={() => setRestoring(null)}
        />
      )}
    </section>
  );
}
