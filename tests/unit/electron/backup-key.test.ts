import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupSealer, type KeychainStorage } from '../../../electron/backup-key';

const keychain = (available = true): KeychainStorage => ({
  isEncryptionAvailable: () => available,
  encryptString: (text) => Buffer.from(`sealed:${Buffer.from(text).toString('hex')}`),
  decryptString: (sealed) => Buffer.from(sealed.toString().replace(/^sealed:/, ''), 'hex').toString(),
});
const backup = new TextEncoder().encode(
  '{"type":"journey-mapper/store-backup"}\n["cases",{"pseudonym":"Person K7QX"}]',
);

describe('backups sealed with a keychain key', () => {
  it('encrypts every backup, keeps the key only sealed by the keychain, and reopens with it after a restart', async () => {
    const keyFile = path.join(mkdtempSync(path.join(tmpdir(), 'backup-key-')), 'backups-key.sealed');
    const sealed = await backupSealer(keychain(), keyFile).seal(backup);
    expect(Buffer.from(sealed).includes(Buffer.from('Person K7QX'))).toBe(false);
    expect(readFileSync(keyFile).toString()).toMatch(/^sealed:/);
    expect(await backupSealer(keychain(), keyFile).open(sealed)).toEqual(backup);
  });

  it('refuses a backup sealed with another machine’s key, and still opens backups made before encryption', async () => {
    const here = backupSealer(keychain(), path.join(mkdtempSync(path.join(tmpdir(), 'backup-key-')), 'k'));
    const elsewhere = backupSealer(
      keychain(),
      path.join(mkdtempSync(path.join(tmpdir(), 'backup-key-')), 'k'),
    );
    await expect(here.open(await elsewhere.seal(backup))).rejects.toThrow(
      'cannot be decrypted with this computer’s backups key',
    );
    expect(await here.open(backup)).toEqual(backup);
  });

  it('leaves backups as they are where the OS has no keychain', async () => {
    const sealer = backupSealer(
      keychain(false),
      path.join(mkdtempSync(path.join(tmpdir(), 'backup-key-')), 'k'),
    );
    expect(await sealer.seal(backup)).toEqual(backup);
  });
});
