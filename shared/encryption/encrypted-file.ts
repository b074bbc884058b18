/**
 * Encrypted files: a project file, an "Export everything" file or a backup, sealed with AES-256-GCM
 * through WebCrypto (in the browser, in Electron and in Node alike). The key comes either from a
 * passphrase (PBKDF2-SHA256, 600,000 iterations, as OWASP advises, with a random salt) or, for the
 * desktop app's own backups, from a random key the operating system's keychain holds.
 *
 * Layout (all integers big-endian): "JMENC" (5 bytes), format version (1), key source (1:
 * 1 = passphrase, 2 = keychain key), PBKDF2 iterations (4), salt (16), nonce (12), then the
 * ciphertext with GCM's 16-byte tag. The header is authenticated too (additional data), so a
 * changed byte anywhere is refused, never decrypted into something else.
 */
const MAGIC = [0x4a, 0x4d, 0x45, 0x4e, 0x43];
const VERSION = 1;
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const NONCE_BYTES = 12;
const HEADER_BYTES = MAGIC.length + 1 + 1 + 4 + SALT_BYTES + NONCE_BYTES;

export type KeySource = 'passphrase' | 'keychain';
const SOURCE_CODES: Record<KeySource, number> = { passphrase: 1, keychain: 2 };

export type Decrypted = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

export const WRONG_PASSPHRASE =
  'the passphrase is wrong, or the file has been changed since it was encrypted; nothing was read';

export function isEncryptedFile(bytes: Uint8Array): boolean {
  return bytes.byteLength >= HEADER_BYTES && MAGIC.every((b, i) => bytes[i] === b);
}

/** The key source an encrypted file needs, or null if it is not one. */
export function keySourceOf(bytes: Uint8Array): KeySource | null {
  if (!isEncryptedFile(bytes)) return null;
  return bytes[MAGIC.length + 1] === SOURCE_CODES.keychain ? 'keychain' : 'passphrase';
}

const subtle = () => globalThis.crypto.subtle;

async function passphraseKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

const rawKey = (key: Uint8Array) =>
  subtle().importKey('raw', key as BufferSource, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);

async function seal(
  plain: Uint8Array,
  source: KeySource,
  key: (salt: Uint8Array) => Promise<CryptoKey>,
): Promise<Uint8Array> {
  const header = new Uint8Array(HEADER_BYTES);
  header.set(MAGIC, 0);
  header[MAGIC.length] = VERSION;
  header[MAGIC.length + 1] = SOURCE_CODES[source];
  new DataView(header.buffer).setUint32(MAGIC.length + 2, source === 'passphrase' ? PBKDF2_ITERATIONS : 0);
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const nonce = globalThis.crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  header.set(salt, MAGIC.length + 6);
  header.set(nonce, MAGIC.length + 6 + SALT_BYTES);
  const sealed = new Uint8Array(
    await subtle().encrypt(
      { name: 'AES-GCM', iv: nonce, additionalData: header },
      await key(salt),
      plain as BufferSource,
    ),
  );
  const out = new Uint8Array(HEADER_BYTES + sealed.byteLength);
  out.set(header, 0);
  out.set(sealed, HEADER_BYTES);
  return out;
}

async function open(
  bytes: Uint8Array,
  key: (salt: Uint8Array, iterations: number) => Promise<CryptoKey>,
): Promise<Decrypted> {
  if (!isEncryptedFile(bytes)) return { ok: false, error: 'this file is not encrypted by Journey Mapper' };
  if (bytes[MAGIC.length] !== VERSION)
    return {
      ok: false,
      error: `this file was encrypted by a newer Journey Mapper (format ${bytes[MAGIC.length]}); update the app to open it`,
    };
  const header = bytes.subarray(0, HEADER_BYTES);
  const iterations = new DataView(bytes.buffer, bytes.byteOffset).getUint32(MAGIC.length + 2);
  const salt = bytes.slice(MAGIC.length + 6, MAGIC.length + 6 + SALT_BYTES);
  const nonce = bytes.slice(MAGIC.length + 6 + SALT_BYTES, HEADER_BYTES);
  try {
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: nonce, additionalData: header.slice() },
      await key(salt, iterations),
      bytes.subarray(HEADER_BYTES) as BufferSource,
    );
    return { ok: true, bytes: new Uint8Array(plain) };
  } catch {
    return { ok: false, error: WRONG_PASSPHRASE };
  }
}

export function encryptWithPassphrase(plain: Uint8Array, passphrase: string): Promise<Uint8Array> {
  if (passphrase.length === 0) throw new Error('a passphrase is needed to encrypt');
  return seal(plain, 'passphrase', (salt) => passphraseKey(passphrase, salt, PBKDF2_ITERATIONS));
}

export function decryptWithPassphrase(bytes: Uint8Array, passphrase: string): Promise<Decrypted> {
  if (keySourceOf(bytes) === 'keychain')
    return Promise.resolve({
      ok: false,
      error:
        "this backup was encrypted with this computer's keychain; restore it from the Backups screen of the app that made it",
    });
  return open(bytes, (salt, iterations) => {
    // A file claiming fewer iterations than the app writes was not written by it.
    if (iterations < PBKDF2_ITERATIONS) throw new Error('weak key derivation');
    return passphraseKey(passphrase, salt, iterations);
  });
}

/** For the desktop app's own backups: `key` is 32 random bytes held by the OS keychain. */
export async function encryptWithKey(plain: Uint8Array, key: Uint8Array): Promise<Uint8Array> {
  const cryptoKey = await rawKey(key);
  return seal(plain, 'keychain', async () => cryptoKey);
}

export async function decryptWithKey(bytes: Uint8Array, key: Uint8Array): Promise<Decrypted> {
  const cryptoKey = await rawKey(key);
  return open(bytes, async () => cryptoKey);
}
