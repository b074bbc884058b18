import { _electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface FileToOpen {
  name: string;
  buffer: Buffer;
}

export interface SavedFile {
  name: string;
  bytes: Buffer;
}

/** The operating system's file dialogs, answered by the test: a file picker or download in a browser, the native dialogs in the desktop app. */
export interface FileDialogs {
  open(trigger: () => Promise<void>, file: FileToOpen): Promise<void>;
  save(trigger: () => Promise<void>): Promise<SavedFile>;
}

function browserDialogs(page: Page): FileDialogs {
  return {
    async open(trigger, file) {
      const chooser = page.waitForEvent('filechooser');
      await trigger();
      await (
        await chooser
      ).setFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
    },
    async save(trigger) {
      const download = page.waitForEvent('download');
      await trigger();
      const saved = await download;
      return { name: saved.suggestedFilename(), bytes: readFileSync(await saved.path()) };
    },
  };
}

function desktopDialogs(app: ElectronApplication): FileDialogs {
  const folder = mkdtempSync(path.join(tmpdir(), 'journey-mapper-dialogs-'));
  return {
    async open(trigger, file) {
      const filePath = path.join(folder, file.name);
      writeFileSync(filePath, file.buffer);
      await app.evaluate(({ dialog }, chosen) => {
        dialog.showOpenDialog = (() =>
          Promise.resolve({ canceled: false, filePaths: [chosen] })) as typeof dialog.showOpenDialog;
      }, filePath);
      await trigger();
    },
    async save(trigger) {
      const target = path.join(mkdtempSync(path.join(folder, 'save-')), 'saved');
      await app.evaluate(({ dialog }, into) => {
        dialog.showSaveDialog = ((...args: unknown[]) => {
          const options = args.at(-1) as { defaultPath?: string };
          return Promise.resolve({ canceled: false, filePath: `${into}-${options.defaultPath ?? 'file'}` });
        }) as typeof dialog.showSaveDialog;
      }, target);
      await trigger();
      const written = await waitForFile(path.dirname(target));
      return { name: path.basename(written).replace(/^saved-/, ''), bytes: readFileSync(written) };
    },
  };
}

async function waitForFile(folder: string): Promise<string> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const names = readdirSync(folder);
    if (names.length > 0 && existsSync(path.join(folder, names[0]))) return path.join(folder, names[0]);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the app did not save a file');
}

/**
 * One suite, two hosts: in the "chromium" project `page` is a browser tab on the web build; in the
 * "electron" project (only where an Electron binary is installed) it is the desktop app's window,
 * started with a fresh profile so every test begins with an empty case store.
 */
export const test = base.extend<{ desktopApp: ElectronApplication | null; fileDialogs: FileDialogs }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: this one has none.
  // eslint-disable-next-line no-empty-pattern
  desktopApp: async ({}, use, testInfo) => {
    if (testInfo.project.name !== 'electron') {
      await use(null);
      return;
    }
    const profile = mkdtempSync(path.join(tmpdir(), 'journey-mapper-e2e-'));
    const app = await _electron.launch({
      args: ['.', '--no-sandbox'],
      env: { ...process.env, JOURNEY_MAPPER_USER_DATA: profile },
    });
    await use(app);
    await app.close();
  },
  page: async ({ page, desktopApp }, use) => {
    await use(desktopApp === null ? page : await desktopApp.firstWindow());
  },
  fileDialogs: async ({ page, desktopApp }, use) => {
    await use(desktopApp === null ? browserDialogs(page) : desktopDialogs(desktopApp));
  },
});

export { expect } from '@playwright/test';
