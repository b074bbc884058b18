import type { z } from 'zod';
import { BACKUP_NAME } from '../shared/backup/backups';
import {
  BackupRequest,
  IPC_CHANNELS,
  WriteBackupRequest,
  type BackupList,
  OpenFileRequest,
  PrintToPdfRequest,
  SaveFileRequest,
  type FileFilter,
  type OpenFileResponse,
  type OpenedFilesResponse,
  type SaveFileResponse,
} from '../shared/ipc/contract';
import { isAppUrl } from './security';

const MAX_OPEN_BYTES = 200 * 1024 * 1024;

/** What the handlers need from Electron and the file system, injected so tests need neither. */
export interface IpcDependencies {
  showSaveDialog(options: {
    defaultPath: string;
    filters: FileFilter[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: {
    title: string;
    filters: FileFilter[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  fileSize(path: string): Promise<number>;
  printToPdf(): Promise<Uint8Array>;
  baseName(path: string): string;
  /** The rolling backups folder in the user's data folder, created if missing. */
  backupsFolder(): Promise<string>;
  listFiles(folder: string): Promise<string[]>;
  removeFile(path: string): Promise<void>;
  joinPath(folder: string, name: string): string;
  /** Backups are encrypted on the way to disk and decrypted on the way back (backup-key.ts). */
  sealBackup(bytes: Uint8Array): Promise<Uint8Array>;
  openBackup(bytes: Uint8Array): Promise<Uint8Array>;
  /** Project files the operating system asked to open since the page last asked (opened-files.ts). */
  takeOpenedPaths(): string[];
}

/** The part of an IpcMainInvokeEvent the handlers look at. */
export interface IpcSender {
  senderFrame: { url: string } | null;
}

export type IpcHandler = (event: IpcSender, payload: unknown) => Promise<unknown>;

function checkSender(channel: string, event: IpcSender): void {
  const url = event.senderFrame?.url ?? '';
  if (!isAppUrl(url))
    throw new Error(`${channel}: refused a request from outside the app (${url || 'unknown frame'})`);
}

function parsePayload<T extends z.ZodType>(channel: string, schema: T, payload: unknown): z.infer<T> {
  const result = schema.safeParse(payload);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${channel}: invalid request at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data;
}

async function saveBytes(
  deps: IpcDependencies,
  suggestedName: string,
  filters: FileFilter[],
  bytes: Uint8Array,
): Promise<SaveFileResponse> {
  const choice = await deps.showSaveDialog({ defaultPath: suggestedName, filters });
  if (choice.canceled || !choice.filePath) return { saved: false, fileName: null };
  await deps.writeFile(choice.filePath, bytes);
  return { saved: true, fileName: deps.baseName(choice.filePath) };
}

/** One handler per channel; each checks who is asking and parses what is asked before acting. */
export function createIpcHandlers(deps: IpcDependencies): Record<string, IpcHandler> {
  return {
    [IPC_CHANNELS.saveFile]: async (event, payload) => {
      checkSender(IPC_CHANNELS.saveFile, event);
      const request = parsePayload(IPC_CHANNELS.saveFile, SaveFileRequest, payload);
      return saveBytes(deps, request.suggestedName, request.filters, request.bytes);
    },
    [IPC_CHANNELS.openFile]: async (event, payload): Promise<OpenFileResponse> => {
      checkSender(IPC_CHANNELS.openFile, event);
      const request = parsePayload(IPC_CHANNELS.openFile, OpenFileRequest, payload);
      const choice = await deps.showOpenDialog({ title: request.title, filters: request.filters });
      const filePath = choice.filePaths[0];
      if (choice.canceled || filePath === undefined) return { file: null };
      const size = await deps.fileSize(filePath);
      if (size > MAX_OPEN_BYTES)
        throw new Error(
          `${deps.baseName(filePath)} is ${Math.round(size / 1048576)} MB; files over 200 MB cannot be opened`,
        );
      return { file: { name: deps.baseName(filePath), bytes: await deps.readFile(filePath) } };
    },
    [IPC_CHANNELS.takeOpenedFiles]: async (event): Promise<OpenedFilesResponse> => {
      checkSender(IPC_CHANNELS.takeOpenedFiles, event);
      const response: OpenedFilesResponse = { files: [], problems: [] };
      for (const filePath of deps.takeOpenedPaths()) {
        const name = deps.baseName(filePath);
        try {
          const size = await deps.fileSize(filePath);
          if (size > MAX_OPEN_BYTES)
            response.problems.push(
              `${name} is ${Math.round(size / 1048576)} MB; files over 200 MB cannot be opened`,
            );
          else response.files.push({ name, bytes: await deps.readFile(filePath) });
        } catch (error) {
          response.problems.push(
            `${name} could not be read: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
      return response;
    },
    [IPC_CHANNELS.listBackups]: async (event): Promise<BackupList> => {
      checkSender(IPC_CHANNELS.listBackups, event);
      const folder = await deps.backupsFolder();
      const names = (await deps.listFiles(folder)).filter((n) => BACKUP_NAME.test(n));
      return {
        folder,
        backups: await Promise.all(
          names.map(async (name) => ({ name, size: await deps.fileSize(deps.joinPath(folder, name)) })),
        ),
      };
    },
    [IPC_CHANNELS.writeBackup]: async (event, payload) => {
      checkSender(IPC_CHANNELS.writeBackup, event);
      const request = parsePayload(IPC_CHANNELS.writeBackup, WriteBackupRequest, payload);
      await deps.writeFile(
        deps.joinPath(await deps.backupsFolder(), request.name),
        await deps.sealBackup(request.bytes),
      );
    },
    [IPC_CHANNELS.readBackup]: async (event, payload) => {
      checkSender(IPC_CHANNELS.readBackup, event);
      const request = parsePayload(IPC_CHANNELS.readBackup, BackupRequest, payload);
      return deps.openBackup(await deps.readFile(deps.joinPath(await deps.backupsFolder(), request.name)));
    },
    [IPC_CHANNELS.removeBackup]: async (event, payload) => {
      checkSender(IPC_CHANNELS.removeBackup, event);
      const request = parsePayload(IPC_CHANNELS.removeBackup, BackupRequest, payload);
      await deps.removeFile(deps.joinPath(await deps.backupsFolder(), request.name));
    },
    [IPC_CHANNELS.printToPdf]: async (event, payload) => {
      checkSender(IPC_CHANNELS.printToPdf, event);
      const request = parsePayload(IPC_CHANNELS.printToPdf, PrintToPdfRequest, payload);
      const pdf = await deps.printToPdf();
      return saveBytes(deps, request.suggestedName, [{ name: 'PDF', extensions: ['pdf'] }], pdf);
    },
  };
}
