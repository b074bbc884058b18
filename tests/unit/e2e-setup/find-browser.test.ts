import { describe, expect, it } from 'vitest';
import { findBrowser, type BrowserSearch } from '../../e2e/find-browser';

const DOWNLOAD = '/home/u/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

/** A machine holding exactly these runnable files. */
const machine = (files: string[], env: Record<string, string | undefined> = {}): BrowserSearch => ({
  env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...env },
  isExecutable: (file) => files.includes(file),
  playwrightChromium: () => DOWNLOAD,
});

describe('finding a browser for the end-to-end tests', () => {
  it('takes CHROMIUM_PATH first, over a system browser', () => {
    expect(
      findBrowser(
        machine(['/opt/chrome/chrome', '/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/chrome/chrome' }),
      ),
    ).toEqual({ ok: true, path: '/opt/chrome/chrome', from: 'CHROMIUM_PATH' });
  });

  it('refuses a CHROMIUM_PATH that is not there rather than quietly using another browser', () => {
    const found = findBrowser(machine(['/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/typo/chrome' }));
    expect(found.ok).toBe(false);
    expect(found.ok ? '' : found.message).toContain('CHROMIUM_PATH=/opt/typo/chrome');
  });

  it("finds the system's chromium, chromium-browser or google-chrome on the PATH", () => {
    expect(findBrowser(machine(['/usr/bin/chromium']))).toMatchObject({
      ok: true,
      path: '/usr/bin/chromium',
    });
    expect(findBrowser(machine(['/usr/bin/chromium-browser']))).toMatchObject({
      ok: true,
      path: '/usr/bin/chromium-browser',
    });
    expect(findBrowser(machine(['/usr/local/bin/google-chrome', DOWNLOAD]))).toMatchObject({
      ok: true,
      path: '/usr/local/bin/google-chrome',
      from: 'PATH',
    });
    expect(findBrowser(machine(['/usr/bin/chromium'], { PATH: '/bin' }))).toMatchObject({ ok: false });
  });

  it("falls back to Playwright's own download when it exists", () => {
    expect(findBrowser(machine([DOWNLOAD]))).toEqual({
      ok: true,
      path: DOWNLOAD,
      from: "Playwright's download",
    });
  });

  it('with no browser at all, gives one line saying how to get one', () => {
    const found = findBrowser(machine([], { PATH: undefined }));
    expect(found.ok).toBe(false);
    const message = found.ok ? '' : found.message;
    expect(message).not.toContain('\n');
    expect(message).toContain('apt-get install chromium');
    expect(message).toContain('npx playwright install chromium');
  });
});
