import { chmodSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { privateFolder, writePrivateFile } from '../../../electron/private-files';
import { writeWindowState } from '../../../electron/window-state';

const modeOf = (file: string) => statSync(file).mode & 0o777;

describe('files the app writes (POSIX modes)', () => {
  it('are readable by their owner only, even over a file that was readable by all', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'private-'));
    const file = path.join(dir, 'journey-mapper-backup-2026-12-01.journey-backup.gz');
    writeFileSync(file, 'old', { mode: 0o644 });
    chmodSync(file, 0o644);
    await writePrivateFile(file, new Uint8Array([1, 2, 3]));
    expect(modeOf(file)).toBe(0o600);
    expect([...(await readFile(file))]).toEqual([1, 2, 3]);
    await writeWindowState(path.join(dir, 'window-state.json'), {
      width: 1200,
      height: 800,
      maximised: false,
    });
    expect(modeOf(path.join(dir, 'window-state.json'))).toBe(0o600);
  });

  it('go in folders only their owner can open, narrowed if an older version made them wider', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'private-'));
    const backups = path.join(dir, 'backups');
    mkdirSync(backups, { mode: 0o755 });
    chmodSync(backups, 0o755);
    await privateFolder(backups);
    expect(modeOf(backups)).toBe(0o700);
    const fresh = path.join(dir, 'fresh', 'backups');
    await privateFolder(fresh);
    expect(modeOf(fresh)).toBe(0o700);
  });

  it('replace the old file whole: a reader never sees half of the new one, and nothing is left beside it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'private-'));
    const file = path.join(dir, 'backup.gz');
    const old = new Uint8Array(1 << 20).fill(1);
    const next = new Uint8Array(64 << 20).fill(2);
    await writePrivateFile(file, old);
    const sizes = new Set<number>();
    let writing = true;
    const written = writePrivateFile(file, next).finally(() => {
      writing = false;
    });
    while (writing) sizes.add((await stat(file)).size);
    await written;
    for (const size of sizes) expect([old.byteLength, next.byteLength]).toContain(size);
    expect((await stat(file)).size).toBe(next.byteLength);
    expect(readdirSync(dir)).toEqual(['backup.gz']);
  });
});
