import { chmod, mkdir } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';

/**
 * Files the app writes hold special-category data (backups, exports) or say where it is
 * (settings), so they are readable by the user's own account only. Each is written to a
 * temporary file beside it, flushed to disk and then renamed over the old one, so a crash or
 * power cut mid-write leaves either the old file or the new one, never half of one.
 */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;

export async function writePrivateFile(file: string, bytes: Uint8Array | string): Promise<void> {
  const data =
    typeof bytes === 'string'
      ? Buffer.from(bytes, 'utf8')
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await writeFileAtomic(file, data, { mode: PRIVATE_FILE_MODE, fsync: true });
}

/** Creates the folder if missing and narrows it to the owner even if an older version made it wider. */
export async function privateFolder(folder: string): Promise<string> {
  await mkdir(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  await chmod(folder, PRIVATE_FOLDER_MODE);
  return folder;
}
