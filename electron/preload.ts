import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, isMenuCommand } from '../shared/ipc/channels';
import type { DesktopBridge } from '../shared/ipc/contract';

/** Named functions only: the page can ask for exactly these things and nothing else. */
const bridge = {
  saveFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.openFile, request),
  printToPdf: (request) => ipcRenderer.invoke(IPC_CHANNELS.printToPdf, request),
  listBackups: () => ipcRenderer.invoke(IPC_CHANNELS.listBackups),
  writeBackup: (request) => ipcRenderer.invoke(IPC_CHANNELS.writeBackup, request),
  readBackup: (request) => ipcRenderer.invoke(IPC_CHANNELS.readBackup, request),
  removeBackup: (request) => ipcRenderer.invoke(IPC_CHANNELS.removeBackup, request),
  takeOpenedFiles: () => ipcRenderer.invoke(IPC_CHANNELS.takeOpenedFiles),
  osUserName: () => ipcRenderer.invoke(IPC_CHANNELS.osUserName),
  onMenuCommand(listener) {
    const forward = (_event: Electron.IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(IPC_CHANNELS.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.menuCommand, forward);
    };
  },
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('journeyMapper', bridge);
