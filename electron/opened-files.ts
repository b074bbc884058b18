/**
 * Project files the operating system asks the app to open: a double-click on a
 * `.journey.json` (the file association in electron-builder.json), or a file dropped on the
 * app's icon. They arrive before the window exists (command line, macOS `open-file`) or while it
 * runs (a second launch), so main keeps them until the page asks; the page pulls rather than
 * being pushed bytes, so nothing reaches it that it did not ask for.
 */
const PROJECT_FILE = /\.journey\.json(\.encrypted)?$/i;

/** The project files named on a command line; the executable, Chromium switches and other files are not. */
export function projectFilesInArguments(argv: readonly string[]): string[] {
  return argv.slice(1).filter((arg) => !arg.startsWith('-') && PROJECT_FILE.test(arg));
}

export function isProjectFileName(name: string): boolean {
  return PROJECT_FILE.test(name);
}

/** Files waiting to be opened, each handed out once. */
export class OpenedFileQueue {
  private paths: string[] = [];

  add(paths: readonly string[]): void {
    for (const path of paths) if (!this.paths.includes(path)) this.paths.push(path);
  }

  take(): string[] {
    const taken = this.paths;
    this.paths = [];
    return taken;
  }
}
