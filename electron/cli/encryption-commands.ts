import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  decryptWithPassphrase,
  encryptWithPassphrase,
  isEncryptedFile,
} from '../../shared/encryption/encrypted-file';
import { writePrivateFile } from '../private-files';
import { option, positional, readPassphrase, usageError, type Command } from './cli-io';

function encryptionCommand(direction: 'encrypt' | 'decrypt'): Command {
  return async (args, io) => {
    const file = positional(args);
    const out = option(args, '--out');
    if (file === undefined || out === undefined || option(args, '--passphrase-file') === undefined)
      return usageError(io, `${direction} needs a file, --out <file> and --passphrase-file <path>`);
    if (path.resolve(out) === path.resolve(file))
      return usageError(
        io,
        `--out ${out}: write to another file, so the original is kept until you have checked the result`,
      );
    const passphrase = await readPassphrase(args, io);
    if (passphrase === null) return 1;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (error) {
      io.err(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`);
      return 1;
    }
    if (direction === 'encrypt') {
      if (isEncryptedFile(bytes)) {
        io.err(`${file}: the file is already encrypted\n`);
        return 1;
      }
      await writePrivateFile(out, await encryptWithPassphrase(bytes, passphrase));
      io.out(
        `Wrote ${out}, encrypted (AES-256-GCM); keep the passphrase safe: without it the file cannot be opened\n`,
      );
      return 0;
    }
    const opened = await decryptWithPassphrase(bytes, passphrase);
    if (!opened.ok) {
      io.err(`${file}: ${opened.error}\n`);
      return 1;
    }
    await writePrivateFile(out, opened.bytes);
    io.out(`Wrote ${out}, decrypted; it now holds the data in the clear\n`);
    return 0;
  };
}

export const encrypt = encryptionCommand('encrypt');
export const decrypt = encryptionCommand('decrypt');
