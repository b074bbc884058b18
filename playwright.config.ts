import { defineConfig } from '@playwright/test';
import { electronBinary } from './tests/e2e/electron-binary';
import { THIS_MACHINE, findBrowser } from './tests/e2e/find-browser';

const browser = findBrowser(THIS_MACHINE);
if (!browser.ok) throw new Error(browser.message);

const withElectron = electronBinary() !== null;
// E2E_PORT lets two checkouts run their suites side by side on one machine.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  outputDir: 'test-results/playwright',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    acceptDownloads: true,
    launchOptions: {
      executablePath: browser.path,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium' }, ...(withElectron ? [{ name: 'electron' }] : [])],
  // The desktop app loads the built renderer from dist/ and main/preload from dist-electron/.
  globalSetup: withElectron ? './tests/e2e/build-desktop-app.ts' : undefined,
  webServer: {
    command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
