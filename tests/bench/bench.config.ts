import { defineConfig } from '@playwright/test';
import { THIS_MACHINE, findBrowser } from '../e2e/find-browser';

const browser = findBrowser(THIS_MACHINE);
if (!browser.ok) throw new Error(browser.message);

/** `npm run bench`: the benchmarks, in headless Chromium against the production build. Never part of `npm test`. */
export default defineConfig({
  testDir: '.',
  testMatch: /\.bench\.ts$/,
  timeout: 30 * 60_000,
  workers: 1,
  reporter: [['list']],
  outputDir: '../../test-results/bench-playwright',
  use: {
    baseURL: 'http://127.0.0.1:4174',
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: browser.path, args: ['--no-sandbox', '--disable-gpu'] },
  },
  webServer: [
    {
      command: 'npx vite build && npx vite preview --host 127.0.0.1 --port 4174 --strictPort',
      url: 'http://127.0.0.1:4174',
      cwd: '../..',
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // The timeline benchmark's peer (vis-timeline), built and served apart from the app.
      command: 'npx vite build -c tests/bench/peer/vite.config.ts && npx vite preview -c tests/bench/peer/vite.config.ts --host 127.0.0.1 --port 4175 --strictPort',
      url: 'http://127.0.0.1:4175/vis-timeline.html',
      cwd: '../..',
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
