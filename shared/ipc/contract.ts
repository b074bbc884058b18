import { z } from 'zod';
import { BACKUP_NAME } from '../backup/backups';
import { IPC_CHANNELS, type MenuCommand } from './channels';

export { IPC_CHANNELS, MENU_COMMANDS, isMenuCommand, type MenuCommand } from './channels';

/**
 * The one contract between the renderer and the main process. Each channel has a request and a
 * response schema; main parses every request from `unknown` before acting on it.
 */
export const FileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
    .min(1)
    .max(20),
});
export type FileFilter = z.infer<typeof FileFilter>;

/** Bytes cross IPC as a Uint8Array (structured clone), never as a path main would read. */
const Bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, {
  message: 'must be the file bytes (Uint8Array)',
});

const SuggestedName = z
  .string()
  .min(1)
  .max(255)
  .refine((n) => !/[\\/]/.test(n) && n !== '.' && n !== '..', { message: 'must be a file name, not a path' });

export const SaveFileRequest = z.object({
  suggestedName: SuggestedName,
  filters: z.array(FileFilter).max(10),
  bytes: Bytes.refine((b) => b.byteLength <= 512 * 1024 * 1024, 'file too large to save'),
});
export type SaveFileRequest = z.infer<typeof SaveFileRequest>;

export const SaveFileResponse = z.object({ saved: z.boolean(), fileName: z.string().nullable() });
export type SaveFileResponse = z.infer<typeof SaveFileResponse>;

export const OpenFileRequest = z.object({
  title: z.string().min(1).max(200),
  filters: z.array(FileFilter).max(10),
});
export type OpenFileRequest = z.infer<typeof OpenFileRequest>;

export const OpenedFile = z.object({ name: z.string().min(1).max(255), bytes: Bytes });
export type OpenedFile = z.infer<typeof OpenedFile>;
export const OpenFileResponse = z.object({ file: OpenedFile.nullable() });
export type OpenFileResponse = z.infer<typeof OpenFileResponse>;
/** Files the operating system asked to open, with a located reason for each that could not be read. */
export const OpenedFilesResponse = z.object({ files: z.array(OpenedFile), problems: z.array(z.string()) });
export type OpenedFilesResponse = z.infer<typeof OpenedFilesResponse>;

export const PrintToPdfRequest = z.object({ suggestedName: SuggestedName });
export type PrintToPdfRequest = z.infer<typeof PrintToPdfRequest>;

/** Only rolling-backup file names: main joins this to its backups folder, so no path may get through. */
export const BackupName = z.string().regex(BACKUP_NAME, 'must be a rolling backup file name');
export const BackupRequest = z.object({ name: BackupName });
export type BackupRequest = z.infer<typeof BackupRequest>;
export const WriteBackupRequest = z.object({
  name: BackupName,
  bytes: Bytes.refine((b) => b.byteLength <= 512 * 1024 * 1024, 'backup too large'),
});
export type WriteBackupRequest = z.infer<typeof WriteBackupRequest>;
export const BackupList = z.object({
  folder: z.string(),
  backups: z.array(z.object({ name: BackupName, size: z.number().int().min(0) })),
});
export type BackupList = z.infer<typeof BackupList>;

/** Every channel the renderer may invoke; tests check main registers exactly these. */
export const INVOKE_CHANNELS = [
  IPC_CHANNELS.saveFile,
  IPC_CHANNELS.openFile,
  IPC_CHANNELS.printToPdf,
  IPC_CHANNELS.listBackups,
  IPC_CHANNELS.writeBackup,
  IPC_CHANNELS.readBackup,
  IPC_CHANNELS.removeBackup,
  IPC_CHANNELS.takeOpenedFiles,
] as const;

/** What the preload exposes on `window.journeyMapper`; named functions only, no generic invoke. */
export interface DesktopBridge {
  saveFile(request: SaveFileRequest): Promise<SaveFileResponse>;
  openFile(request: OpenFileRequest): Promise<OpenFileResponse>;
  printToPdf(request: PrintToPdfRequest): Promise<SaveFileResponse>;
  listBackups(): Promise<BackupList>;
  writeBackup(request: WriteBackupRequest): Promise<void>;
  readBackup(request: BackupRequest): Promise<Uint8Array>;
  removeBackup(request: BackupRequest): Promise<void>;
  takeOpenedFiles(): Promise<OpenedFilesResponse>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
