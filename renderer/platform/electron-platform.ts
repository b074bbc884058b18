import type { DesktopBridge } from '../../shared/ipc/contract';
import type { Platform } from './platform';

/** The desktop app: every call crosses the preload bridge and is validated again in main. */
export function createElectronPlatform(bridge: DesktopBridge): Platform {
  return {
    kind: 'electron',
    saveFile: (file) =>
      bridge.saveFile({ suggestedName: file.suggestedName, filters: file.filters, bytes: file.bytes }),
    async openFile(request) {
      const response = await bridge.openFile(request);
      return response.file;
    },
    async printJourney(suggestedName) {
      await bridge.printToPdf({ suggestedName });
    },
    takeOpenedFiles: () => bridge.takeOpenedFiles(),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    backups: {
      where: async () => (await bridge.listBackups()).folder,
      list: async () => (await bridge.listBackups()).backups,
      write: (name, bytes) => bridge.writeBackup({ name, bytes }),
      read: (name) => bridge.readBackup({ name }),
      remove: (name) => bridge.removeBackup({ name }),
    },
  };
}
