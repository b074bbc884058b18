import { createDecipheriv, pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  decryptWithKey,
  decryptWithPassphrase,
  encryptWithKey,
  encryptWithPassphrase,
  isEncryptedFile,
  keySourceOf,
  WRONG_PASSPHRASE,
} from '../../../shared/encryption/encrypted-file';

const plain = new TextEncoder().encode(
  '{"type":"journey-mapper/project","cases":[{"pseudonym":"Person K7QX"}]}',
);

describe('encrypted files', () => {
  it('round-trips with the passphrase, and is AES-256-GCM keyed by PBKDF2-SHA256 at 600,000 iterations', async () => {
    const sealed = await encryptWithPassphrase(plain, 'correct horse battery staple');
    expect(isEncryptedFile(sealed)).toBe(true);
    expect(keySourceOf(sealed)).toBe('passphrase');
    expect(Buffer.from(sealed).includes(Buffer.from('Person K7QX'))).toBe(false);
    expect(await decryptWithPassphrase(sealed, 'correct horse battery staple')).toEqual({
      ok: true,
      bytes: plain,
    });

    // Decrypted independently with Node's crypto from the documented layout.
    const header = sealed.subarray(0, 39);
    expect(Buffer.from(header.subarray(0, 5)).toString()).toBe('JMENC');
    expect([header[5], header[6], Buffer.from(header).readUInt32BE(7)]).toEqual([1, 1, 600_000]);
    const key = pbkdf2Sync('correct horse battery staple', header.subarray(11, 27), 600_000, 32, 'sha256');
    const decipher = createDecipheriv('aes-256-gcm', key, header.subarray(27, 39));
    decipher.setAAD(header);
    decipher.setAuthTag(sealed.subarray(sealed.byteLength - 16));
    expect(
      Buffer.concat([
        decipher.update(sealed.subarray(39, sealed.byteLength - 16)),
        decipher.final(),
      ]).toString(),
    ).toBe(new TextDecoder().decode(plain));
  });

  it('uses a fresh salt and nonce every time', async () => {
    const [a, b] = await Promise.all([encryptWithPassphrase(plain, 'p'), encryptWithPassphrase(plain, 'p')]);
    expect(Buffer.from(a.subarray(11, 39)).equals(Buffer.from(b.subarray(11, 39)))).toBe(false);
  });

  it('refuses a wrong passphrase and any changed byte, header or body, with a clear message', async () => {
    const sealed = await encryptWithPassphrase(plain, 'right');
    expect(await decryptWithPassphrase(sealed, 'wrong')).toEqual({ ok: false, error: WRONG_PASSPHRASE });
    for (const at of [8, 20, 30, 45, sealed.byteLength - 1]) {
      const tampered = sealed.slice();
      tampered[at] ^= 0x01;
      expect(await decryptWithPassphrase(tampered, 'right')).toEqual({ ok: false, error: WRONG_PASSPHRASE });
    }
    const newer = sealed.slice();
    newer[5] = 2;
    expect(await decryptWithPassphrase(newer, 'right')).toMatchObject({
      ok: false,
      error: expect.stringContaining('newer Journey Mapper'),
    });
  });

  it('seals backups with a keychain key, which a passphrase cannot open', async () => {
    const key = globalThis.crypto.getRandomValues(new Uint8Array(32));
    const sealed = await encryptWithKey(plain, key);
    expect(keySourceOf(sealed)).toBe('keychain');
    expect(await decryptWithKey(sealed, key)).toEqual({ ok: true, bytes: plain });
    expect(await decryptWithKey(sealed, new Uint8Array(32))).toEqual({ ok: false, error: WRONG_PASSPHRASE });
    expect(await decryptWithPassphrase(sealed, 'anything')).toMatchObject({
      ok: false,
      error: expect.stringContaining('keychain'),
    });
  });
});
