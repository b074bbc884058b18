import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { INVOKE_CHANNELS, IPC_CHANNELS } from '../../../shared/ipc/contract';

/**
 * Loads electron/main.ts against a recording fake of Electron, so the test reads the options the
 * real window is created with and the guards installed on it.
 */
const recorded = vi.hoisted(() => ({
  windowOptions: [] as Array<Record<string, unknown>>,
  contentsHandlers: new Map<string, (...args: unknown[]) => void>(),
  windowOpenHandler: null as null | ((details: { url: string }) => { action: string }),
  permissionRequest: null as
    null | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void),
  permissionCheck: null as null | (() => boolean),
  beforeRequest: null as
    null | ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void),
  ipcChannels: [] as string[],
  ipcHandlers: new Map<string, (event: unknown, payload?: unknown) => Promise<unknown>>(),
  profile: '',
  loadedUrl: '',
  ready: null as null | Promise<void>,
}));

vi.mock('electron', async () => {
  const { chmodSync, mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  recorded.profile = mkdtempSync(`${tmpdir()}/journey-mapper-profile-`);
  // As a profile made by an earlier version may be: readable by every account on the machine.
  chmodSync(recorded.profile, 0o755);
  const webContents = {
    on: (event: string, handler: (...args: unknown[]) => void) =>
      recorded.contentsHandlers.set(event, handler),
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
      recorded.windowOpenHandler = handler;
    },
    send: vi.fn(),
  };
  class BrowserWindow {
    webContents = webContents;
    constructor(options: Record<string, unknown>) {
      recorded.windowOptions.push(options);
    }
    static getAllWindows = () => [];
    static getFocusedWindow = () => null;
    maximize() {}
    once() {}
    on() {}
    async loadURL(url: string) {
      recorded.loadedUrl = url;
    }
  }
  const app = {
    isPackaged: false,
    getPath: () => recorded.profile,
    setPath: vi.fn(),
    requestSingleInstanceLock: () => true,
    on: vi.fn(),
    quit: vi.fn(),
    whenReady: () => {
      const ready = Promise.resolve();
      recorded.ready = ready.then(() => new Promise((resolve) => setTimeout(resolve, 20)));
      return ready;
    },
  };
  const defaultSession = {
    setPermissionRequestHandler: (h: typeof recorded.permissionRequest) => {
      recorded.permissionRequest = h;
    },
    setPermissionCheckHandler: (h: typeof recorded.permissionCheck) => {
      recorded.permissionCheck = h;
    },
    webRequest: {
      onBeforeRequest: (h: typeof recorded.beforeRequest) => {
        recorded.beforeRequest = h;
      },
      onHeadersReceived: vi.fn(),
    },
  };
  return {
    app,
    BrowserWindow,
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (t: unknown) => t },
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, payload?: unknown) => Promise<unknown>) => {
        recorded.ipcChannels.push(channel);
        recorded.ipcHandlers.set(channel, handler);
      },
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    // A stand-in keychain: reversible, and visibly not the plain text.
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (text: string) => Buffer.from(`sealed:${Buffer.from(text).toString('hex')}`),
      decryptString: (sealed: Buffer) =>
        Buffer.from(sealed.toString().replace(/^sealed:/, ''), 'hex').toString(),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: { defaultSession },
  };
});

describe('electron/main', () => {
  beforeEach(async () => {
    if (recorded.ready === null) {
      await import('../../../electron/main');
      await recorded.ready;
    }
  });

  it('creates the window with the secure defaults and the preload bridge', () => {
    expect(recorded.windowOptions).toHaveLength(1);
    const prefs = recorded.windowOptions[0].webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    expect(recorded.loadedUrl).toBe('app://journey-mapper/index.html');
  });

  it('denies new windows, navigation away from the app and webviews', () => {
    expect(recorded.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const navigate = recorded.contentsHandlers.get('will-navigate');
    const away = { preventDefault: vi.fn() };
    navigate?.(away, 'https://example.com/');
    expect(away.preventDefault).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    navigate?.(inside, 'app://journey-mapper/index.html');
    expect(inside.preventDefault).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    recorded.contentsHandlers.get('will-attach-webview')?.(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission and cancels every request that would leave the app', () => {
    const granted: boolean[] = [];
    recorded.permissionRequest?.(null, 'media', (g) => granted.push(g));
    recorded.permissionRequest?.(null, 'notifications', (g) => granted.push(g));
    expect(granted).toEqual([false, false]);
    expect(recorded.permissionCheck?.()).toBe(false);
    const cancelled = (url: string) => {
      let result = false;
      recorded.beforeRequest?.({ url }, (r) => (result = r.cancel));
      return result;
    };
    expect(cancelled('https://tracker.example.com/x.js')).toBe(true);
    expect(cancelled('http://127.0.0.1:4173/')).toBe(true);
    expect(cancelled('app://journey-mapper/assets/index.js')).toBe(false);
  });

  it('registers a handler for every invoke channel of the contract, and no other', () => {
    expect([...recorded.ipcChannels].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('writes backups owner-only (0600) in an owner-only folder (0700), encrypted with a key the keychain holds', async () => {
    const fromApp = { senderFrame: { url: 'app://journey-mapper/index.html' } };
    const name = 'journey-mapper-backup-2026-12-01.journey-backup.gz';
    const backup = new Uint8Array([31, 139, 8, 0, 1, 2, 3, 4]);
    await recorded.ipcHandlers.get(IPC_CHANNELS.writeBackup)?.(fromApp, { name, bytes: backup });
    const folder = path.join(recorded.profile, 'backups');
    const onDisk = readFileSync(path.join(folder, name));
    expect(onDisk.subarray(0, 5).toString()).toBe('JMENC');
    expect(onDisk[6]).toBe(2);
    expect(readFileSync(path.join(recorded.profile, 'backups-key.sealed')).toString()).toMatch(/^sealed:/);
    expect(await recorded.ipcHandlers.get(IPC_CHANNELS.readBackup)?.(fromApp, { name })).toEqual(backup);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(folder, name)).mode & 0o777).toBe(0o600);
    expect(statSync(recorded.profile).mode & 0o777).toBe(0o700);
  });
});
