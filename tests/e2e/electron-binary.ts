import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The path of the installed Electron binary, or null where it was never downloaded. Electron 42+
 * downloads its binary the first time `require('electron')` runs, so the binary is looked for
 * where its installer puts it (dist/, named in path.txt) without requiring the package.
 */
export function electronBinary(): string | null {
  try {
    const folder = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = path.join(folder, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = path.join(folder, 'dist', readFileSync(pathFile, 'utf8'));
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
