import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, safeStorage, screen, session } from 'electron';
import { readFile, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { IPC_CHANNELS, type MenuCommand } from '../shared/ipc/contract';
import { serveAppRequest } from './app-protocol';
import { backupSealer } from './backup-key';
import { createIpcHandlers } from './ipc-handlers';
import { OpenedFileQueue, isProjectFileName, projectFilesInArguments } from './opened-files';
import { privateFolder, writePrivateFile } from './private-files';
import { buildMenuTemplate } from './menu';
import { APP_ORIGIN, APP_SCHEME, hardenSession, hardenWebContents, userDataOverride } from './security';
import { onVisibleDisplay, readWindowState, writeWindowState } from './window-state';

const distDir = path.join(__dirname, '..', 'dist');
const windowStateFile = () => path.join(app.getPath('userData'), 'window-state.json');
const openedFiles = new OpenedFileQueue();
openedFiles.add(projectFilesInArguments(process.argv));

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// Tests point the app at a throw-away profile so each run starts with an empty case store.
const testProfile = userDataOverride(process.env, app.isPackaged);
if (testProfile !== null) app.setPath('userData', testProfile);

async function createWindow(): Promise<BrowserWindow> {
  const saved = onVisibleDisplay(
    await readWindowState(windowStateFile()),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    x: saved.x,
    y: saved.y,
    width: saved.width,
    height: saved.height,
    show: false,
    title: 'Journey Mapper',
    // Written out here, not built elsewhere, so electronegativity (npm run test:security) can verify them.
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (saved.maximised) window.maximize();
  hardenWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    writeWindowState(windowStateFile(), { ...bounds, maximised: window.isMaximized() }).catch(
      (error: unknown) => {
        console.error('Could not remember the window size', error);
      },
    );
  });
  await window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

function sendMenuCommand(command: MenuCommand): void {
  BrowserWindow.getFocusedWindow()?.webContents.send(IPC_CHANNELS.menuCommand, command);
}

/** A page still loading takes the files itself when its case list first opens. */
function askPageToOpenFiles(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (window !== undefined && !window.webContents.isLoading())
    window.webContents.send(IPC_CHANNELS.menuCommand, 'open-project-files');
}

function registerIpc(): void {
  const backups = backupSealer(safeStorage, path.join(app.getPath('userData'), 'backups-key.sealed'));
  const handlers = createIpcHandlers({
    showSaveDialog: (options) =>
      dialog.showSaveDialog({ defaultPath: options.defaultPath, filters: options.filters }),
    showOpenDialog: (options) =>
      dialog.showOpenDialog({ title: options.title, filters: options.filters, properties: ['openFile'] }),
    writeFile: writePrivateFile,
    readFile: async (file) => new Uint8Array(await readFile(file)),
    fileSize: async (file) => (await stat(file)).size,
    printToPdf: async () => {
      const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      if (window === undefined) throw new Error('There is no journey window to print');
      return new Uint8Array(
        await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4', landscape: true }),
      );
    },
    baseName: (file) => path.basename(file),
    backupsFolder: () => privateFolder(path.join(app.getPath('userData'), 'backups')),
    listFiles: (folder) => readdir(folder),
    removeFile: (file) => rm(file, { force: true }),
    joinPath: (folder, name) => path.join(folder, name),
    sealBackup: (bytes) => backups.seal(bytes),
    openBackup: (bytes) => backups.open(bytes),
    takeOpenedPaths: () => openedFiles.take(),
  });
  for (const [channel, handler] of Object.entries(handlers)) ipcMain.handle(channel, handler);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    openedFiles.add(projectFilesInArguments(argv));
    askPageToOpenFiles();
  });
  // macOS hands a double-clicked file over this way, often before the app is ready.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    if (!isProjectFileName(filePath)) return;
    openedFiles.add([filePath]);
    askPageToOpenFiles();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app
    .whenReady()
    .then(async () => {
      await privateFolder(app.getPath('userData'));
      hardenSession(session.defaultSession);
      protocol.handle(APP_SCHEME, (request) => serveAppRequest(distDir, request));
      registerIpc();
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate(sendMenuCommand, {
            isPackaged: app.isPackaged,
            isMac: process.platform === 'darwin',
          }),
        ),
      );
      await createWindow();
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Journey Mapper could not start', String(error));
      app.quit();
    });
  app.on('window-all-closed', () => app.quit());
}
