/** Kept free of zod so the sandboxed preload, which imports only this, stays a few kilobytes. */
export const IPC_CHANNELS = {
  saveFile: 'file:save',
  openFile: 'file:open',
  printToPdf: 'journey:print-to-pdf',
  listBackups: 'backups:list',
  writeBackup: 'backups:write',
  readBackup: 'backups:read',
  removeBackup: 'backups:remove',
  takeOpenedFiles: 'file:take-opened',
  osUserName: 'os:user-name',
  menuCommand: 'menu:command',
} as const;

/** Commands the native menu sends to the renderer. */
export const MENU_COMMANDS = [
  'undo',
  'redo',
  'new-case',
  'open-project-file',
  // The operating system asked to open files (a double-click): the case list takes them from main.
  'open-project-files',
  'fit-journey',
  'print',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
