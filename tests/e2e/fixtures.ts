import { _electron, test as base } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * One suite, two hosts: in the "chromium" project `page` is a browser tab on the web build; in the
 * "electron" project (only where an Electron binary is installed) it is the desktop app's window,
 * started with a fresh profile so every test begins with an empty case store.
 */
export const test = base.extend({
  page: async ({ page }, use, testInfo) => {
    if (testInfo.project.name !== 'electron') {
      await use(page);
      return;
    }
    const profile = mkdtempSync(path.join(tmpdir(), 'journey-mapper-e2e-'));
    const app = await _electron.launch({ args: ['.', '--no-sandbox'], env: { ...process.env, JOURNEY_MAPPER_USER_DATA: profile } });
    const window = await app.firstWindow();
    await use(window);
    await app.close();
  },
});

export { expect } from '@playwright/test';
