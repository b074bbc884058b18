import { useEffect, useRef, useState } from 'react';

interface PassphraseDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  /** 'choose': encrypt (ticked unless `encryptByDefault` is false) with a new passphrase typed twice; 'enter': the passphrase of a file. */
  mode: 'choose' | 'enter';
  encryptByDefault?: boolean;
  /** The passphrase, or null to save unencrypted. */
  onConfirm: (passphrase: string | null) => void;
  onCancel: () => void;
}

const MIN_PASSPHRASE = 8;

/** Asks for a passphrase to encrypt a file with, or to open an encrypted one. */
export function PassphraseDialog({
  title,
  message,
  confirmLabel,
  mode,
  encryptByDefault = true,
  onConfirm,
  onCancel,
}: PassphraseDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [encrypt, setEncrypt] = useState(mode === 'enter' || encryptByDefault);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const problem = !encrypt
    ? null
    : mode === 'enter'
      ? passphrase === ''
        ? 'Type the passphrase.'
        : null
      : passphrase.length < MIN_PASSPHRASE
        ? `Choose a passphrase of at least ${MIN_PASSPHRASE} characters.`
        : passphrase !== again
          ? 'The two passphrases differ.'
          : null;
  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby="passphrase-title" onCancel={onCancel}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (problem === null) onConfirm(encrypt ? passphrase : null);
        }}
      >
        <h2 id="passphrase-title">{title}</h2>
        <p>{message}</p>
        {mode === 'choose' && (
          <label className="passphrase-check">
            <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} /> Encrypt
            with a passphrase
          </label>
        )}
        {encrypt && (
          <>
            <label className="passphrase-field">
              Passphrase
              <input
                type="password"
                autoComplete={mode === 'choose' ? 'new-password' : 'current-password'}
                value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)}
                autoFocus
              />
            </label>
            {mode === 'choose' && (
              <label className="passphrase-field">
                Passphrase again
                <input
                  type="password"
                  autoComplete="new-password"
                  value={again}
                  onChange={(e) => setAgain(e.target.value)}
                />
              </label>
            )}
            {mode === 'choose' && (
              <p className="hint">
                Without the passphrase nobody, including you, can open the file. Keep it somewhere safe, apart
                from the file.
              </p>
            )}
          </>
        )}
        {!encrypt && mode === 'choose' && (
          <p className="hint">Anyone who gets the file can read everything in it.</p>
        )}
        {problem !== null && passphrase !== '' && (
          <p className="hint" role="status">
            {problem}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={problem !== null}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
