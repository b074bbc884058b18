import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The path of the installed Electron binary, or null where it was skipped (ELECTRON_SKIP_BINARY_DOWNLOAD). */
export function electronBinary(): string | null {
  try {
    const binary = createRequire(import.meta.url)('electron') as unknown;
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
