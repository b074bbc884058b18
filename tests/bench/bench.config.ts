import { defineConfig } from '@playwright/test';
import { THIS_MACHINE, findBrowser } from '../e2e/find-browser';

const browser = findBrowser(THIS_MACHINE);
if (!browser.ok) throw new Error(browser.message);

// BENCH_PORT and BENCH_PEER_PORT let two checkouts run their benchmarks side by side on one machine.
const appPort = Number(process.env.BENCH_PORT ?? 4174);
const peerPort = Number(process.env.BENCH_PEER_PORT ?? 4175);

/** `npm run bench`: the benchmarks, in headless Chromium against the production build. Never part of `npm test`. */
export default defineConfig({
  testDir: '.',
  testMatch: /\.bench\.ts$/,
  timeout: 30 * 60_000,
  workers: 1,
  reporter: [['list']],
  outputDir: '../../test-results/bench-playwright',
  use: {
    baseURL: `http://127.0.0.1:${appPort}`,
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: browser.path, args: ['--no-sandbox', '--disable-gpu'] },
  },
  webServer: [
    {
      command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${appPort} --strictPort`,
      url: `http://127.0.0.1:${appPort}`,
      cwd: '../..',
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // The timeline benchmark's peer (vis-timeline), built and served apart from the app.
      command: `npx vite build -c tests/bench/peer/vite.config.ts && npx vite preview -c tests/bench/peer/vite.config.ts --host 127.0.0.1 --port ${peerPort} --strictPort`,
      url: `http://127.0.0.1:${peerPort}/vis-timeline.html`,
      cwd: '../..',
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
