import type { FileFilter, MenuCommand } from '../../shared/ipc/contract';

export interface FileToSave {
  suggestedName: string;
  filters: FileFilter[];
  bytes: Uint8Array;
}

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

/** Where rolling backups live: the user's data folder in the desktop app, the browser's storage on the web. */
export interface BackupStore {
  /** Where they are, in words the user can find. */
  where(): Promise<string>;
  list(): Promise<Array<{ name: string; size: number }>>;
  write(name: string, bytes: Uint8Array): Promise<void>;
  read(name: string): Promise<Uint8Array>;
  remove(name: string): Promise<void>;
}

/**
 * Everything the app needs from the operating system. The desktop app answers through the
 * preload bridge (native dialogs, printToPDF, the menu); a browser answers with downloads,
 * a file input and its own print dialog.
 */
export interface Platform {
  readonly kind: 'electron' | 'browser';
  saveFile(file: FileToSave): Promise<{ saved: boolean; fileName: string | null }>;
  openFile(request: { title: string; filters: FileFilter[] }): Promise<OpenedFile | null>;
  printJourney(suggestedName: string): Promise<void>;
  /**
   * Project files the operating system asked the app to open (a double-click on a .journey.json),
   * each handed over once, with a reason for any that could not be read.
   */
  takeOpenedFiles(): Promise<{ files: OpenedFile[]; problems: string[] }>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  backups: BackupStore;
  /** The signed-in user's name from the operating system (the desktop app); null in a browser, which has none. */
  osUserName(): Promise<string | null>;
}
