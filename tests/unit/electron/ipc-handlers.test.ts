import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../shared/ipc/contract';
import { createIpcHandlers, type IpcDependencies } from '../../../electron/ipc-handlers';

const fromApp = { senderFrame: { url: 'app://journey-mapper/index.html' } };

function fakes(overrides: Partial<IpcDependencies> = {}) {
  const deps: IpcDependencies = {
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/analyst/journey.xlsx' })),
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/analyst/police.csv'] })),
    writeFile: vi.fn(async () => undefined),
    readFile: vi.fn(async () => new Uint8Array([1, 2, 3])),
    fileSize: vi.fn(async () => 3),
    printToPdf: vi.fn(async () => new Uint8Array([37, 80, 68, 70])),
    baseName: (p: string) => p.split('/').pop() ?? p,
    backupsFolder: vi.fn(async () => '/home/analyst/.config/Journey Mapper/backups'),
    listFiles: vi.fn(async () => ['journey-mapper-backup-2026-11-24.journey.json', 'notes.txt']),
    removeFile: vi.fn(async () => undefined),
    joinPath: (folder: string, name: string) => `${folder}/${name}`,
    sealBackup: vi.fn(async (bytes: Uint8Array) => bytes),
    openBackup: vi.fn(async (bytes: Uint8Array) => bytes),
    takeOpenedPaths: vi.fn(() => []),
    ...overrides,
  };
  return { deps, handlers: createIpcHandlers(deps) };
}

const validSave = {
  suggestedName: 'journey.xlsx',
  filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  bytes: new Uint8Array([1]),
};

describe('IPC handlers', () => {
  it.each([
    ['no payload', undefined, '(root)'],
    ['a path instead of a file name', { ...validSave, suggestedName: '../../etc/passwd' }, 'suggestedName'],
    ['bytes as a string', { ...validSave, bytes: 'AQID' }, 'bytes'],
    [
      'a filter with a bad extension',
      { ...validSave, filters: [{ name: 'x', extensions: ['*.exe; rm'] }] },
      'filters.0.extensions.0',
    ],
    ['a missing file name', { filters: [], bytes: new Uint8Array() }, 'suggestedName'],
  ])('rejects a save request with %s, naming the channel and the field', async (_name, payload, where) => {
    const { deps, handlers } = fakes();
    await expect(handlers[IPC_CHANNELS.saveFile](fromApp, payload)).rejects.toThrow(
      `file:save: invalid request at ${where}`,
    );
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('rejects open and print requests that do not fit their schemas', async () => {
    const { handlers } = fakes();
    await expect(handlers[IPC_CHANNELS.openFile](fromApp, { title: 42, filters: [] })).rejects.toThrow(
      'file:open: invalid request at title',
    );
    await expect(handlers[IPC_CHANNELS.printToPdf](fromApp, { suggestedName: '' })).rejects.toThrow(
      'journey:print-to-pdf: invalid request at suggestedName',
    );
  });

  it('refuses requests from any frame that is not the app', async () => {
    const { deps, handlers } = fakes();
    for (const url of ['https://example.com/', 'file:///tmp/evil.html', '']) {
      await expect(handlers[IPC_CHANNELS.saveFile]({ senderFrame: { url } }, validSave)).rejects.toThrow(
        'refused a request from outside the app',
      );
    }
    await expect(
      handlers[IPC_CHANNELS.openFile]({ senderFrame: null }, { title: 'Open', filters: [] }),
    ).rejects.toThrow('outside the app');
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('saves the bytes where the user chose and reports the file name', async () => {
    const { deps, handlers } = fakes();
    await expect(handlers[IPC_CHANNELS.saveFile](fromApp, validSave)).resolves.toEqual({
      saved: true,
      fileName: 'journey.xlsx',
    });
    expect(deps.writeFile).toHaveBeenCalledWith('/home/analyst/journey.xlsx', validSave.bytes);
  });

  it('writes nothing when the user cancels', async () => {
    const { deps, handlers } = fakes({ showSaveDialog: vi.fn(async () => ({ canceled: true })) });
    await expect(handlers[IPC_CHANNELS.saveFile](fromApp, validSave)).resolves.toEqual({
      saved: false,
      fileName: null,
    });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('reports a failed write instead of losing it', async () => {
    const { handlers } = fakes({
      writeFile: vi.fn(async () => Promise.reject(new Error('EACCES: permission denied'))),
    });
    await expect(handlers[IPC_CHANNELS.saveFile](fromApp, validSave)).rejects.toThrow('EACCES');
  });

  it('opens a chosen file, and refuses one over 200 MB', async () => {
    const { handlers } = fakes();
    await expect(handlers[IPC_CHANNELS.openFile](fromApp, { title: 'Import', filters: [] })).resolves.toEqual(
      { file: { name: 'police.csv', bytes: new Uint8Array([1, 2, 3]) } },
    );
    const big = fakes({ fileSize: vi.fn(async () => 300 * 1024 * 1024) });
    await expect(
      big.handlers[IPC_CHANNELS.openFile](fromApp, { title: 'Import', filters: [] }),
    ).rejects.toThrow('files over 200 MB cannot be opened');
  });

  it('prints the journey to PDF and saves it', async () => {
    const { deps, handlers } = fakes({
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/analyst/case.pdf' })),
    });
    await expect(handlers[IPC_CHANNELS.printToPdf](fromApp, { suggestedName: 'case.pdf' })).resolves.toEqual({
      saved: true,
      fileName: 'case.pdf',
    });
    expect(deps.writeFile).toHaveBeenCalledWith('/home/analyst/case.pdf', new Uint8Array([37, 80, 68, 70]));
  });

  it('keeps rolling backups only in the backups folder, under backup names, never at a path the page chose', async () => {
    const { deps, handlers } = fakes();
    const folder = '/home/analyst/.config/Journey Mapper/backups';
    await expect(handlers[IPC_CHANNELS.listBackups](fromApp, undefined)).resolves.toEqual({
      folder,
      backups: [{ name: 'journey-mapper-backup-2026-11-24.journey.json', size: 3 }],
    });
    const name = 'journey-mapper-backup-2026-11-25.journey.json';
    await handlers[IPC_CHANNELS.writeBackup](fromApp, { name, bytes: new Uint8Array([1]) });
    expect(deps.writeFile).toHaveBeenCalledWith(`${folder}/${name}`, new Uint8Array([1]));
    for (const bad of [
      '../../.bashrc',
      '/etc/passwd',
      'journey-mapper-backup-2026-11-25.journey.json/../../x',
      'notes.txt',
    ]) {
      await expect(
        handlers[IPC_CHANNELS.writeBackup](fromApp, { name: bad, bytes: new Uint8Array([1]) }),
      ).rejects.toThrow('backups:write: invalid request at name');
      await expect(handlers[IPC_CHANNELS.readBackup](fromApp, { name: bad })).rejects.toThrow(
        'backups:read: invalid request at name',
      );
      await expect(handlers[IPC_CHANNELS.removeBackup](fromApp, { name: bad })).rejects.toThrow(
        'backups:remove: invalid request at name',
      );
    }
    expect(deps.writeFile).toHaveBeenCalledTimes(1);
    expect(deps.removeFile).not.toHaveBeenCalled();
    await expect(
      handlers[IPC_CHANNELS.listBackups]({ senderFrame: { url: 'https://example.com/' } }, undefined),
    ).rejects.toThrow('outside the app');
  });
});
