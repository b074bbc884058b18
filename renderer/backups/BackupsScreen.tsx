import { useCallback, useEffect, useState } from 'react';
import {
  decryptWithPassphrase,
  encryptWithPassphrase,
  isEncryptedFile,
} from '../../shared/encryption/encrypted-file';
import { backupDay } from '../../shared/backup/backups';
import { formatUkDate } from '../../shared/model';
import { useAppServices, usePerform } from '../store/app-services';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { PassphraseDialog } from '../components/PassphraseDialog';
import { readErasureLog } from './erasure-log';
import { backUpNow, localToday } from './rolling-backups';
import { backUpInWorker, planRestoreInWorker } from './store-backup-client';

/** What a restore would bring back: one of the rolling backups, or a file chosen by the user. */
type RestoreSource = { kind: 'backup'; name: string } | { kind: 'file'; name: string; bytes: Uint8Array };

const WHOLE_STORE_FILES = [
  { name: 'Journey Mapper backup or project file', extensions: ['gz', 'json', 'encrypted'] },
];

function describeSource(source: RestoreSource): string {
  return source.kind === 'backup'
    ? `the backup of ${formatUkDate(backupDay(source.name) ?? '')}`
    : source.name;
}

/** The rolling backups, a restore in two clicks, and "Export everything" for moving machines. */
export function BackupsScreen() {
  const { db, databaseName, platform } = useAppServices();
  const perform = usePerform();
  const [backups, setBackups] = useState<Array<{ name: string; size: number }> | null>(null);
  const [where, setWhere] = useState('');
  const [restoring, setRestoring] = useState<RestoreSource | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);

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
      setMessage(
        `That did not work, and nothing was changed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    await refresh();
  };

  const restore = (source: RestoreSource, passphrase: string | null) =>
    run(async () => {
      setRestoring(null);
      const what = describeSource(source);
      let bytes = source.kind === 'backup' ? await platform.backups.read(source.name) : source.bytes;
      if (passphrase !== null) {
        const opened = await decryptWithPassphrase(bytes, passphrase);
        if (!opened.ok) throw new Error(opened.error);
        bytes = opened.bytes;
      }
      const plan = await planRestoreInWorker(databaseName, source.name, bytes, `restore ${what}`);
      await perform(plan.changeSet);
      return `Restored ${what}: ${plan.cases === 1 ? '1 case' : `${plan.cases} cases`}. Undo puts back what you had.`;
    });

  const chooseFileToRestore = async () => {
    const file = await platform.openFile({
      title: 'Restore everything from a file',
      filters: WHOLE_STORE_FILES,
    });
    if (file !== null) setRestoring({ kind: 'file', ...file });
  };

  // The same gzipped store backup as the daily ones (a project file of a million contacts could not be read back).
  const exportEverything = (passphrase: string | null) =>
    run(async () => {
      setExporting(false);
      const plain = await backUpInWorker(databaseName);
      const name = `journey-mapper-everything-${localToday()}.journey-backup.gz`;
      const bytes = passphrase === null ? plain : await encryptWithPassphrase(plain, passphrase);
      const saved = await platform.saveFile(
        passphrase === null
          ? { suggestedName: name, filters: [{ name: 'Journey Mapper backup', extensions: ['gz'] }], bytes }
          : {
              suggestedName: `${name}.encrypted`,
              filters: [{ name: 'Encrypted Journey Mapper backup', extensions: ['encrypted'] }],
              bytes,
            },
      );
      return saved.saved
        ? `Saved ${saved.fileName ?? 'everything'}. On the new machine, restore it with "Restore from a file…" here.`
        : '';
    });

  return (
    <section className="backups-screen" aria-labelledby="backups-heading">
      <div className="screen-heading">
        <h1 id="backups-heading">Backups</h1>
        <button
          type="button"
          className="primary"
          onClick={() => void run(async () => `Backed up as ${await backUpNow(db, platform.backups)}.`)}
        >
          Back up now
        </button>
        <button type="button" onClick={() => setExporting(true)}>
          Export everything…
        </button>
        <button type="button" onClick={() => void chooseFileToRestore()}>
          Restore from a file…
        </button>
      </div>
      <p className="hint">
        A backup of every case is made each day the app is used; the newest 14 are kept, in {where}. Export
        everything to keep a copy elsewhere
        {platform.kind === 'browser' ? ' (a browser can clear its storage, backups included)' : ''} or to move
        to another machine, and restore it there with Restore from a file.
      </p>
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      {backups !== null && backups.length === 0 && (
        <p className="empty">No backups yet: the first is made when there is a case to back up.</p>
      )}
      {backups !== null && backups.length > 0 && (
        <table className="case-table" aria-label="Backups">
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name}>
                <th scope="row">{formatUkDate(backupDay(b.name) ?? '')}</th>
                <td className="number">
                  {(b.size / 1024).toLocaleString('en-GB', { maximumFractionDigits: 0 })} KB
                </td>
                <td>
                  <button type="button" onClick={() => setRestoring({ kind: 'backup', name: b.name })}>
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {readErasureLog().length > 0 && <h2>Erasures from backups</h2>}
      {readErasureLog().length > 0 && (
        <table className="case-table" aria-label="Erasures from backups">
          <thead>
            <tr>
              <th scope="col">Erased on</th>
              <th scope="col">Case (internal id)</th>
              <th scope="col">Backups rewritten</th>
            </tr>
          </thead>
          <tbody>
            {readErasureLog().map((r) => (
              <tr key={`${r.at}-${r.caseId}`}>
                <td>{formatUkDate(r.at.slice(0, 10))}</td>
                <td>{r.caseId}</td>
                <td className="number">{r.backupsRewritten}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {restoring &&
        (restoring.kind === 'file' && isEncryptedFile(restoring.bytes) ? (
          <PassphraseDialog
            mode="enter"
            title={`Restore ${describeSource(restoring)}?`}
            message="This file is encrypted: type its passphrase. Every case, contact, agency and unit cost becomes as it is in that file; you can undo the restore straight afterwards."
            confirmLabel="Restore"
            onConfirm={(passphrase) => void restore(restoring, passphrase)}
            onCancel={() => setRestoring(null)}
          />
        ) : (
          <ConfirmDialog
            title={`Restore ${describeSource(restoring)}?`}
            message="Every case, contact, agency and unit cost becomes as it is in that file. You can undo the restore straight afterwards."
            confirmLabel="Restore"
            onConfirm={() => void restore(restoring, null)}
            onCancel={() => setRestoring(null)}
          />
        ))}
      {exporting && (
        <PassphraseDialog
          mode="choose"
          title="Export everything"
          message="The file holds every case in the store. Encrypt it unless it stays on an encrypted drive that only you can open."
          confirmLabel="Export…"
          onConfirm={(passphrase) => void exportEverything(passphrase)}
          onCancel={() => setExporting(false)}
        />
      )}
    </section>
  );
}
