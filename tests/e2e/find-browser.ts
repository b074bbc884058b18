import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

/** Where to look, made explicit so the search can be tested without this machine's disk. */
export interface BrowserSearch {
  env: Record<string, string | undefined>;
  /** True for a file the current user may run. */
  isExecutable(file: string): boolean;
  /** Where Playwright's own downloaded Chromium would be (it may not be there). */
  playwrightChromium(): string;
}

export type FoundBrowser = { ok: true; path: string; from: string } | { ok: false; message: string };

/** System browsers by the names Debian, Ubuntu and Google's packages install. */
const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export const HOW_TO_GET_ONE =
  'install one with `apt-get install chromium` (or `npx playwright install chromium`), or set CHROMIUM_PATH to a Chromium or Chrome';

/**
 * The browser the end-to-end tests drive: CHROMIUM_PATH when set, then a system Chromium or
 * Chrome on the PATH, then Playwright's own download. An explicit CHROMIUM_PATH that is not there
 * is an error rather than a fallback, so a typo is never quietly replaced by another browser.
 */
export function findBrowser(search: BrowserSearch): FoundBrowser {
  const chosen = search.env.CHROMIUM_PATH;
  if (chosen !== undefined && chosen !== '') {
    return search.isExecutable(chosen)
      ? { ok: true, path: chosen, from: 'CHROMIUM_PATH' }
      : {
          ok: false,
          message: `No browser for the end-to-end tests: CHROMIUM_PATH=${chosen} is not a program that can be run; ${HOW_TO_GET_ONE}.`,
        };
  }
  const dirs = (search.env.PATH ?? '').split(path.delimiter).filter((d) => d !== '');
  for (const name of ON_PATH) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      if (search.isExecutable(candidate)) return { ok: true, path: candidate, from: 'PATH' };
    }
  }
  const downloaded = search.playwrightChromium();
  if (search.isExecutable(downloaded)) return { ok: true, path: downloaded, from: "Playwright's download" };
  return {
    ok: false,
    message: `No browser for the end-to-end tests: no CHROMIUM_PATH, no ${ON_PATH.join(' / ')} on the PATH, no Playwright download; ${HOW_TO_GET_ONE}.`,
  };
}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** This machine's search. */
export const THIS_MACHINE: BrowserSearch = {
  env: process.env,
  isExecutable: isExecutableFile,
  playwrightChromium: () => chromium.executablePath(),
};
