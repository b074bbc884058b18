import { readFile } from 'node:fs/promises';
import { decryptWithKey, encryptWithKey, keySourceOf } from '../shared/encryption/encrypted-file';
import { writePrivateFile } from './private-files';

/** The part of Electron's safeStorage used here: encryption with a key the OS keychain holds. */
export interface KeychainStorage {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(sealed: Buffer): string;
}

export interface BackupSealer {
  seal(bytes: Uint8Array): Promise<Uint8Array>;
  open(bytes: Uint8Array): Promise<Uint8Array>;
}

/**
 * The daily backups are encrypted with a random 256-bit key that is kept on disk only sealed by
 * the operating system's keychain (DPAPI, Keychain, libsecret) through safeStorage: another
 * account on the machine, or someone holding a copy of the backups folder, cannot read them.
 * Where the OS offers no keychain the backups stay as they were (still owner-only files).
 */
export function backupSealer(keychain: KeychainStorage, keyFile: string): BackupSealer {
  let key: Promise<Uint8Array> | null = null;
  const loadKey = async (): Promise<Uint8Array> => {
    try {
      return new Uint8Array(Buffer.from(keychain.decryptString(await readFile(keyFile)), 'base64'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        throw new Error('the backups key could not be unsealed by this computer’s keychain', {
          cause: error,
        });
      const fresh = globalThis.crypto.getRandomValues(new Uint8Array(32));
      await writePrivateFile(keyFile, keychain.encryptString(Buffer.from(fresh).toString('base64')));
      return fresh;
    }
  };
  const theKey = () => (key ??= loadKey());
  return {
    async seal(bytes) {
      return keychain.isEncryptionAvailable() ? encryptWithKey(bytes, await theKey()) : bytes;
    },
    async open(bytes) {
      if (keySourceOf(bytes) !== 'keychain') return bytes;
      const opened = await decryptWithKey(bytes, await theKey());
      if (!opened.ok)
        throw new Error(`this backup cannot be decrypted with this computer’s backups key: ${opened.error}`);
      return opened.bytes;
    },
  };
}
